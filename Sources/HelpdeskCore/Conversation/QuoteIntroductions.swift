/// The lexicon's `quote_introductions`: a line of the writer's own that holds one of these phrases and ends in a colon
/// ("Pasted from Bill's email:", "Client wrote:") introduces the message quoted below it; "Error:" or "Steps I tried:"
/// does not. Phrases are compared as the normalizer writes words.
public struct QuoteIntroductions: Sendable, Equatable {
    /// Each phrase as a run of normalized words.
    public let phrases: [[String]]
    /// The most words a line that introduces a quoted message holds.
    static let maximumWords = 8
    private static let pipeline = TextPipeline(stages: [Normalizer(), Tokenizer()])

    public init(_ phrases: [String] = []) {
        self.phrases = phrases.map { Self.pipeline.analyze($0).terms }.filter { !$0.isEmpty }
    }

    /// Whether `text` (the writer's own lines, quoted lines left out) holds a line of `maximumWords` words or fewer
    /// that ends in a colon and holds one of `phrases`.
    public func introduce(_ text: String) -> Bool {
        guard !phrases.isEmpty else { return false }
        return text.split(whereSeparator: \.isNewline).contains { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.count > 1, trimmed.hasSuffix(":"), trimmed.split(separator: " ").count <= Self.maximumWords
            else { return false }
            let words = Self.pipeline.analyze(trimmed).terms
            return phrases.contains { phrase in words.indices.contains { TermRun.matches(phrase, in: words, at: $0) } }
        }
    }
}
