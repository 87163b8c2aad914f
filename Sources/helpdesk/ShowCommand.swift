import ArgumentParser
import HelpdeskCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print entries by their ids.",
        discussion: """
            The words are one id when together they name an entry (helpdesk show mfa recovery is mfa-recovery); \
            otherwise each word is an id, and each entry is printed in turn (helpdesk show contact-irs which-irs-tools). \
            An id that names no entry is a usage error (exit status 64), named with the ids like it.
            """)

    @OptionGroup var kb: KBOptions

    @Flag(name: .customLong("no-color"), help: "Plain text even on a terminal.")
    var noColor = false

    /// The parser gives a `--no-color` written after the subcommand to the root command, which declares it too.
    @ParentCommand var root: Helpdesk

    /// Several words are one id, as `ask` takes a question and `:show` an id: `helpdesk show mfa recovery`; or, when
    /// that names nothing, several ids.
    @Argument(help: ArgumentHelp("An entry id, as 'helpdesk topics' lists it; its words may be typed apart (mfa recovery).",
                                 valueName: "id"))
    var words: [String]

    /// The root's --threshold and --margin, which the parser takes after the subcommand too: unused here, but a bad
    /// value is still a usage error.
    func validate() throws {
        try root.matcher.checkValues()
    }

    func run() throws {
        let knowledgeBase = try kb.load()
        guard let entries = knowledgeBase.entries(typed: words) else {
            // One line, as for --context: a ValidationError thrown here would print the usage after it. Redacted as
            // `ask` redacts a question, by the matcher's redactor; the matcher is built only here, as printing needs none.
            let unknown = UnknownEntry(typed: knowledgeBase.unknownID(typed: words), in: Matcher(knowledgeBase: knowledgeBase))
            Terminal.writeAlreadyRedactedError("helpdesk: error: \(unknown)")
            throw ExitCode.validationFailure
        }
        let style = TextStyle(color: Terminal.wantsColor(noColorFlag: noColor || root.noColor))
        let renderer = AnswerRenderer(width: Terminal.width, style: style)
        print(entries.map { renderer.render($0) }.joined(separator: "\n\n"))
    }
}
