import ArgumentParser

/// `helpdesk help NAME...`. ArgumentParser's built-in help command shows the deepest command its names lead to and
/// ignores the rest, so `helpdesk help nonexistent` printed the main help with exit status 0; this finds the first
/// name that is no command, for a usage error instead.
enum HelpRequest {
    /// The root's options that take the next argument as their value (which could be spelled "help").
    static let rootOptionsWithValue: Set<String> = ["--kb", "--threshold", "--margin"]

    /// Why `arguments` (without the program name) ask for help on no command, or nil when every name after `help`
    /// is a command (flags such as `--help` among them are ignored, as the parser ignores them).
    static func problem(in arguments: [String], root: ParsableCommand.Type = Helpdesk.self) -> String? {
        var index = 0
        while index < arguments.count, arguments[index].hasPrefix("-") {
            index += rootOptionsWithValue.contains(arguments[index]) ? 2 : 1
        }
        guard index < arguments.count, arguments[index] == "help" else { return nil }
        var command = root
        var path = [rootName(root)]
        for name in arguments[(index + 1)...] where !name.hasPrefix("-") {
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

    private static func rootName(_ root: ParsableCommand.Type) -> String {
        root.configuration.commandName ?? "helpdesk"
    }

    private static func names(of command: ParsableCommand.Type) -> [String] {
        (command.configuration.commandName.map { [$0] } ?? []) + command.configuration.aliases
    }
}
