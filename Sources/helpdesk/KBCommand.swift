import ArgumentParser

struct KBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "Knowledge-base tools for authors.",
        subcommands: [KBCheckCommand.self, KBTestCommand.self, KBImportCommand.self]
    )

    /// For the root's --threshold and --margin, which the parser takes after `kb` too: unused here, but a bad value
    /// is still a usage error.
    @ParentCommand var root: Helpdesk

    /// With no subcommand, kb's help, as for any command group. A bad --threshold or --margin is found here, not in
    /// `validate()`, which runs before the parser looks for a subcommand (`kb check --threshold abc` must show check's
    /// usage); and an error thrown from `run()` would name the root's help, so kb's own line is written here.
    func run() throws {
        do {
            try root.matcher.checkValues()
        } catch let error as ValidationError {
            Terminal.writeRedactedError(Usage.errorLine(error.message, command: "helpdesk kb"))
            throw ExitCode.validationFailure
        }
        throw CleanExit.helpRequest(self)
    }
}
