extension KnowledgeBase {
    /// The entry a person means by an id typed by hand: the id in any case, with spaces or underscores for its
    /// hyphens (":show mfa recovery", ":show MFA_Recovery"); nil when no entry has it.
    public func entry(typed: String) -> Entry? {
        let words = typed.lowercased().split { $0 == " " || $0 == "_" || $0 == "-" || $0.isNewline || $0 == "\t" }
        return entry(id: typed) ?? entry(id: words.joined(separator: "-"))
    }

    /// The ids that hold what was typed, or that it holds, for a "did you mean" hint (":show reset" gives
    /// reset-idme-password and reset-email-not-received); none for text of fewer than three letters or digits.
    public func ids(like typed: String) -> [String] {
        let key = typed.lowercased().split { $0 == " " || $0 == "_" || $0 == "-" }.joined(separator: "-")
        guard key.filter({ $0.isLetter || $0.isNumber }).count >= 3 else { return [] }
        return entries.map(\.id).filter { $0.contains(key) || key.contains($0) }
    }
}
