/// Lines that end the interactive session as `:quit` does: "quit", "exit". They are the lexicon's `exit_words`,
/// compared with the whole line by its words of letters and digits, as `Acknowledgements` are ("Quit." and "  EXIT! "
/// are "quit" and "exit"; "quit smoking" and "how do I exit" are questions). With no `exit_words`, only the `:`
/// commands leave. Only the session reads them: `ask` and batch mode answer such a line as a question.
public struct ExitWords: Sendable {
    /// Each exit word as its `Acknowledgements.key(_:)`.
    public let phrases: Set<String>
    /// The longest of `phrases`, in UTF-8 bytes: a longer line is none of them, told without building its key.
    private let longestPhrase: Int

    public init(_ words: [String] = []) {
        phrases = Set(words.map(Acknowledgements.key).filter { !$0.isEmpty })
        longestPhrase = phrases.map(\.utf8.count).max() ?? 0
    }

    public init(lexicon: Lexicon) {
        self.init(lexicon.exitWords)
    }

    /// Whether `line`, as a whole, is one of the exit words.
    public func contains(_ line: String) -> Bool {
        guard !phrases.isEmpty, let key = Acknowledgements.shortKey(line, atMost: longestPhrase) else { return false }
        return phrases.contains(key)
    }
}
