/// A label of `eval`'s CSV that names no entry of the knowledge base evaluated: its rows cannot be answered right, so
/// it is a warning on stderr, with the ids like it, as `helpdesk show` suggests them (`KnowledgeBase.ids(like:)`), or
/// else those within two edits of it ("reset-idme-pasword": reset-idme-password).
public struct UnknownLabel: Sendable, Equatable, CustomStringConvertible {
    public let label: String
    /// The ids suggested, at most `maximumSuggestions`.
    public let like: [String]

    static let maximumSuggestions = 3
    static let maximumEdits = 2

    /// `label` as the CSV gives it; it is shown redacted by `redactor` (the knowledge base's, in `eval`).
    public init(_ label: String, in knowledgeBase: KnowledgeBase, redactor: Redactor = Redactor()) {
        self.label = redactor.redact(label)
        let like = knowledgeBase.ids(like: label)
        self.like = Array((like.isEmpty ? Self.closeIDs(to: label, in: knowledgeBase) : like).prefix(Self.maximumSuggestions))
    }

    /// The ids within `maximumEdits` edits of `label` (lowercased), closest first; none for a label under 5 characters.
    static func closeIDs(to label: String, in knowledgeBase: KnowledgeBase) -> [String] {
        let typed = Array(label.lowercased().utf8)
        guard typed.count >= 5 else { return [] }
        return knowledgeBase.entries.map(\.id)
            .map { (id: $0, edits: EditDistance.between(Array($0.utf8), typed, limit: maximumEdits)) }
            .filter { $0.edits <= maximumEdits }
            .sorted { $0.edits < $1.edits }
            .map(\.id)
    }

    /// "label 'reset-idme-pasword' names no entry of the knowledge base; did you mean 'reset-idme-password'? (its rows
    /// cannot be answered right)".
    public var description: String {
        let hint = like.isEmpty ? "" : "; did you mean " + like.map { "'\($0)'" }.joined(separator: ", ") + "?"
        return "label '\(label)' names no entry of the knowledge base\(hint) (its rows cannot be answered right)"
    }
}
