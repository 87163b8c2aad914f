import ArgumentParser
import HelpdeskCore

struct KBCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a knowledge base and list every problem.",
        usage: Usage.wrapped("helpdesk kb check", ["[--kb <dir>]", "[--max-age-days <n>]", "[--overlaps]", "[--folds <n>]"]),
        discussion: """
            Prints each problem as file:line:column: error|warning: message (entry 'id'). Warnings: entries not \
            reviewed within --max-age-days, contacts that give only a name (or hours without a phone or url), \
            one-way related links, entries with fewer example questions than KnowledgeBase/README.md asks \
            (12, or 8 for small talk), personal data in an example question, title or answer text (an SSN, \
            EIN, PTIN, email address or a phone number no contact lists) and, with --overlaps, entries whose example questions reach each other. \
            With errors, the entries that loaded are still checked for warnings (--overlaps is not run), and \
            the last line says so: "2 errors, 4 warnings (warnings cover the 3 entries that loaded)". \
            Exit status 0 when there are no errors (warnings allowed), 1 when there is any error.
            """
    )

    @OptionGroup var kb: KBOptions

    @Option(name: .customLong("max-age-days"), parsing: .unconditional, help: ArgumentHelp(
        "Warn about entries whose last_reviewed is older than this many days.", valueName: "n"))
    var maximumAgeDays: Int = KnowledgeBaseLinter.defaultMaximumAgeDays

    @Flag(help: "Also warn about entries whose example questions overlap (retrains the matcher per fold: slow on big KBs).")
    var overlaps = false

    /// Optional so that only a number the user gave is noted when the KB has fewer examples than that.
    @Option(parsing: .unconditional, help: ArgumentHelp("Folds for --overlaps (default: 10); only with --overlaps.", valueName: "n"))
    var folds: Int?

    /// For the root's --threshold and --margin, which the parser takes after the subcommand too: unused here, but a
    /// bad value is still a usage error.
    @ParentCommand var root: Helpdesk

    func validate() throws {
        try root.matcher.checkValues()
        guard maximumAgeDays >= 0 else { throw ValidationError("--max-age-days must be 0 or more") }
        if let folds, folds < 2 { throw ValidationError("--folds must be 2 or more") }
        // It was silently ignored.
        if folds != nil, !overlaps { throw ValidationError("--folds only applies with --overlaps; add --overlaps or leave --folds out") }
    }

    func run() throws {
        guard let path = KnowledgeBaseLocator(explicit: kb.directory).locate() else {
            Terminal.error("no knowledge base found; give one with --kb DIR or HELPDESK_KB")
            throw ExitCode(1)
        }
        do {
            let (knowledgeBase, loadWarnings) = try KnowledgeBaseLoader().load(directory: path)
            var pairs: [(a: String, b: String, count: Int)]?
            if overlaps {
                let validation = CrossValidation(knowledgeBase: knowledgeBase, folds: folds ?? 10)
                if folds != nil, let note = validation.fewerFoldsNote { Terminal.writeError("helpdesk: note: \(note)") }
                pairs = validation.run().overlaps()
            }
            let warnings = loadWarnings
                + KnowledgeBaseLinter(maximumAgeDays: maximumAgeDays).warnings(for: knowledgeBase, overlaps: pairs)
            for warning in warnings { print(warning.redactingLocation().terminalSafe) }
            let summary = KnowledgeBaseCheckSummary(errors: 0, warnings: warnings.count, entries: knowledgeBase.entries.count,
                                                    questions: knowledgeBase.entries.reduce(0) { $0 + $1.questions.count })
            printRedacted("\(path)\(KBOptions.origin(of: path, explicit: kb.directory)): \(summary.text)", path: path)
        } catch let error as KnowledgeBaseError {
            // The entries that loaded are checked for warnings too, so one run lists every problem; overlaps are
            // not (they train the matcher on a knowledge base that does not load).
            let linted = error.partial.map { KnowledgeBaseLinter(maximumAgeDays: maximumAgeDays).warnings(for: $0) } ?? []
            for diagnostic in error.diagnostics + linted { print(diagnostic.redactingLocation().terminalSafe) }
            let summary = KnowledgeBaseCheckSummary(
                errors: error.errors.count, warnings: error.diagnostics.count - error.errors.count + linted.count,
                entries: error.partial?.entries.count ?? 0,
                questions: error.partial?.entries.reduce(0) { $0 + $1.questions.count } ?? 0, overlapsSkipped: overlaps)
            printRedacted("\(path)\(KBOptions.origin(of: path, explicit: kb.directory)): \(summary.text)", path: path)
            throw ExitCode(1)
        }
    }

    /// The summary line, which names the KB's folder: personal data in its name ("Smith 123-45-6789") is redacted, as
    /// it is in the file names of the diagnostics above it (`Diagnostic.redactingLocation(by:)`). The rest is the
    /// KB's own text (a contact's phone number in a message stays as written).
    private func printRedacted(_ line: String, path: String) {
        print(line.replacingOccurrences(of: path, with: Redactor().redact(path)).terminalSafe)
    }
}
