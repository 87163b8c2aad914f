/// Why one record of batch input could not be answered; it becomes a `status: "error"` record in its place.
public enum LineError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidUTF8
    case nulByte
    /// A CSV or JSONL question holding a NUL once decoded (JSON's "\u0000"), refused as a raw NUL byte is.
    case nulCharacter
    case tooLong(bytes: Int)
    /// A CSV row whose field count differs from the header's.
    case wrongFieldCount(found: Int, expected: Int)
    /// A CSV quoted field still open at the end of the input or after `LineSplitter.maximumLineBytes`.
    case unclosedQuote
    /// A CSV quoted field followed by something other than a comma or the end of the row.
    case textAfterClosingQuote
    /// A JSONL line that is not one JSON object; the reason says where.
    case notJSON(String)
    /// A JSONL object without a `question` field.
    case noQuestionField
    /// A JSONL object whose `question` is a number, `true`, `false`, `null`, an array or an object.
    case questionNotAString(JSONValueKind)
    /// A JSONL object giving `question` more than once: which one to answer is anyone's guess.
    case repeatedQuestionField
    /// A CSV row with a problem (the wrapped error) that a quote opened on line `from` and closed on line `to` made of
    /// several lines: the rows between were read as part of it, and are lost with it.
    indirect case joinedLines(from: Int, to: Int, LineError)
    /// A CSV or JSONL question that is empty or only whitespace (a blank text line is skipped instead).
    case emptyQuestion
    /// A question that is one of the interactive session's commands (":quit", ":why", ":show mfa-recovery"): batch
    /// answers questions and runs no command. The line as shown: redacted, on one line, and cut to 40 characters.
    case interactiveCommand(String)

    public var description: String {
        switch self {
        case .invalidUTF8: return "the line is not valid UTF-8"
        case .nulByte: return "the line holds a NUL byte"
        case .nulCharacter: return "the question holds a NUL character"
        case .tooLong(let bytes): return "the line is \(bytes) bytes; the limit is \(LineSplitter.maximumLineBytes)"
        case let .wrongFieldCount(found, expected): return "the row has \(Format.count(found, "field")); the header has \(expected)"
        case .unclosedQuote:
            return "a quote opened on this line is not closed before the end of the input or within "
                + "\(LineSplitter.maximumLineBytes) bytes; the lines after it were read again as rows"
        case .textAfterClosingQuote: return "text follows a closing quote inside a field"
        case .notJSON(let reason): return "not a JSON object: \(reason)"
        case .noQuestionField: return "the object has no string field \"question\""
        case .questionNotAString(let kind): return "the field \"question\" is \(kind.description), not a string"
        case .repeatedQuestionField: return "the object gives the field \"question\" more than once"
        case let .joinedLines(from, to, error):
            return "a quote opened on line \(from) runs to line \(to), so lines \(from)-\(to) were read as one row: \(error)"
        case .emptyQuestion: return "the question is empty"
        case .interactiveCommand(let line): return "'\(line)' is an interactive command; batch answers questions only"
        }
    }

    /// Whether the line is also named on stderr, with its number, as it is read: an interactive command is a mistake
    /// in what someone wrote (a session pasted into a file), which they fix, where bad bytes or rows are the file's and
    /// are only counted in the summary.
    public var isReportedOnStandardError: Bool {
        if case .interactiveCommand = self { return true }
        return false
    }

    /// The error for `line`, a question that is an interactive command (`MetaCommand.isCommand(_:)`): the line
    /// redacted, made one line, and cut to 40 characters.
    public static func interactiveCommand(line: String) -> LineError {
        .interactiveCommand(shownCommand(line))
    }

    /// An interactive command as an error quotes it (here and in `helpdesk ask :quit`): redacted, made one line, and
    /// cut to 40 characters.
    public static func shownCommand(_ line: String) -> String {
        let shown = Redactor().redact(line.trimmingWhitespace()).terminalSafeLine
        return shown.count <= 40 ? shown : String(shown.prefix(39)) + "…"
    }
}
