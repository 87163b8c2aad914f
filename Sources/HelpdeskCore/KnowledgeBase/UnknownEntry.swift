/// An id typed by hand (`helpdesk show`, `--context`) that names no entry: one line with the text echoed redacted, every
/// id like it, and where the ids are listed.
public struct UnknownEntry: Error, Equatable, CustomStringConvertible {
    /// What was typed, as typed.
    public let typed: String
    /// The ids like it (`KnowledgeBase.ids(like:)`), for "did you mean".
    public let like: [String]
    /// What was typed, redacted with the knowledge base's lists (`Redactor(knowledgeBase:vocabulary:)`: a given name
    /// of its `given_names` too, which a plain redactor keeps).
    private let redacted: String

    public init(typed: String, in knowledgeBase: KnowledgeBase) {
        self.typed = typed
        like = knowledgeBase.ids(like: typed)
        redacted = Redactor(knowledgeBase: knowledgeBase, vocabulary: nil).redact(typed)
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
