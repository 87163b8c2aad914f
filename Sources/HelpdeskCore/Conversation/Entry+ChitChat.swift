extension Entry {
    /// Small talk (hello, thanks, goodbye, "what can you do"): an entry that names no contact and no escalation.
    /// The knowledge base's content rules make every substantive entry say whom to contact, so this needs no extra field.
    public var isChitChat: Bool { contacts.isEmpty && escalation == nil }
}
