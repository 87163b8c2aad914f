import ArgumentParser

/// `helpdesk help NAME...`. ArgumentParser's built-in help command shows the deepest command its names lead to and
/// ignores the rest, so `helpdesk help nonexistent` printed the main help with exit status 0; this finds the first
/// name that is no command, for a usage error instead.
enum HelpRequest {
    /// The root's options that take the next argument as their value (which could be spelled "help").
    static let rootOptionsWithValue: Set<String> = ["--kb", "--threshold", "--margin"]

    /// Why `arguments` (without the program name) ask for help on no command, or nil when every name after `help`
    /// is a command (options such as `--help`, and a root option's value, among them are ignored, as the parser
    /// ignores them: `helpdesk help ask --kb DIR` shows ask's help).
    static func problem(in arguments: [String], root: ParsableCommand.Type = Helpdesk.self) -> String? {
        let words = self.words(arguments)
        guard words.first == "help" else { return nil }
        var command = root
        var path = [rootName(root)]
        for name in words.dropFirst() {
            // The built-in help command itself: `helpdesk help help`.
            if command == root, name == "help" { return nil }
            guard let next = command.configuration.subcommands.first(where: { names(of: $0).contains(name) }) else {
                return "unknown command '\((path + [name]).joined(separator: " "))'; '\(path.joined(separator: " ")) --help' lists the commands"
            }
            command = next
            path.append(name)
        }
        return nil
    }

    /// The command `arguments` (without the program name) run, as its help names it: "helpdesk kb test" for
    /// `--threshold 2 kb test --folds 1`; the words after the last command name are its arguments.
    static func commandPath(in arguments: [String], root: ParsableCommand.Type = Helpdesk.self) -> String {
        var command = root
        var path = [rootName(root)]
        for name in words(arguments) {
            guard let next = command.configuration.subcommands.first(where: { names(of: $0).contains(name) }) else { break }
            command = next
            path.append(name)
        }
        return path.joined(separator: " ")
    }

    /// The arguments that are neither an option nor a root option's value.
    static func words(_ arguments: [String]) -> [String] {
        var words: [String] = []
        var index = 0
        while index < arguments.count {
            if arguments[index].hasPrefix("-") {
                index += rootOptionsWithValue.contains(arguments[index]) ? 2 : 1
            } else {
                words.append(arguments[index])
                index += 1
            }
        }
        return words
    }

    private static func rootName(_ root: ParsableCommand.Type) -> String {
        root.configuration.commandName ?? "helpdesk"
    }

    static func names(of command: ParsableCommand.Type) -> [String] {
        (command.configuration.commandName.map { [$0] } ?? []) + command.configuration.aliases
    }
}
