/// A line of the interactive session that starts with `:`: a command to the assistant rather than a question.
public enum MetaCommand: Sendable, Equatable {
    case help
    case topics
    case show(String)
    case why
    case reload
    case quit
    /// A `:word` that is no command.
    case unknown(String)

    /// Every command, as `:help` lists it and Tab completes it: name, argument, what it does.
    public static let all: [(name: String, argument: String, summary: String)] = [
        (":help", "", "list these commands"),
        (":topics", "", "list every topic"),
        (":show", "ID", "show one topic in full (Tab completes ids); later questions follow up on it"),
        (":why", "", "explain how the last answer was chosen"),
        (":reload", "", "re-read the knowledge base after editing it (keeps the old one on errors)"),
        (":quit", "", "leave (:q, :exit and Ctrl-D do too)"),
    ]

    /// The command names, for completion.
    public static var names: [String] { all.map(\.name) }

    /// Short forms accepted besides the full names.
    static let aliases = [":h": ":help", ":?": ":help", ":t": ":topics", ":s": ":show", ":q": ":quit", ":exit": ":quit"]

    /// The command in `line`, or nil when the line is not a command: only `:word` (a letter right after the colon)
    /// and the short forms are, so a message that opens with an emoticon (":( still locked out") is a question. A colon
    /// alone (what Tab puts on an empty prompt) is an unknown command, so it gets the list of commands, not the fallback.
    public init?(_ line: String) {
        let text = line.trimmingWhitespace()
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let first = parts.first, first.hasPrefix(":"),
              first.dropFirst().first?.isLetter == true || Self.aliases[first] != nil || text == ":" else { return nil }
        let name = Self.aliases[parts[0].lowercased()] ?? parts[0].lowercased()
        let argument = parts.count > 1 ? parts[1].trimmingWhitespace() : ""
        switch name {
        case ":help": self = .help
        case ":topics": self = .topics
        case ":show": self = .show(argument)
        case ":why": self = .why
        case ":reload": self = .reload
        case ":quit": self = .quit
        default: self = .unknown(parts[0])
        }
    }

    /// Whether `line` is one of the session's commands, as the session would run it (":quit", ":Q", ":show
    /// mfa-recovery", ":why not"); a `:word` that names no command (":D thanks") is not. Costs a byte or two for a line
    /// that does not open with a colon.
    public static func isCommand(_ line: String) -> Bool {
        guard let first = line.utf8.first(where: { $0 != 32 && $0 != 9 && $0 != 10 && $0 != 13 }), first == 58 || first >= 0x80,
              let command = MetaCommand(line) else { return false }
        if case .unknown = command { return false }
        return true
    }

    /// The text `:help` prints, unwrapped.
    public static var helpText: String { helpText(width: nil) }

    /// The text `:help` prints, wrapped to `width` (nil: not wrapped); a command's summary hangs at its column.
    /// `exitWords` (the lexicon's, as written) are named with `:quit`: "quit" or "exit" alone on a line leaves too.
    public static func helpText(width: Int?, exitWords: [String] = []) -> String {
        let wrapper = TextWrapper(width: width)
        let column = all.map { $0.name.count + ($0.argument.isEmpty ? 0 : $0.argument.count + 1) }.max() ?? 0
        let lines = all.map { command -> String in
            let usage = command.argument.isEmpty ? command.name : command.name + " " + command.argument
            let prefix = "  " + usage + String(repeating: " ", count: column - usage.count + 3)
            let summary = command.name == ":quit" && !exitWords.isEmpty ? quitSummary(exitWords: exitWords) : command.summary
            return wrapper.wrap(summary, prefix: prefix, indent: String(repeating: " ", count: prefix.count))
        }
        let intro = "Type a question in your own words, or paste what a caller said (several problems are fine)."
        let after = ["After an answer, ask a follow-up: \"step 2 again\" (or just \"2\"), \"next step\", \"what's the number?\", \"what if that fails?\", \"more\".",
                     "After a list of choices, type its number or words of its title, or \"none\".",
                     "After an answer to several problems, type a problem's number to go back to it.",
                     historyNote]
        return ([wrapper.wrap(intro)] + lines + after.map { wrapper.wrap($0) }).joined(separator: "\n")
    }

    /// Where the session keeps what is typed, and how to keep nothing (`HistoryFile` in the executable).
    static let historyNote = "Each line you type is kept, with personal data redacted, in $XDG_STATE_HOME/helpdesk/history "
        + "(~/.local/state/helpdesk/history) for Up and Down; HELPDESK_HISTORY=off (or 0, false, no) keeps none."

    /// `:quit`'s summary with exit words: `leave (:q, :exit, "quit" or "exit" alone on a line, and Ctrl-D do too)`.
    private static func quitSummary(exitWords: [String]) -> String {
        let words = exitWords.map { "\"\($0)\"" }
        let named = words.count == 1 ? words[0] : words.dropLast().joined(separator: ", ") + " or " + words[words.count - 1]
        return "leave (:q, :exit, \(named) alone on a line, and Ctrl-D do too)"
    }
}
