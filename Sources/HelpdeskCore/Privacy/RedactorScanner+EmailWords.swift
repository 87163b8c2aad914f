/// The words `spelledEmails()` reads around an `at`: mail providers, which make `jane at gmail` an address without a
/// dot-com; top-level domains, the only labels a loosely written dot (` . `, ` period `) may lead to; and the
/// ordinary words that stand before "at gmail" in a sentence ("look at gmail", "signed in at outlook.com").
extension RedactorScanner {
    /// Whether the domain label at `label` names a mail provider: `gmail`, `yahoo`, `outlook`, `hotmail`, `aol`,
    /// `icloud`...
    func isMailProvider(_ label: Range<Int>) -> Bool {
        Self.mailProviders.contains { $0.utf8.count == label.count && hasWord($0, at: label.lowerBound) }
    }

    private static let mailProviders = [
        "gmail", "googlemail", "yahoo", "ymail", "outlook", "hotmail", "aol", "icloud", "msn", "protonmail",
    ]

    /// Whether the label at `label` is a common top-level domain: `com`, `net`, `org`, `edu`, `gov`, `us`...
    func isTopLevelDomain(_ label: Range<Int>) -> Bool {
        Self.topLevelDomains.contains { $0.utf8.count == label.count && hasWord($0, at: label.lowerBound) }
    }

    private static let topLevelDomains = [
        "com", "net", "org", "edu", "gov", "us", "io", "co", "biz", "info", "me", "mil", "ca", "uk",
    ]

    /// Whether `word` (lowercase) is an ordinary word that stands before "at" in a sentence rather than a mailbox's
    /// name: pronouns, links, particles, and the verbs and nouns of signing in and mail ("look at gmail", "logged in
    /// at yahoo", "my inbox at gmail.com").
    func isOrdinaryWordBeforeAt(_ word: [UInt8]) -> Bool {
        Self.ordinaryWordsBeforeAt.contains { word.elementsEqual($0.utf8) }
    }

    private static let ordinaryWordsBeforeAt = [
        // Pronouns, links and particles.
        "i", "me", "you", "he", "him", "she", "her", "we", "us", "they", "them", "it", "its", "it's", "i'm", "im",
        "someone", "somebody", "anyone", "everyone", "nobody", "is", "was", "are", "were", "be", "been", "am", "in",
        "on", "up", "out", "off", "back", "over", "there", "here", "again", "now", "then", "also", "just", "only",
        "still", "even", "not", "and", "or", "but", "so", "too", "directly", "online", "already", "both", "all", "one",
        "that", "this", "what", "where", "which", "who", "else", "as", "well", "either", "instead", "first", "later",
        // Verbs of looking, signing in and mailing.
        "look", "looks", "looked", "looking", "check", "checks", "checked", "checking", "log", "logs", "logged",
        "logging", "login", "logon", "sign", "signs", "signed", "signing", "signin", "work", "works", "worked",
        "working", "stuck", "arrive", "arrived", "arrives", "got", "get", "gets", "getting", "received", "receive",
        "sent", "send", "sends", "emailed", "mailed", "reply", "replied", "write", "wrote", "registered", "register",
        "created", "create", "opened", "open", "searched", "search", "tried", "try", "trying", "go", "went", "going",
        "stay", "stayed", "live", "lives", "happen", "happens", "happened", "fails", "failed", "fail", "blocked",
        "locked", "reset", "changed", "change", "set", "saved", "forwarded", "forward", "goes", "lands",
        "landed", "shows", "showed", "appears", "appeared", "use", "used", "uses", "using", "click", "clicked",
        // Nouns of accounts and mail.
        "account", "accounts", "address", "addresses", "inbox", "email", "emails", "mail", "mailbox", "password",
        "passwords", "folder", "box", "error", "errors", "issue", "issues", "problem", "problems", "trouble", "support",
        "team", "help", "page", "settings", "link", "links", "message", "messages", "spam", "junk", "security", "code",
        "codes", "user", "users", "person", "people", "staff", "client", "clients", "customer", "customers", "mine",
        "hers", "his", "ours", "theirs", "yours", "one's", "logins", "wife", "husband", "spouse", "partner", "son",
        "daughter", "mom", "dad", "friend", "boss", "colleague", "coworker", "assistant", "manager", "preparer", "profile", "app", "site", "website",
        "web", "browser", "phone", "time", "times", "once", "twice", "today", "yesterday", "morning", "night",
    ]
}
