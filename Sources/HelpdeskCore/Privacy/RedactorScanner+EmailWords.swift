/// The words `spelledEmails()` reads around an `at`: mail providers, which make `jane at gmail` an address without a
/// dot-com; top-level domains, the only labels a loosely written dot (` . `, ` period `) may lead to; and the
/// ordinary words that stand before "at gmail" in a sentence ("look at gmail", "signed in at outlook.com"): the
/// lexicon's `mail_providers`, `top_level_domains` and `ordinary_words_before_at` (`RedactionWords`).
extension RedactorScanner {
    /// Whether the domain label at `label` names a mail provider: `gmail`, `yahoo`, `outlook`, `hotmail`, `aol`,
    /// `icloud`...
    func isMailProvider(_ label: Range<Int>) -> Bool {
        words.mailProviders.contains { $0.utf8.count == label.count && hasWord($0, at: label.lowerBound) }
    }

    /// Whether the label at `label` is a common top-level domain: `com`, `net`, `org`, `edu`, `gov`, `us`...
    func isTopLevelDomain(_ label: Range<Int>) -> Bool {
        words.topLevelDomains.contains { $0.utf8.count == label.count && hasWord($0, at: label.lowerBound) }
    }

    /// Whether `word` (lowercase) is an ordinary word that stands before "at" in a sentence rather than a mailbox's
    /// name: pronouns, links, particles, and the verbs and nouns of signing in and mail ("look at gmail", "logged in
    /// at yahoo", "my inbox at gmail.com").
    func isOrdinaryWordBeforeAt(_ word: [UInt8]) -> Bool {
        words.ordinaryWordsBeforeAt.contains { word.elementsEqual($0.utf8) }
    }
}
