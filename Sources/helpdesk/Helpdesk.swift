import ArgumentParser
import HelpdeskCore

@main
struct Helpdesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helpdesk",
        abstract: "Offline help assistant: answers staff questions about getting back into IRS e-Services through ID.me.",
        usage: Usage.wrapped("helpdesk", ["[--kb <dir>]", "[--threshold <x>]", "[--margin <x>]", "[--no-color]", "[<subcommand>]"]),
        discussion: """
            With no command, helpdesk starts an interactive session when standard input is a terminal, \
            and otherwise answers one question per line of standard input (like 'helpdesk batch -').
            The knowledge base is the one shipped with helpdesk unless --kb or HELPDESK_KB names another folder.
            The interactive session keeps each line typed, with personal data redacted, in $XDG_STATE_HOME/helpdesk/history \
            (default ~/.local/state/helpdesk/history); HELPDESK_HISTORY=off (or 0, false, no; any case) keeps no history file; any other value is warned about and the history is kept.
            Exit status: 0 on success; 64 for a usage error, a mistake on the command line (an unknown command or option, a bad value, an id that names no entry: helpdesk show nope, helpdesk ask --context nope ...); 1 when the knowledge base, a file or the output cannot be read or written, or a check fails (kb check, kb test --min); batch also exits 65 when some input lines could not be read.
            """,
        version: HelpdeskVersion.string,
        subcommands: [AskCommand.self, BatchCommand.self, ShowCommand.self, TopicsCommand.self, KBCommand.self, EvalCommand.self]
    )

    @OptionGroup var kb: KBOptions
    @OptionGroup var matcher: MatcherOptions

    @Flag(name: .customLong("no-color"), help: "Plain text even on a terminal (NO_COLOR does the same).")
    var noColor = false

    /// ArgumentParser's own `main`, with a usage error on one line (`Usage.errorLine`), redacted: it quotes the words it could not place
    /// ("helpdesk my ssn 123-45-6789 ..." without `ask`: "4 unexpected arguments: 'my', 'ssn', '123-45-6789'...").
    /// Help and `--version` are printed as they are. Standard output that could not be written fails the command,
    /// help and `--version` included. `helpdesk help NAME` with a NAME that is no command is a usage error. A usage
    /// error whose first word is no command ends with a hint (`CommandHint`): "helpdesk forgot my password" names
    /// `helpdesk ask`. A long option with `=` and no value ("--output=") is a usage error first (`EmptyOptionValue`).
    static func main() {
        // "--output=" with nothing after it would take the next argument as its value.
        if let problem = EmptyOptionValue.problem(in: Array(CommandLine.arguments.dropFirst())) {
            Terminal.error(problem)
            exit(withError: ExitCode.validationFailure)
        }
        do {
            var command = try parseAsRoot()
            if type(of: command).configuration.commandName == "help",
               let problem = HelpRequest.problem(in: Array(CommandLine.arguments.dropFirst())) {
                throw ValidationError(problem)
            }
            try command.run()
            try Terminal.finishStandardOutput()
        } catch let error as BatchError {
            Terminal.error("\(error)")
            exit(withError: ExitCode.failure)
        } catch {
            let code = exitCode(for: error)
            var message = fullMessage(for: error)
            guard code != .success else {
                // What ArgumentParser's `exit(withError:)` prints for help and --version, but failing on a full disk.
                if !message.isEmpty { print(message) }
                do {
                    try Terminal.finishStandardOutput()
                } catch {
                    Terminal.error("\(error)")
                    exit(withError: ExitCode.failure)
                }
                exit(withError: nil)
            }
            // Arguments it quotes one by one are redacted as the command line reads: "SSN 123 456 789" over four; with
            // the knowledge base's lists ("--Marcy": a given name), as a question would be.
            let arguments = Array(CommandLine.arguments.dropFirst())
            // A usage error is one line naming the command's help, not the parser's message, usage and help lines.
            if code == .validationFailure {
                let short = Self.message(for: error)
                message = short.isEmpty ? "" : Usage.errorLine(short, command: HelpRequest.commandPath(in: arguments))
            }
            let hint = code == .validationFailure ? CommandHint.hint(for: arguments) : nil
            if !message.isEmpty || hint != nil {
                let redactor = errorRedactor(for: arguments)
                if !message.isEmpty { Terminal.writeAlreadyRedactedError(redactor.redact(redactor.redact(message, quotingArguments: arguments))) }
                if let hint { Terminal.writeAlreadyRedactedError(redactor.redact(hint)) }
            }
            exit(withError: code)
        }
    }

    /// The redactor for an error that quotes the command line: that of the knowledge base it names (`--kb`, else
    /// HELPDESK_KB, else the shipped one), read without the parser, which may have failed; the shipped one's when the
    /// named one does not load; a plain one when none loads.
    private static func errorRedactor(for arguments: [String]) -> Redactor {
        let named = KnowledgeBaseLocator(explicit: KnowledgeBaseLocator.explicitFolder(in: arguments)).locate()
        let shipped = KnowledgeBaseLocator(explicit: nil, environment: [:]).locate()
        for path in [named, shipped].compactMap({ $0 }) {
            if let knowledgeBase = try? KnowledgeBaseLoader().load(directory: path, cache: .standard()).0 {
                return Redactor(knowledgeBase: knowledgeBase, vocabulary: nil)
            }
        }
        return Redactor()
    }

    func run() throws {
        try matcher.checkValues()
        var knowledgeBase = try kb.load()
        knowledgeBase.settings = matcher.settings(for: knowledgeBase)
        if Terminal.isInteractive {
            try REPL(knowledgeBase: knowledgeBase, color: Terminal.wantsColor(noColorFlag: noColor)).run()
        } else {
            try BatchRunner(knowledgeBase: knowledgeBase, format: .text).run(path: "-")
        }
    }
}
