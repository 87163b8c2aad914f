/// Words a sentence says after `username is` or `login:` rather than a user name: "my username is wrong", "login is
/// broken", "USERNAME: UNKNOWN". `plainUserNameEnd(from:link:login:)` keeps a word that is one of these, one of the
/// words that say how a password is (`stateWords`) or one that carries a sentence on (`sentenceWords`).
extension RedactorScanner {
    /// Whether the letters at `range` (any case) make a common word.
    func isCommonWord(_ range: Range<Int>) -> Bool {
        guard range.count <= 14 else { return false }
        let word = String(decoding: bytes[range].map(lower), as: UTF8.self)
        return Self.commonWords.contains(word) || Self.stateWords.contains(word) || Self.sentenceWords.contains(word)
    }

    private static let commonWords: Set<String> = [
        // How a user name or login is.
        "unknown", "broken", "taken", "unavailable", "available", "active", "inactive", "valid", "unrecognized",
        "unrecognised", "sensitive", "insensitive", "required", "optional", "same", "similar", "different", "other",
        "another", "wrongly", "gone", "deleted", "removed", "changed", "stuck", "frozen", "slow", "down", "fixed",
        "ready", "pending", "denied", "declined", "unsuccessful", "successful", "complete", "incomplete", "unclear",
        "confusing", "weird", "strange", "odd", "unusual", "normal", "usual", "standard", "default", "generic",
        "shared", "personal", "official", "primary", "secondary", "main", "real", "actual", "full", "first", "last",
        "second", "third", "next", "previous", "current", "original", "existing", "registered", "verified",
        "unverified", "confirmed", "unconfirmed", "known", "forgot", "forget", "forgetting", "remembered",
        "unable", "able", "impossible", "possible", "too", "also", "either", "neither", "both", "whatever",
        // What it may be said to be.
        "email", "mail", "address", "name", "names", "username", "usernames", "login", "logins", "password", "passwords",
        "account", "accounts", "id", "ids", "number", "phone", "ssn", "ein", "ptin", "code", "codes", "pin",
        "something", "anything", "everything", "nothing", "someone", "anyone", "everyone", "mine", "hers", "his",
        "ours", "theirs", "yours", "what", "where", "which", "whose", "how", "why", "here", "there", "above",
        "below", "attached", "listed", "shown", "displayed", "printed", "written", "spelled", "spelt", "typed",
        "entered", "case", "lowercase", "uppercase", "caps", "spaces", "admin", "administrator", "guest", "test",
        "user", "users", "staff", "client", "firm", "office", "preparer", "irs", "idme", "efile", "eservices",
        "portal", "site", "website", "page", "screen", "system", "software", "app", "question", "problem",
        "issue", "error", "message", "wrong", "right", "correct", "incorrect", "invalid", "expired", "locked",
        // Verbs and their forms said of a login.
        "work", "not", "broke", "breaks", "fail", "fails", "failing", "failed", "lock", "locks", "locking",
        "reset", "resetting", "change", "changing", "update", "updating", "updated", "recover", "recovered",
        "recovering", "retrieve", "retrieved", "find", "found", "finding", "lost", "missing", "blank", "empty",
        "accept", "accepts", "accepted", "reject", "rejects", "rejected", "recognize", "recognizes", "recognise",
        "show", "shows", "showing", "appear", "appears", "appearing", "display", "displays", "load",
        "loads", "loading", "loop", "loops", "looping", "hang", "hangs", "hanging", "timeout", "timing", "ok",
        "okay", "fine", "good", "bad", "great", "terrible", "useless", "disabled", "enabled", "suspended",
        "blocked", "unblocked", "compromised", "hacked", "stolen", "needed", "needs", "need", "asking", "asks",
        "asked", "prompting", "prompts", "requires", "requiring", "says", "said", "saying", "reads", "read",
        "done", "finished", "started", "starting", "begins", "beginning", "ending", "ends", "ended",
        "set", "setup", "set-up", "configured", "linked", "unlinked", "connected", "disconnected",
        "refused", "unsupported", "supported", "allowed", "disallowed", "up",
        "offline", "online", "outdated", "old", "new", "newer", "older", "temporary", "permanent", "long",
        "short", "weak", "strong", "simple", "easy", "hard", "difficult", "complicated", "secure", "insecure",
        "probably", "maybe", "perhaps", "possibly", "apparently", "definitely", "certainly", "supposed",
        "mixed", "swapped", "reversed", "duplicated", "duplicate", "unique", "private", "public", "hidden",
        "visible", "greyed", "grayed", "gray", "grey", "red", "mandatory", "please", "thanks",
    ]
}
