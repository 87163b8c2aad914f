import ArgumentParser
import HelpdeskCore

struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "topics", abstract: "List every entry: id and title.")

    @OptionGroup var kb: KBOptions

    func run() throws {
        print(AnswerRenderer(width: Terminal.width).topics(try kb.load().entries))
    }
}
