/// Lines that only acknowledge what was said: "ok", "got it", "cool", "yes", "no". They are the lexicon's
/// `acknowledgements`, compared with the whole line as the normalizer writes words (case and punctuation ignored:
/// "OK!" is "ok", "O.K." is "o k"), so a line with more words ("no code", "yes but the code never came") is a question.
public struct Acknowledgements: Sendable {
    /// Each acknowledgement as its normalized words, separated by one space.
    public let phrases: Set<String>
    private static let words = TextPipeline(stages: [Normalizer(), Tokenizer()])

    public init(_ acknowledgements: [String] = []) {
        phrases = Set(acknowledgements.map(Self.key).filter { !$0.isEmpty })
    }

    public init(lexicon: Lexicon) {
        self.init(lexicon.acknowledgements)
    }

    /// Whether `line`, as a whole, is one of the acknowledgements.
    public func contains(_ line: String) -> Bool {
        !phrases.isEmpty && phrases.contains(Self.key(line))
    }

    /// `text`'s normalized words, separated by one space.
    static func key(_ text: String) -> String {
        words.analyze(text).terms.joined(separator: " ")
    }
}
