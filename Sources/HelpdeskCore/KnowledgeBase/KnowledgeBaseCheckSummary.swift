/// The last line of `kb check`: what was found, and what could not be checked.
public struct KnowledgeBaseCheckSummary: Sendable, Equatable {
    public var errors: Int
    public var warnings: Int
    /// The entries that loaded (all of them when there is no error) and their example questions.
    public var entries: Int
    public var questions: Int
    /// `--overlaps` was asked for but not run: it trains the matcher, which needs a knowledge base without errors.
    public var overlapsSkipped = false

    public init(errors: Int, warnings: Int, entries: Int, questions: Int, overlapsSkipped: Bool = false) {
        self.errors = errors
        self.warnings = warnings
        self.entries = entries
        self.questions = questions
        self.overlapsSkipped = overlapsSkipped
    }

    /// "OK: 2 entries, 4 example questions, 1 warning"; with errors, "6 errors, 4 warnings" and which entries the
    /// warnings cover, since an entry that did not load was not checked for them.
    public var text: String {
        let warned = Format.count(warnings, "warning")
        guard errors > 0 else {
            return "OK: \(Format.count(entries, "entry", plural: "entries")), \(Format.count(questions, "example question")), \(warned)"
        }
        let cover = entries == 0
            ? "no entry loaded, so none was checked for warnings"
            : "warnings cover the \(entries == 1 ? "entry" : "\(entries) entries") that loaded"
        let overlaps = overlapsSkipped ? "; --overlaps needs a knowledge base without errors" : ""
        return "\(Format.count(errors, "error")), \(warned) (\(cover)\(overlaps))"
    }
}
