import Foundation

/// A sorted list of words read from a text file (one per line, `#` starts a comment line), searched without building a set.
public struct WordList: Sendable, Equatable {
    private let bytes: [UInt8]
    /// Start and end offsets of each word in `bytes`, in sorted order.
    private let spans: [Range<Int>]

    public init(text: String) {
        let bytes = Array(text.utf8)
        var spans: [Range<Int>] = []
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 10 {
            var end = i
            if end > start, bytes[end - 1] == 13 { end -= 1 }
            if end > start, bytes[start] != 35 { spans.append(start..<end) }
            start = i + 1
        }
        self.bytes = bytes
        let sorted = zip(spans, spans.dropFirst()).allSatisfy { !bytes[$1].lexicographicallyPrecedes(bytes[$0]) }
        self.spans = sorted ? spans : spans.sorted { bytes[$0].lexicographicallyPrecedes(bytes[$1]) }
    }

    public init(contentsOf path: String) throws {
        try self.init(text: String(contentsOfFile: path, encoding: .utf8))
    }

    public var count: Int { spans.count }

    public func contains(_ word: String) -> Bool {
        let target = Array(word.utf8)
        var low = 0, high = spans.count
        while low < high {
            let middle = (low + high) / 2
            let candidate = bytes[spans[middle]]
            if candidate.elementsEqual(target) { return true }
            if candidate.lexicographicallyPrecedes(target) { low = middle + 1 } else { high = middle }
        }
        return false
    }
}
