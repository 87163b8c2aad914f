extension KnowledgeBase {
    /// The entry a person means by an id typed by hand: the id in any case, with spaces or underscores for its
    /// hyphens (":show mfa recovery", ":show MFA_Recovery"); nil when no entry has it.
    public func entry(typed: String) -> Entry? {
        entry(id: typed) ?? entry(id: Self.idKey(typed))
    }

    /// The ids that hold what was typed, or that it holds, or whose words start with each of its words, for a "did
    /// you mean" hint (":show reset" gives reset-idme-password and reset-email-not-received, "reset password"
    /// reset-idme-password); none for text of fewer than three letters or digits.
    public func ids(like typed: String) -> [String] {
        let key = Self.idKey(typed)
        guard key.filter({ $0.isLetter || $0.isNumber }).count >= 3 else { return [] }
        let words = key.split(separator: "-")
        return entries.map(\.id).filter { id in
            let idWords = id.split(separator: "-")
            return id.contains(key) || key.contains(id) || words.allSatisfy { word in idWords.contains { $0.hasPrefix(word) } }
        }
    }

    /// Text typed for an id written as ids are: lowercase, its words (split at white space, underscores and
    /// hyphens) joined by one hyphen.
    private static func idKey(_ typed: String) -> String {
        typed.lowercased().split { $0.isWhitespace || $0 == "_" || $0 == "-" }.joined(separator: "-")
    }
}
