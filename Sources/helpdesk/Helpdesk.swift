import ArgumentParser
import HelpdeskCore

@main
struct Helpdesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helpdesk",
        abstract: "Offline help assistant: answers staff questions about getting back into IRS e-Services through ID.me.",
        discussion: """
            With no command, helpdesk starts an interactive session when standard input is a terminal, \
            and otherwise answers one question per line of standard input (like 'helpdesk batch -').
            The knowledge base is the one shipped with helpdesk unless --kb or HELPDESK_KB names another folder.
            """,
        version: HelpdeskVersion.string,
        subcommands: [AskCommand.self, BatchCommand.self, ShowCommand.self, TopicsCommand.self, KBCommand.self, EvalCommand.self]
    )

    @OptionGroup var kb: KBOptions
    @OptionGroup var matcher: MatcherOptions

    @Flag(name: .customLong("no-color"), help: "Plain text even on a terminal (NO_COLOR does the same).")
    var noColor = false

    func run() throws {
        var knowledgeBase = try kb.load()
        knowledgeBase.settings = matcher.settings(for: knowledgeBase)
        if Terminal.isInteractive {
            try REPL(knowledgeBase: knowledgeBase, color: Terminal.wantsColor(noColorFlag: noColor)).run()
        } else {
            try BatchRunner(knowledgeBase: knowledgeBase, format: .text).run(path: "-")
        }
    }
}
