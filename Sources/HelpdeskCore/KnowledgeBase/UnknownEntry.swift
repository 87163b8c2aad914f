/// An id typed by hand (`helpdesk show`, `--context`) that names no entry: one line with the text echoed redacted, every
/// id like it, and where the ids are listed.
public struct UnknownEntry: Error, Equatable, CustomStringConvertible {
    /// What was typed, as typed.
    public let typed: String
    /// The ids like it (`KnowledgeBase.ids(like:)`), for "did you mean".
    public let like: [String]
    /// What was typed, redacted as a question is: by the matcher's redactor (`Matcher.redactor`, the one
    /// `Redactor(knowledgeBase:vocabulary:)` builds), which redacts a given name of the KB's `given_names` that a plain
    /// redactor keeps, and keeps a word of the KB's own ("Charles", of "charles schwab") that `ask` keeps.
    private let redacted: String

    /// `typed`, the ids of `matcher`'s knowledge base like it, and `typed` redacted by `matcher.redactor`.
    public init(typed: String, in matcher: Matcher) {
        self.typed = typed
        like = matcher.knowledgeBase.ids(like: typed)
        redacted = matcher.redactor.redact(typed)
    }

    /// The characters of a long id the message shows (a 100,000-character id was a line of 100 KB).
    static let shownLength = 60

    public var description: String {
        // `helpdesk show ""` read "no entry ''".
        guard !typed.trimmingWhitespace().isEmpty else { return "no entry id given ('helpdesk topics' lists them)" }
        let hint = like.isEmpty ? "" : "; did you mean " + like.map { "'\($0)'" }.joined(separator: ", ") + "?"
        return "no entry '\(shown)'\(hint) ('helpdesk topics' lists them)"
    }

    /// What was typed as a message quotes it: redacted first (`redacted`), so that the cut never leaves part of a number
    /// unrecognised, then cut to `shownLength` characters so that the line stays short.
    public var shown: String {
        redacted.count > Self.shownLength ? redacted.prefix(Self.shownLength) + "…" : redacted
    }
}
