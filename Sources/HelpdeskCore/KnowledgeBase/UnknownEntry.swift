/// An id typed by hand (`helpdesk show`, `--context`) that names no entry: one line with the text echoed redacted, every
/// id like it, and where the ids are listed.
public struct UnknownEntry: Error, Equatable, CustomStringConvertible {
    /// What was typed, as typed.
    public let typed: String
    /// The ids like it (`KnowledgeBase.ids(like:)`), for "did you mean".
    public let like: [String]

    public init(typed: String, in knowledgeBase: KnowledgeBase) {
        self.typed = typed
        like = knowledgeBase.ids(like: typed)
    }

    public var description: String {
        // `helpdesk show ""` read "no entry ''".
        guard !typed.trimmingWhitespace().isEmpty else { return "no entry id given ('helpdesk topics' lists them)" }
        let hint = like.isEmpty ? "" : "; did you mean " + like.map { "'\($0)'" }.joined(separator: ", ") + "?"
        return "no entry '\(Redactor().redact(typed))'\(hint) ('helpdesk topics' lists them)"
    }
}
