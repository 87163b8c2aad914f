/// The word lists the scanners read (labels, link words, street and state words, common words), from the knowledge
/// base's `redaction` lists (`RedactionWords`).
extension Redactor {
    /// This redactor reading `words` (`Lexicon.redactionWords`; `Matcher.redactor`). Nil, or without this call, it
    /// reads the shipped knowledge base's (`RedactionWords.standard`).
    public func knowing(redactionWords words: RedactionWords?) -> Redactor {
        var redactor = self
        redactor.names = names.with(words: words)
        return redactor
    }
}
