import ArgumentParser
import HelpdeskCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print one entry by its id.")

    @OptionGroup var kb: KBOptions

    @Flag(name: .customLong("no-color"), help: "Plain text even on a terminal.")
    var noColor = false

    /// The parser gives a `--no-color` written after the subcommand to the root command, which declares it too.
    @ParentCommand var root: Helpdesk

    /// Several words are one id, as `ask` takes a question and `:show` an id: `helpdesk show mfa recovery`.
    @Argument(help: ArgumentHelp("The entry id, as 'helpdesk topics' lists it; its words may be typed apart (mfa recovery).",
                                 valueName: "id"))
    var words: [String]

    private var id: String { words.joined(separator: " ") }

    /// The root's --threshold and --margin, which the parser takes after the subcommand too: unused here, but a bad
    /// value is still a usage error.
    func validate() throws {
        try root.matcher.checkValues()
    }

    func run() throws {
        let knowledgeBase = try kb.load()
        guard let entry = knowledgeBase.entry(typed: id) else {
            // Every id like it: "show reset" named only reset-idme-password, not reset-email-not-received.
            let like = knowledgeBase.ids(like: id).map { "'\($0)'" }
            let hint = like.isEmpty ? "" : "; did you mean " + like.joined(separator: ", ") + "?"
            Terminal.error("no entry '\(Redactor().redact(id))'\(hint) ('helpdesk topics' lists them)")
            throw ExitCode(1)
        }
        let style = TextStyle(color: Terminal.wantsColor(noColorFlag: noColor || root.noColor))
        print(AnswerRenderer(width: Terminal.width, style: style).render(entry))
    }
}
