import ArgumentParser
import HelpdeskCore

struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answer one question.",
        discussion: "Example: helpdesk ask lost my phone, can't get the code"
    )

    @OptionGroup var kb: KBOptions

    @Flag(help: "Print the answer as one JSON object (the batch JSONL record).")
    var json = false

    @Flag(name: .customLong("no-color"), help: "Plain text even on a terminal.")
    var noColor = false

    @Argument(help: "The question; quotes are optional.")
    var question: [String]

    func validate() throws {
        if question.joined(separator: " ").trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("give a question, e.g. helpdesk ask how do I reset my ID.me password")
        }
    }

    func run() throws {
        let knowledgeBase = try kb.load()
        let matcher = Matcher(knowledgeBase: knowledgeBase)
        let result = matcher.match(question.joined(separator: " "))
        if json {
            print(RecordRenderer(candidateCount: matcher.settings.candidateCount).json(result, line: 1, in: knowledgeBase))
        } else {
            let style = TextStyle(color: Terminal.wantsColor(noColorFlag: noColor))
            print(AnswerRenderer(width: Terminal.width, style: style).render(result, in: knowledgeBase))
        }
    }
}
