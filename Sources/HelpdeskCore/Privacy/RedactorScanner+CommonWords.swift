/// Words a sentence says after `username is` or `login:` rather than a user name: "my username is wrong", "login is
/// broken", "USERNAME: UNKNOWN". `plainUserNameEnd(from:link:login:)` keeps a word that is one of these, one of the
/// words that say how a password is (`stateWords`) or one that carries a sentence on (`sentenceWords`); the scanners
/// of passwords, answers and names keep one of the knowledge base's own words too (`isCommonOrKnownWord(_:)`).
extension RedactorScanner {
    /// Whether the letters at `range` (any case) make a common word.
    func isCommonWord(_ range: Range<Int>) -> Bool {
        guard range.count <= 14 else { return false }
        let word = String(decoding: bytes[range].map(lower), as: UTF8.self)
        return words.commonWords.contains(word) || words.stateWords.contains(word) || words.sentenceWords.contains(word)
    }

    /// Whether the letters at `range` make a common word (`isCommonWord(_:)`) or one of the knowledge base's own
    /// (`NameContexts.Lists.isKnown(_:)`: months, products, its texts' words): no password, answer or name alone.
    func isCommonOrKnownWord(_ range: Range<Int>) -> Bool {
        isCommonWord(range) || contexts.lists?.isKnown(lowercased(range)) == true
    }
}
