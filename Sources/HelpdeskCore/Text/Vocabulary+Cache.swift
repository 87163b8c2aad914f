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
    /// positive count, non-empty words without spaces, each word once). A repeated word is found by the vocabulary's
    /// own count of words, not by a set of the words read (that set cost about 4.3 million instructions a start on a
    /// CLINC150-size KB).
    public init?(cacheData data: Data, protected: Set<String>) {
        guard let entries = data.withUnsafeBytes({ Self.parse(UnsafeRawBufferPointer($0).bindMemory(to: UInt8.self)) }) else { return nil }
        self.init(entries: entries, protected: protected)
        guard size == entries.count else { return nil }  // a word twice
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> [(word: String, count: Int, stem: String)]? {
        var entries: [(word: String, count: Int, stem: String)] = []
        var start = 0
        while start < bytes.count {
            guard let end = bytes[start...].firstIndex(of: 10) else { return nil }  // the last line ends too
            // Three fields between exactly two spaces, found in place: splitting each line into an array of fields
            // took about a third of the start of a batch run on a CLINC150-size KB's vocabulary.
            guard let first = bytes[start..<end].firstIndex(of: 32), let second = bytes[(first + 1)..<end].firstIndex(of: 32),
                  !bytes[(second + 1)..<end].contains(32) else { return nil }
            let digits = bytes[start..<first], wordBytes = bytes[(first + 1)..<second], stemBytes = bytes[(second + 1)..<end]
            guard !digits.isEmpty, digits.count < 19, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }),
                  !wordBytes.isEmpty, !stemBytes.isEmpty else { return nil }
            let count = digits.reduce(0) { $0 * 10 + Int($1 - 48) }
            let word = String(decoding: wordBytes, as: UTF8.self)
            guard count > 0 else { return nil }
            entries.append((word, count, String(decoding: stemBytes, as: UTF8.self)))
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
