/// One question read from batch input, whatever the format: where it starts, its text (or why it cannot be read),
/// and the other columns to pass through.
public struct BatchQuestion: Sendable, Equatable {
    /// 1-based physical line of the input where the record starts.
    public var line: Int
    public var content: Result<String, LineError>
    public var passThrough: [PassThroughField]

    public init(line: Int, content: Result<String, LineError>, passThrough: [PassThroughField] = []) {
        self.line = line
        self.content = content
        self.passThrough = passThrough
    }
}

extension BatchQuestion {
    /// The content a CSV or JSONL question field makes: the text, or `.emptyQuestion` when it is empty or only
    /// whitespace, the same test that makes a text line blank. A column or field that is there but empty is a record
    /// someone meant to ask, so it is reported rather than skipped; before, it fell back with the whole fallback answer.
    /// A question holding a NUL (JSON's "\u0000") is `.nulCharacter`, as a raw NUL byte is an error.
    static func content(question: String) -> Result<String, LineError> {
        if question.allSatisfy(\.isWhitespace) { return .failure(.emptyQuestion) }
        return question.utf8.contains(0) ? .failure(.nulCharacter) : .success(question)
    }
}
