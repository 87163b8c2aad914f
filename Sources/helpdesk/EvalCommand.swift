import ArgumentParser
import HelpdeskCore

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure accuracy on a labelled CSV of questions.",
        usage: Usage.wrapped("helpdesk eval", ["[--kb <dir>]", "[--threshold <x>]", "[--margin <x>]", "[--format <format>]", "<file>"]),
        discussion: """
            FILE.csv (or - for standard input; a pipe or FIFO is read to its end) has the header question,entry \
            (RFC 4180 quoting); title and answer, which kb import reads, are allowed and not read, any other column \
            is not read and named in a warning on stderr, and a column named twice is an error (exit status 1). An empty \
            entry (question, with the comma) means the question should fall back. A label that is no entry id \
            names the entry kb import makes of it (Printer Reset and printer_reset: printer-reset). A label naming \
            no entry of the knowledge base evaluated is a warning on stderr with the ids like it ("did you mean \
            'reset-idme-password'?"); its rows count as answered wrong, and the exit status stays 0. A row whose \
            field count differs from the header's, or whose question is empty, or a quote never closed, is an error \
            naming its line (file.csv:2: error: ...): the file is refused with exit status 1, the first ten such rows listed. \
            Strictly, a quote never closed takes the rest of the file into its field: its error says so, and the \
            lines after it are checked as rows of their own, each bad one listed too. \
            Blank lines are skipped; a file with no questions is an error (exit status 1), and an empty one is said to be empty. Each question is \
            answered as batch answers it (one of four words or fewer as helpdesk ask does with no topic in focus): \
            a line that is no question on its own \
            ("ok", "more", "next step") matches nothing, a fallback. Prints in-scope \
            accuracy, off-topic recall and precision, clarify rate, confidently-wrong rate, the most confused \
            pairs (expected -> the entry answered; for a clarify, "clarify with" the choice offered beside the \
            expected one; for a fallback, "fallback, X ranked first", where X may be the expected entry), \
            per-entry precision and recall, and latency p50/p99. A ratio with nothing to count (off-topic \
            recall with no off-topic question, off-topic precision when nothing fell back, the precision of an \
            entry never answered) prints n/a, and null with --format json, never 0%.
            """
    )

    @OptionGroup var kb: KBOptions
    @OptionGroup var matcherOptions: MatcherOptions

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @Argument(help: "Labelled questions (CSV with question,entry), or - for standard input.")
    var file: String

    func validate() throws {
        try matcherOptions.checkValues()
        // It said "helpdesk: error: : cannot read the file: no such file".
        if file.isEmpty { throw ValidationError("the CSV file needs a name, and '' is empty (- is standard input)") }
    }

    func run() throws {
        // The knowledge base first: its redactor redacts what the CSV's errors and warnings quote.
        let knowledgeBase = try kb.load()
        let matcher = Matcher(knowledgeBase: knowledgeBase, settings: matcherOptions.settings(for: knowledgeBase))
        let questions = try LabeledCSVInput.read(file, reading: ["question", "entry"], redactor: matcher.redactor)
        guard !questions.isEmpty else {
            Terminal.error("\(file): no questions to evaluate")
            throw ExitCode(1)
        }
        let report = Evaluator(matcher: matcher).evaluate(questions)
        // On stderr, apart from the report, each with the ids like it. Redacted already: the line as a whole is not
        // ("...password' names" would be read as a password given).
        for label in report.unknownLabels.sorted() {
            Terminal.writeError("helpdesk: warning: " + UnknownLabel(label, in: knowledgeBase, redactor: matcher.redactor).description.terminalSafe)
        }
        print(format == .json ? EvaluationRenderer().json(report) : EvaluationRenderer().text(report))
    }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
