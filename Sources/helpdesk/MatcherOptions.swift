import ArgumentParser
import HelpdeskCore

/// Per-command overrides of the knowledge base's matcher settings.
///
/// The root command declares these options too, and the parser gives it an option written after a subcommand as
/// well: a range check in this group's own `validate()` failed while the root was parsed, so `helpdesk ask
/// --threshold 2 x` showed the root's usage. Each command therefore calls `checkRanges()` from its own `validate()`
/// (the root from `run()`, which runs only when no subcommand is given).
struct MatcherOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp("Fall back below this confidence (0-1; default: the KB's matcher block, else built in).", valueName: "x"))
    var threshold: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp("Ask which was meant when the top two are within this confidence (0-1).", valueName: "x"))
    var margin: Double?

    func checkRanges() throws {
        for (name, value) in [("--threshold", threshold), ("--margin", margin)] {
            if let value, !(0...1).contains(value) { throw ValidationError("\(name) must be between 0 and 1") }
        }
    }

    func settings(for kb: KnowledgeBase) -> MatcherSettings {
        var settings = kb.settings
        if let threshold { settings.answerThreshold = threshold }
        if let margin { settings.clarifyMargin = margin }
        return settings
    }
}
