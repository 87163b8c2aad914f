/// The words a knowledge base uses, with counts, bucketed by length for fast spelling look-ups.
public struct Vocabulary: Sendable {
    public struct Word: Sendable {
        public let word: String
        public let bytes: [UInt8]
        public let count: Int
    }

    private var counts: [String: Int] = [:]
    private var stems: Set<String> = []
    private var protected: Set<String> = []
    private var byLength: [[Word]] = []

    /// Builds the vocabulary from texts already normalized and tokenized into words.
    public init(words: [String], protected: Set<String>) {
        for word in words { counts[word, default: 0] += 1 }
        let stemmer = Stemmer()
        stems = Set(counts.keys.map { stemmer.stem($0) })
        self.protected = protected
        for (word, count) in counts where word.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) {
            let length = word.utf8.count
            if byLength.count <= length { byLength += Array(repeating: [], count: length - byLength.count + 1) }
            byLength[length].append(Word(word: word, bytes: Array(word.utf8), count: count))
        }
        for i in byLength.indices { byLength[i].sort { ($0.count, $1.word) > ($1.count, $0.word) } }
    }

    public func isKnown(_ word: String) -> Bool { counts[word] != nil }
    public func isKnownStem(_ stem: String) -> Bool { stems.contains(stem) }
    public func isProtected(_ word: String) -> Bool { protected.contains(word) }
    public var size: Int { counts.count }

    /// Words whose length is within `limit` of `length`.
    func candidates(length: Int, within limit: Int) -> [Word] {
        var result: [Word] = []
        for l in max(0, length - limit)...(length + limit) where l < byLength.count {
            result += byLength[l]
        }
        return result
    }
}
