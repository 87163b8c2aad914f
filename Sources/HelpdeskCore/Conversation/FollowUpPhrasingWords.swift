import Foundation

/// The words of the lexicon's follow-up phrasings and of their synonyms ("next step" is "what next"): only a line made
/// of them can be a bare follow-up. Made once a knowledge base and kept in the model cache with its vocabulary: on the
/// shipped KB's 400 phrasings and 2,400 synonym members (six other languages among them) making them cost about 10
/// million instructions of every start, 13% of `ask`.
public struct FollowUpPhrasingWords: Sendable, Equatable {
    public let words: Set<String>

    public init(lexicon: Lexicon) {
        let phrasings = lexicon.followUpPhrasings.values.joined().map(StepReference.words)
        var words = Set(phrasings.joined())
        // A synonym group with a member that is a whole phrasing ("what next") makes every member's words such words.
        // Members are compared by their words' key, not by an array of their words.
        let whole = Set(phrasings.map { $0.joined(separator: " ") })
        for group in lexicon.synonyms where group.contains(where: { whole.contains(StepReference.wordKey($0)) }) {
            words.formUnion(group.flatMap(StepReference.words))
        }
        self.words = words
    }

    /// The words as stored in the model cache: one a line, sorted.
    public var cacheData: Data {
        Data(words.sorted().joined(separator: "\n").utf8)
    }

    /// The words stored by `cacheData`, or nil when the data is not such a list (a word is a non-empty run of letters
    /// and numbers: no space, no line break).
    public init?(cacheData data: Data) {
        guard !data.isEmpty else {
            words = []
            return
        }
        var words = Set<String>()
        for line in data.split(separator: 10, omittingEmptySubsequences: false) {
            guard !line.isEmpty, !line.contains(32), !line.contains(13) else { return nil }
            words.insert(String(decoding: line, as: UTF8.self))
        }
        self.words = words
    }

    /// The cache file name for the phrasing words of a KB whose files have this digest (`KnowledgeBase.sourceDigest`),
    /// as this very build reads them; nil when the build cannot be told apart from others.
    static func cacheName(sourceDigest: UInt64) -> String? {
        ModelCache.fileName("phrasings-", parts: [0x5048_5241_5345_5321, sourceDigest], suffix: ".txt")
    }
}
