import ArgumentParser

struct KBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "Knowledge-base tools for authors.",
        subcommands: [KBCheckCommand.self, KBTestCommand.self, KBImportCommand.self]
    )
}
