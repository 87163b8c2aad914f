/// A question as the text pipeline has turned it so far, with a record of every change for explanations.
public struct Analysis: Sendable {
    public let original: String
    /// The normalized text, as bytes, with the original byte offset of each.
    public var normalized: [UInt8] = []
    public var origins: [Int] = []
    public var tokens: [Token] = []
    /// Spelling fixes applied: (as typed, corrected).
    public var spellingFixes: [(from: String, to: String)] = []
    /// Synonyms applied: (phrase as found, concept).
    public var synonymsApplied: [(from: String, to: String)] = []
    /// Words dropped as stop words, and numbers the knowledge base never uses (`UnknownNumberFilter`).
    public var stopWordsRemoved: [String] = []
    /// Greetings, thanks and goodbyes left out because the question has more to it (`Pleasantries`).
    public var pleasantriesRemoved: [String] = []

    public init(_ original: String) {
        self.original = original
    }

    public var normalizedText: String { String(decoding: normalized, as: UTF8.self) }
    public var terms: [String] { tokens.map(\.text) }
}
