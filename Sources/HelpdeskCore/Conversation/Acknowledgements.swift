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

    /// Whether `line` only acknowledges in a conversation on `knowledgeBase`: it is one of the acknowledgements, and no
    /// entry lists it among its questions. A KB with a "yes" intent (CLINC150's, imported with the shipped lexicon)
    /// answers "yes" and "yep" itself. Questions are compared by their letters and digits, lowercased, word by word.
    public func acknowledges(_ line: String, in knowledgeBase: KnowledgeBase) -> Bool {
        guard contains(line) else { return false }
        let bare = Self.bare(line)
        return !knowledgeBase.entries.contains { $0.questions.contains { Self.bare($0) == bare } }
    }

    /// `text`'s words of letters and digits, lowercased, separated by one space ("Yes!" is "yes", "O.K." is "o k").
    static func bare(_ text: String) -> String {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }

    /// `text`'s normalized words, separated by one space.
    static func key(_ text: String) -> String {
        words.analyze(text).terms.joined(separator: " ")
    }
}
