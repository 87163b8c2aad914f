/// Turns a question's terms into hashed feature keys: each word, each pair of neighbouring words (with start and end marks), and the character n-grams inside each word.
public struct FeatureExtractor: Sendable, Equatable {
    /// Lengths of the character n-grams taken from each word padded with a space on both sides.
    public var characterGrams: ClosedRange<Int>

    public init(characterGrams: ClosedRange<Int> = 2...5) {
        self.characterGrams = characterGrams
    }

    private static let wordTag: UInt8 = 1, pairTag: UInt8 = 2, gramTag: UInt8 = 3

    /// Appends the keys of `terms` to `keys` (duplicates kept: they count as term frequency).
    public func keys(of terms: [String], into keys: inout [UInt64]) {
        self.keys(of: terms.lazy.map { $0 }, into: &keys)
    }

    /// The same for any sequence of terms (the scorer passes the tokens' texts without collecting them first).
    func keys(of terms: some Collection<String>, into keys: inout [UInt64]) {
        var previous = FNV.start(Self.pairTag) ^ 0x5F  // the start mark
        for term in terms {
            var word = FNV.start(Self.wordTag)
            var term = term
            term.withUTF8 { bytes in
                for byte in bytes { word = FNV.add(byte, to: word) }
                keys.append(word)
                keys.append(FNV.combine(previous, word))
                grams(of: bytes, into: &keys)
            }
            previous = word
        }
        if !terms.isEmpty { keys.append(FNV.combine(previous, FNV.start(Self.pairTag) ^ 0x24)) }  // the end mark
    }

    /// How many keys `keys(of:into:)` appends for terms of these byte lengths (to reserve room up front).
    func keyCount(termLengths: some Sequence<Int>) -> Int {
        var total = 1
        for length in termLengths {
            total += 2
            for n in characterGrams where n <= length + 2 { total += length + 3 - n }
        }
        return total
    }

    private func grams(of word: UnsafeBufferPointer<UInt8>, into keys: inout [UInt64]) {
        let padded = word.count + 2
        for n in characterGrams where n <= padded {
            let seed = FNV.start(Self.gramTag &+ UInt8(n))
            for start in 0...(padded - n) {
                var hash = seed
                for i in start..<(start + n) {
                    let byte: UInt8 = (i == 0 || i == padded - 1) ? 32 : word[i - 1]
                    hash = FNV.add(byte, to: hash)
                }
                keys.append(hash)
            }
        }
    }
}

/// 64-bit FNV-1a hashing, seeded by a tag so that different kinds of feature never collide by construction.
enum FNV {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always) static func start(_ tag: UInt8) -> UInt64 { add(tag, to: offset) }
    @inline(__always) static func add(_ byte: UInt8, to hash: UInt64) -> UInt64 { (hash ^ UInt64(byte)) &* prime }
    @inline(__always) static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var h = a
        for shift in stride(from: 0, to: 64, by: 8) { h = add(UInt8(truncatingIfNeeded: b >> UInt64(shift)), to: h) }
        return h
    }
}
