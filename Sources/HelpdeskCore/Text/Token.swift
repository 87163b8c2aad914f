/// A word of the question: its current form, where it came from in the original text, and what changed it.
public struct Token: Sendable, Equatable {
    /// The form the matcher uses (lowercased, corrected, stemmed or replaced by a concept as the pipeline goes).
    public var text: String
    /// The form after normalization, before spelling, stemming and synonyms.
    public var surface: String
    /// Byte offsets into the original question (UTF-8).
    public var range: Range<Int>

    public init(text: String, surface: String? = nil, range: Range<Int>) {
        self.text = text
        self.surface = surface ?? text
        self.range = range
    }
}
