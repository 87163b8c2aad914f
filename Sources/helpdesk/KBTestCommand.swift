import ArgumentParser
import HelpdeskCore

struct KBTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Check that every example question reaches its own entry when it is held out of the KB.",
        usage: Usage.wrapped("helpdesk kb test", ["[--kb <dir>]", "[--threshold <x>]", "[--margin <x>]", "[--folds <n>]", "[--min <x>]",
                                                  "[--show <n>]"]),
        discussion: """
            Leave-one-out: each example question is removed from the knowledge base, the matcher is rebuilt, \
            and the question is asked. Knowledge bases with more than 2500 examples use 10 folds instead \
            (--folds sets the number; a knowledge base with fewer examples than that runs one fold per example, \
            and says so on stderr). Leave-one-out retrains the matcher once per example: over the shipped \
            knowledge base's ~1,300 examples that takes minutes (a progress line shows on stderr when it is a \
            terminal); --folds 10 is quicker. Lists the failures and the entry pairs that overlap. \
            Exit status 0 when the accuracy reaches --min (default 0), 1 below it.
            """
    )

    @OptionGroup var kb: KBOptions
    @OptionGroup var matcherOptions: MatcherOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("Number of folds (default: leave-one-out up to 2500 examples, else 10).", valueName: "n"))
    var folds: Int?

    /// Kept as typed and read as a plain decimal (`PlainDecimal`): the parser's `Double` took "0x1" as 1.
    @Option(name: .customLong("min"), parsing: .unconditional, help: ArgumentHelp("Fail (exit 1) below this accuracy, 0-1.", valueName: "x"))
    var minimumText: String?

    private var minimum: Double { minimumText.flatMap(PlainDecimal.value) ?? 0 }

    @Option(parsing: .unconditional, help: ArgumentHelp("List at most this many failures.", valueName: "n"))
    var show: Int = 30

    func validate() throws {
        try matcherOptions.checkValues()
        if let folds, folds < 2 { throw ValidationError("--folds must be 2 or more") }
        if let minimumText, !(PlainDecimal.value(minimumText).map { (0...1).contains($0) } ?? false) {
            throw ValidationError("--min is an accuracy from 0 to 1, e.g. --min 0.97")
        }
        guard show >= 0 else { throw ValidationError("--show must be 0 or more") }
    }

    func run() throws {
        let knowledgeBase = try kb.load()
        let display = FoldProgress()
        let validation = CrossValidation(knowledgeBase: knowledgeBase, settings: matcherOptions.settings(for: knowledgeBase), folds: folds)
        let report = validation.run { done, total in display.update(done: done, total: total) }
        display.clear()
        if let note = validation.fewerFoldsNote { Terminal.writeError("helpdesk: note: \(note)") }
        // The failing questions are the knowledge base's own: its phone numbers are shown as written.
        let redactor = Redactor(publicPhoneNumbers: knowledgeBase.publicPhoneNumbers)
            .knowing(redactionWords: knowledgeBase.lexicon.redactionWords)
        for failure in report.failures.prefix(show) {
            print("FAIL \(failure.expected): \"\(redactor.redact(failure.question))\" -> \(failure.status)\(failure.got.map { " \($0)" } ?? "")")
        }
        if report.failures.count > show { print("... and \(report.failures.count - show) more") }
        let overlaps = report.overlaps()
        if !overlaps.isEmpty {
            print("Overlapping entries (examples of one reach the other):")
            for o in overlaps.prefix(15) { print("  \(o.count)x  \(o.a) <-> \(o.b)") }
        }
        let method = report.folds == report.tested + report.offTopicTested ? "leave-one-out" : "\(report.folds)-fold"
        let examples = report.tested == 1 ? "example question reaches its" : "example questions reach their"
        print("\(method): \(report.correct)/\(report.tested) \(examples) own entry (\(Format.fixed(report.accuracy * 100, digits: 1))%)"
            + "; ranked first: \(report.topOne) (\(Format.fixed(report.topOneAccuracy * 100, digits: 1))%)")
        if report.offTopicTested > 0 {
            let examples = report.offTopicTested == 1 ? "off-topic example falls" : "off-topic examples fall"
            print("\(method): \(report.offTopicFellBack)/\(report.offTopicTested) \(examples) back")
        }
        if report.accuracy < minimum {
            Terminal.error("accuracy \(Format.fixed(report.accuracy * 100, digits: 1))% is below --min \(Format.fixed(minimum * 100, digits: 1))%")
            throw ExitCode(1)
        }
    }
}
