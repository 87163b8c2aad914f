import Foundation

extension Vocabulary {
    /// The vocabulary as stored in the model cache: one "count word stem" line per distinct word, most frequent first.
    /// Building it means analysing every example of the KB, most of a cached start's work without this file.
    public var cacheData: Data {
        var bytes: [UInt8] = []
        for (word, count, stem) in entries {
            bytes += Array("\(count) \(word) \(stem)\n".utf8)
        }
        return Data(bytes)
    }

    /// The vocabulary stored by `cacheData`, or nil when the data is not such a list (three fields to a line, a
    /// positive count, non-empty words without spaces, each word once).
    public init?(cacheData data: Data, protected: Set<String>) {
        guard let entries = data.withUnsafeBytes({ Self.parse(UnsafeRawBufferPointer($0).bindMemory(to: UInt8.self)) }) else { return nil }
        self.init(entries: entries, protected: protected)
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> [(word: String, count: Int, stem: String)]? {
        var entries: [(word: String, count: Int, stem: String)] = []
        var seen = Set<String>()
        var start = 0
        while start < bytes.count {
            guard let end = bytes[start...].firstIndex(of: 10) else { return nil }  // the last line ends too
            let fields = bytes[start..<end].split(separator: 32, omittingEmptySubsequences: false)
            guard fields.count == 3, !fields[0].isEmpty, fields[0].count < 19, fields[0].allSatisfy({ $0 >= 48 && $0 <= 57 }),
                  !fields[1].isEmpty, !fields[2].isEmpty else { return nil }
            let count = fields[0].reduce(0) { $0 * 10 + Int($1 - 48) }
            let word = String(decoding: fields[1], as: UTF8.self)
            guard count > 0, seen.insert(word).inserted else { return nil }
            entries.append((word, count, String(decoding: fields[2], as: UTF8.self)))
            start = end + 1
        }
        return entries
    }

    /// The cache file name for the vocabulary of a KB whose files have this digest (`KnowledgeBase.sourceDigest`),
    /// as this very build tokenizes and stems them; nil when the build cannot be told apart from others.
    static func cacheName(sourceDigest: UInt64) -> String? {
        ModelCache.fileName("words-", parts: [0x574F_5244_53, sourceDigest], suffix: ".txt")
    }
}
