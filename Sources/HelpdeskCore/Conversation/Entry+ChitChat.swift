extension Entry {
    /// Small talk (hello, thanks, goodbye, "what can you do"): `kind: smalltalk` in the knowledge base. Never counted
    /// as a problem of its own in a longer paste, and never made the topic that follow-ups refer to.
    public var isChitChat: Bool { kind == .smalltalk }
}
