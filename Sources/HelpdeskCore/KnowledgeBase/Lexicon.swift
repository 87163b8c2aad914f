/// The knowledge base's language data: synonym groups, spelling fixes, stop words and protected terms.
public struct Lexicon: Sendable, Equatable {
    /// Each group lists words or phrases that mean the same here; the first is the canonical form.
    public var synonyms: [[String]] = []
    /// Misspelling to correction, applied before automatic spelling correction.
    public var spelling: [String: String] = [:]
    /// Words ignored when matching.
    public var stopWords: Set<String> = []
    /// Terms that automatic spelling correction must never change (acronyms, product names).
    public var protected: Set<String> = []
    /// Real words outside the KB's vocabulary that spelling correction must leave alone ("chance" is not "change").
    public var dictionary: WordList?

    public init() {}

    /// Adds another file's lexicon to this one.
    public mutating func merge(_ other: Lexicon) {
        synonyms += other.synonyms
        spelling.merge(other.spelling) { _, new in new }
        stopWords.formUnion(other.stopWords)
        protected.formUnion(other.protected)
        if let words = other.dictionary { dictionary = words }
    }
}
