import ArgumentParser
import HelpdeskCore

struct KBCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a knowledge base and list every problem.",
        discussion: """
            Prints each problem as file:line:column: error|warning: message (entry 'id'). \
            Exit status 0 when there are no errors (warnings allowed), 1 when there is any error.
            """
    )

    @OptionGroup var kb: KBOptions

    func run() throws {
        guard let path = KnowledgeBaseLocator(explicit: kb.directory).locate() else {
            Terminal.error("no knowledge base found; give one with --kb DIR or HELPDESK_KB")
            throw ExitCode(1)
        }
        do {
            let (knowledgeBase, warnings) = try KnowledgeBaseLoader().load(directory: path)
            for warning in warnings { print(warning) }
            let questions = knowledgeBase.entries.reduce(0) { $0 + $1.questions.count }
            print("\(path): OK: \(knowledgeBase.entries.count) entries, \(questions) example questions, \(warnings.count) warning(s)")
        } catch let error as KnowledgeBaseError {
            for diagnostic in error.diagnostics { print(diagnostic) }
            print("\(path): \(error.errors.count) error(s), \(error.diagnostics.count - error.errors.count) warning(s)")
            throw ExitCode(1)
        }
    }
}
