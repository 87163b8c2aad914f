/// A phrase as a run of terms: it stands in a text where all its terms follow one another, in order. Shared by the
/// lexicon's phrase lists (off-topic and on-topic words, pleasantries, background markers).
enum TermRun {
    /// Whether `phrase` stands in `terms` from `start` on, compared term by term in place.
    static func matches<Terms: RandomAccessCollection>(_ phrase: [String], in terms: Terms, at start: Int) -> Bool
    where Terms.Element == String, Terms.Index == Int {
        guard start >= terms.startIndex, start + phrase.count <= terms.endIndex else { return false }
        return phrase.indices.allSatisfy { terms[start + $0] == phrase[$0] }
    }
}
