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

    /// The characters of a long id the message shows (a 100,000-character id was a line of 100 KB).
    static let shownLength = 60

    public var description: String {
        // `helpdesk show ""` read "no entry ''".
        guard !typed.trimmingWhitespace().isEmpty else { return "no entry id given ('helpdesk topics' lists them)" }
        let hint = like.isEmpty ? "" : "; did you mean " + like.map { "'\($0)'" }.joined(separator: ", ") + "?"
        return "no entry '\(shown)'\(hint) ('helpdesk topics' lists them)"
    }

    /// What was typed as a message quotes it: redacted first, so that the cut never leaves part of a number
    /// unrecognised, then cut to `shownLength` characters so that the line stays short.
    public var shown: String {
        let redacted = Redactor().redact(typed)
        return redacted.count > Self.shownLength ? redacted.prefix(Self.shownLength) + "…" : redacted
    }
}
