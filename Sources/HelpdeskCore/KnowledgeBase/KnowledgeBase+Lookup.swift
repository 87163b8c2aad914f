extension KnowledgeBase {
    /// The entry a person means by an id typed by hand: the id in any case, with spaces or underscores for its
    /// hyphens (":show mfa recovery", ":show MFA_Recovery"); nil when no entry has it.
    public func entry(typed: String) -> Entry? {
        entry(id: typed) ?? entry(id: Self.idKey(typed))
    }

    /// The entries that words typed by hand name (`helpdesk show`'s arguments): all of them as one id ("mfa recovery"),
    /// or, when together they name no entry, each word as an id of its own ("contact-irs which-irs-tools"); nil when
    /// neither reading names entries (`unknownID(typed:)` is then the id an error names).
    public func entries(typed words: [String]) -> [Entry]? {
        if let entry = entry(typed: words.joined(separator: " ")) { return [entry] }
        let apart = words.map { entry(typed: $0) }
        return words.count > 1 && apart.allSatisfy({ $0 != nil }) ? apart.compactMap { $0 } : nil
    }

    /// The id to name when `words` name no entry (`entries(typed:)` is nil): the first word that is no id while others
    /// are, or else all of them as one id.
    public func unknownID(typed words: [String]) -> String {
        let joined = words.joined(separator: " ")
        let apart = words.map { entry(typed: $0) }
        guard apart.contains(where: { $0 != nil }) else { return joined }
        return zip(words, apart).first { $0.1 == nil }?.0 ?? joined
    }

    /// The ids that hold what was typed, or that it holds, or whose words start with each of its words, for a "did
    /// you mean" hint (":show reset" gives reset-idme-password and reset-email-not-received, "reset password"
    /// reset-idme-password); when none does, those within two edits of it, closest first ("mfa-recovry":
    /// mfa-recovery), for text of five characters or more; none for text of fewer than three letters or digits.
    public func ids(like typed: String) -> [String] {
        let key = Self.idKey(typed)
        guard key.filter({ $0.isLetter || $0.isNumber }).count >= 3 else { return [] }
        let words = key.split(separator: "-")
        let like = entries.map(\.id).filter { id in
            let idWords = id.split(separator: "-")
            return id.contains(key) || key.contains(id) || words.allSatisfy { word in idWords.contains { $0.hasPrefix(word) } }
        }
        return like.isEmpty ? ids(withinEditsOf: key) : like
    }

    /// Most edits a mistyped id may hold to be suggested.
    static let maximumEdits = 2

    /// The ids within `maximumEdits` edits of `key`, closest first; none for a key under five characters.
    private func ids(withinEditsOf key: String) -> [String] {
        let typed = Array(key.utf8)
        guard typed.count >= 5 else { return [] }
        return entries.map(\.id)
            .map { (id: $0, edits: EditDistance.between(Array($0.utf8), typed, limit: Self.maximumEdits)) }
            .filter { $0.edits <= Self.maximumEdits }
            .sorted { $0.edits < $1.edits }
            .map(\.id)
    }

    /// Text typed for an id written as ids are: lowercase, its words (split at white space, underscores and
    /// hyphens) joined by one hyphen.
    private static func idKey(_ typed: String) -> String {
        typed.lowercased().split { $0.isWhitespace || $0 == "_" || $0 == "-" }.joined(separator: "-")
    }
}
