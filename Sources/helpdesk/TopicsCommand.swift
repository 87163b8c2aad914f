import ArgumentParser
import HelpdeskCore

struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "topics", abstract: "List every entry: id and title.")

    @OptionGroup var kb: KBOptions

    /// For the root's --threshold and --margin, which the parser takes after the subcommand too: unused here, but a
    /// bad value is still a usage error.
    @ParentCommand var root: Helpdesk

    func validate() throws {
        try root.matcher.checkValues()
    }

    func run() throws {
        print(AnswerRenderer(width: Terminal.width).topics(try kb.load().entries))
    }
}
