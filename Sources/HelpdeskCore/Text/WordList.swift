import Foundation

/// A sorted list of words read from a text file (one per line, `#` starts a comment line), searched without building a set.
public struct WordList: Sendable, Equatable {
    private let bytes: [UInt8]
    /// Start and end offsets of each word in `bytes`, in sorted order.
    private let spans: [Range<Int>]
    /// A digest of the file's bytes, for cache keys.
    public let digest: UInt64

    public init(text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Reads the file's bytes as they are (the words are compared byte by byte; the file is not checked as UTF-8).
    public init(contentsOf path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        self.init(bytes: data.withUnsafeBytes { Array($0.bindMemory(to: UInt8.self)) })
    }

    init(bytes: [UInt8]) {
        var spans: [Range<Int>] = []
        spans.reserveCapacity(bytes.count / 8)
        bytes.withUnsafeBufferPointer { b in
            var start = 0
            for i in 0...b.count where i == b.count || b[i] == 10 {
                var end = i
                if end > start, b[end - 1] == 13 { end -= 1 }
                if end > start, b[start] != 35 { spans.append(start..<end) }
                start = i + 1
            }
        }
        self.bytes = bytes
        var digest = ContentDigest()
        bytes.withUnsafeBytes { digest.add($0) }
        self.digest = digest.value
        let sorted = spans.indices.dropFirst().allSatisfy { Self.compare(bytes, spans[$0 - 1], spans[$0]) <= 0 }
        self.spans = sorted ? spans : spans.sorted { Self.compare(bytes, $0, $1) < 0 }
    }

    public var count: Int { spans.count }

    public func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { target in
            bytes.withUnsafeBufferPointer { all in
                var low = 0, high = spans.count
                while low < high {
                    let middle = (low + high) / 2
                    let order = Self.compare(UnsafeBufferPointer(rebasing: all[spans[middle]]), target)
                    if order == 0 { return true }
                    if order < 0 { low = middle + 1 } else { high = middle }
                }
                return false
            }
        }
    }

    /// Byte order of two spans of `bytes`: negative, zero or positive.
    private static func compare(_ bytes: [UInt8], _ a: Range<Int>, _ b: Range<Int>) -> Int {
        bytes.withUnsafeBufferPointer { all in
            compare(UnsafeBufferPointer(rebasing: all[a]), UnsafeBufferPointer(rebasing: all[b]))
        }
    }

    private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(a.count, b.count)
        if common > 0, let x = a.baseAddress, let y = b.baseAddress {
            let order = memcmp(x, y, common)
            if order != 0 { return Int(order) }
        }
        return a.count - b.count
    }
}
