import ArgumentParser
import Foundation
import HelpdeskCore

/// A line after a usage error whose first word is no command. A question typed without `ask` ("helpdesk forgot my
/// password", "helpdesk help me reset my password") gets the command that asks it, with the options given before
/// it; a command name off by a letter ("helpdesk aks ...") gets the name; a `kb` tool without `kb` ("helpdesk check")
/// gets `kb check`; an existing file ("helpdesk questions.txt") gets `batch`.
enum CommandHint {
    /// The hint for `arguments` (without the program name), or nil when their first word is a command or there is none.
    static func hint(for arguments: [String], root: ParsableCommand.Type = Helpdesk.self) -> String? {
        let words = HelpRequest.words(arguments)
        guard let first = words.first else { return nil }
        let names = root.configuration.subcommands.flatMap(HelpRequest.names(of:)) + ["help"]
        let prefix = (["helpdesk"] + options(in: arguments)).joined(separator: " ")
        if first == "help" {
            // "helpdesk help me reset my password": a question, unless "help" names commands (that is help's own error),
            // as in "helpdesk help kb nope", whose first name is a command.
            guard HelpRequest.problem(in: arguments, root: root) != nil, words.count > 2, !names.contains(words[1]) else { return nil }
            return askHint(words, prefix: prefix)
        }
        guard !names.contains(first) else { return nil }
        let tools = KBCommand.configuration.subcommands.flatMap(HelpRequest.names(of:))
        if words.count <= 3, tools.contains(first) {
            return "Did you mean 'kb \(first)'? 'helpdesk kb --help' lists the knowledge-base tools."
        }
        if words.count == 1, FileManager.default.fileExists(atPath: first) {
            return "To answer a file of questions: \(prefix) batch \(ShellWord.quoted(first))"
        }
        if first.count >= 3, words.count <= 3,
           let close = names.first(where: { EditDistance.between(Array($0.utf8), Array(first.lowercased().utf8), limit: 2) <= 1 }) {
            return "Did you mean '\(close)'? 'helpdesk --help' lists the commands."
        }
        return askHint(words, prefix: prefix)
    }

    private static func askHint(_ words: [String], prefix: String) -> String {
        "To ask a question, put 'ask' before it: \(prefix) ask \(quoted(words.joined(separator: " ")))"
    }

    /// The root's options before the first word, with their values (`--kb DIR`, `--threshold 0.5`, `--no-color`), each
    /// value as one shell word; an option the root does not know is left out.
    private static func options(in arguments: [String]) -> [String] {
        var options: [String] = []
        var index = 0
        while index < arguments.count, arguments[index].hasPrefix("-") {
            let takesValue = HelpRequest.rootOptionsWithValue.contains(arguments[index]) && index + 1 < arguments.count
            if takesValue {
                options += [arguments[index], ShellWord.quoted(arguments[index + 1])]
            } else if arguments[index] == "--no-color" {
                options.append(arguments[index])
            }
            index += takesValue ? 2 : 1
        }
        return options
    }

    /// A question in double quotes when the shell would split or read it (easier to edit than `ShellWord`'s single
    /// quotes around an apostrophe), or "your question" when double quotes cannot hold it as written (`$`, a
    /// backquote, `\`, `!`, `"`). Paths and option values go through `ShellWord.quoted`, which holds any name.
    private static func quoted(_ text: String) -> String {
        if text.contains(where: { "\"$`\\!".contains($0) }) { return "\"your question\"" }
        return text.contains(where: { !($0.isLetter || $0.isNumber || "-_./=".contains($0)) }) ? "\"\(text)\"" : text
    }
}
