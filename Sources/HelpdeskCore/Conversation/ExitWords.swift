/// Lines that end the interactive session as `:quit` does: "quit", "exit". They are the lexicon's `exit_words`,
/// compared with the whole line by its words of letters and digits, as `Acknowledgements` are ("Quit." and "  EXIT! "
/// are "quit" and "exit"; "quit smoking" and "how do I exit" are questions). With no
/// `exit_words`, only the `:` commands leave. Only the session reads them: `ask` and batch mode answer such a line as a
/// question.
public struct ExitWords: Sendable {
    /// The exit words, compared as whole lines the way acknowledgements are.
    private let lines: Acknowledgements

    /// Each exit word as its `Acknowledgements.key(_:)`.
    public var phrases: Set<String> { lines.phrases }

    public init(_ words: [String] = []) {
        lines = Acknowledgements(words)
    }

    public init(lexicon: Lexicon) {
        self.init(lexicon.exitWords)
    }

    /// Whether `line`, as a whole, is one of the exit words.
    public func contains(_ line: String) -> Bool {
        lines.contains(line)
    }
}
