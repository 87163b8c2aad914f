import ArgumentParser
import HelpdeskCore

/// A line after a usage error whose first word is no command. A question typed without `ask` ("helpdesk forgot my
/// password") gets the command that asks it; a command name off by a letter ("helpdesk aks ...") gets the name.
enum CommandHint {
    /// The hint for `arguments` (without the program name), or nil when their first word is a command or there is none.
    static func hint(for arguments: [String], root: ParsableCommand.Type = Helpdesk.self) -> String? {
        let words = HelpRequest.words(arguments)
        guard let first = words.first else { return nil }
        let names = root.configuration.subcommands.flatMap(HelpRequest.names(of:)) + ["help"]
        guard !names.contains(first) else { return nil }
        if first.count >= 3, words.count <= 3,
           let close = names.first(where: { EditDistance.between(Array($0.utf8), Array(first.lowercased().utf8), limit: 2) <= 1 }) {
            return "Did you mean '\(close)'? 'helpdesk --help' lists the commands."
        }
        let question = words.joined(separator: " ")
        let quoted = question.contains { "\"$`\\!".contains($0) } ? "\"your question\"" : "\"\(question)\""
        return "To ask a question, put 'ask' before it: helpdesk ask \(quoted)"
    }
}
