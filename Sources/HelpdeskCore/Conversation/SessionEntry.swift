/// What the interactive session reads at one prompt (a typed line, or several pasted lines gathered into one entry),
/// cut into the parts it handles in turn, each trimmed: a line of a paste that is a command on its own (`:quit`,
/// `:why`, an exit word such as "quit") is a part of its own, and the lines between such commands are one question.
/// A paste that ended in ":quit" was one question that happened to end with ":quit", and the session went on.
public struct SessionEntry: Sendable, Equatable {
    /// The questions and command lines, in order; none for an entry of blank lines.
    public let parts: [String]

    /// `entry` cut at its command lines. A `:word` that names no command (":D thanks") stays in its question; an
    /// entry of one line is one part whatever it holds, so a typed ":frobnicate" still gets "Unknown command".
    public init(_ entry: String, exitWords: ExitWords) {
        let lines = entry.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        var parts: [String] = []
        var question: (first: Substring, last: Substring)?
        func endQuestion() {
            if let (first, last) = question {
                let text = String(entry[first.startIndex..<last.endIndex]).trimmingWhitespace()
                if !text.isEmpty { parts.append(text) }
            }
            question = nil
        }
        let several = lines.filter { !String($0).trimmingWhitespace().isEmpty }.count > 1
        for line in lines {
            if several, Self.isCommand(String(line), exitWords: exitWords) {
                endQuestion()
                parts.append(String(line).trimmingWhitespace())
            } else {
                question = (question?.first ?? line, line)
            }
        }
        endQuestion()
        self.parts = parts
    }

    /// Whether `line` alone is a command the session runs: a known `:` command or an exit word.
    private static func isCommand(_ line: String, exitWords: ExitWords) -> Bool {
        switch MetaCommand(line, exitWords: exitWords) {
        case nil, .unknown?: return false
        default: return true
        }
    }
}
