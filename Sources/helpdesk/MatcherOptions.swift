import ArgumentParser
import HelpdeskCore

/// Per-command overrides of the knowledge base's matcher settings.
///
/// The root command declares these options too, and the parser gives it an option written after a subcommand as
/// well, and decodes the root first: a check that failed there showed the root's usage, whatever command the option
/// was given to (`helpdesk ask --threshold 2 x`, and `helpdesk ask --threshold abc x`, whose value the parser
/// could not read as a number). So the values are kept as typed, and each command calls `checkValues()` from its
/// own `validate()` (the root from `run()`, which runs only when no subcommand is given): a value that is no number,
/// or out of range, shows the usage of the command it was given to.
struct MatcherOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp("Fall back below this confidence (0-1; default: the KB's matcher block, else built in; an entry's own answer_threshold still applies to it).", valueName: "x"))
    var threshold: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Ask which was meant when the top two are within this confidence (0-1).", valueName: "x"))
    var margin: String?

    /// A usage error for a value that is no plain decimal number ("The value 'abc' is invalid for '--threshold <x>'", as
    /// the parser words it; "0x1", "inf" and "1e0" too, which `Double` reads) or a number outside 0-1.
    func checkValues() throws {
        for (name, text) in [("--threshold", threshold), ("--margin", margin)] {
            guard let text else { continue }
            guard let value = PlainDecimal.value(text) else {
                throw ValidationError("The value '\(text)' is invalid for '\(name) <x>': give a decimal number between 0 and 1, such as 0.6")
            }
            if !(0...1).contains(value) { throw ValidationError("\(name) must be between 0 and 1") }
        }
    }

    func settings(for kb: KnowledgeBase) -> MatcherSettings {
        var settings = kb.settings
        if let threshold = threshold.flatMap(PlainDecimal.value) { settings.answerThreshold = threshold }
        if let margin = margin.flatMap(PlainDecimal.value) { settings.clarifyMargin = margin }
        return settings
    }
}
