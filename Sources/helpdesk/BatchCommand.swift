import ArgumentParser
import HelpdeskCore

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Answer a file of questions, one per line.",
        discussion: """
            FILE is a text file with one question per line, or - for standard input. Blank lines are skipped \
            but keep the line numbering. A line that cannot be read (invalid UTF-8, a NUL byte, longer than \
            64 KiB) is reported in its place and the rest are still answered.
            JSONL output is one object per input line, in input order, with the fields line, question \
            (redacted), status (answered, clarify, fallback or error), entry, title, confidence, candidates \
            and answer, plus error on unreadable lines.
            Exit status: 0 when every line was answered, clarified or fell back; 65 when some lines were \
            input errors; 64 for usage errors; 1 when the knowledge base or the file cannot be read.
            """
    )

    @OptionGroup var kb: KBOptions

    @Option(help: "Output format: text or jsonl.")
    var format: BatchFormat = .text

    @Argument(help: "File of questions, or - for standard input.")
    var file: String

    func run() throws {
        let knowledgeBase = try kb.load()
        try BatchRunner(knowledgeBase: knowledgeBase, format: format).run(path: file)
    }
}

enum BatchFormat: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
}
