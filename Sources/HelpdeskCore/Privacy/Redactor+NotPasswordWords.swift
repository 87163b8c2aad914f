/// Words that follow a password label in a sentence without being the password ("I used the password manager"), from
/// the knowledge base's `not_password_words` (`RedactorScanner.usedPassword(at:)`).
extension Redactor {
    /// This redactor reading the words `words` (any case) after a password label as words of the sentence
    /// (`Lexicon.notPasswordWords`; `Matcher.redactor`). Without them, every word `usedPassword(at:)` finds is redacted.
    public func knowing(notPasswordWords words: some Sequence<String>) -> Redactor {
        var redactor = self
        redactor.notPasswordWords = Set(words.map { $0.lowercased() })
        return redactor
    }
}
