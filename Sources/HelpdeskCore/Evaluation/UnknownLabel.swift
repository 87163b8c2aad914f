/// A label of `eval`'s CSV that names no entry of the knowledge base evaluated: its rows cannot be answered right, so
/// it is a warning on stderr, with the ids like it, as `helpdesk show` suggests them (`KnowledgeBase.ids(like:)`: ids
/// holding it, or within two edits of it: "reset-idme-pasword" is reset-idme-password).
public struct UnknownLabel: Sendable, Equatable, CustomStringConvertible {
    public let label: String
    /// The ids suggested, at most `maximumSuggestions`.
    public let like: [String]

    static let maximumSuggestions = 3

    /// `label` as the CSV gives it; it is shown redacted by `redactor` (the knowledge base's, in `eval`).
    public init(_ label: String, in knowledgeBase: KnowledgeBase, redactor: Redactor = Redactor()) {
        self.label = redactor.redact(label)
        like = Array(knowledgeBase.ids(like: label).prefix(Self.maximumSuggestions))
    }

    /// "label 'reset-idme-pasword' names no entry of the knowledge base; did you mean 'reset-idme-password'? (its rows
    /// cannot be answered right)".
    public var description: String {
        let hint = like.isEmpty ? "" : "; did you mean " + like.map { "'\($0)'" }.joined(separator: ", ") + "?"
        return "label '\(label)' names no entry of the knowledge base\(hint) (its rows cannot be answered right)"
    }
}
