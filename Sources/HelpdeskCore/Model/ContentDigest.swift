/// A fast 64-bit digest of bytes, eight at a time, for cache keys (not for security): equal input gives equal
/// digests, and any change to the input changes the digest with near certainty.
public struct ContentDigest: Sendable, Equatable {
    public private(set) var value: UInt64 = 0x9E37_79B9_7F4A_7C15

    public init() {}

    /// Folds the bytes in, with their count, so that ("ab", "c") and ("a", "bc") differ.
    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var i = 0
        while i + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        var tail: UInt64 = 0
        while i < bytes.count {
            tail = tail << 8 | UInt64(bytes[i])
            i += 1
        }
        mix(tail)
        mix(UInt64(bytes.count))
    }

    public mutating func add(_ number: UInt64) { mix(number) }

    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    private mutating func mix(_ word: UInt64) {
        var h = (value ^ word) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 32
        value = h &* 0xC4CE_B9FE_1A85_EC53 ^ (h >> 29)
    }
}
