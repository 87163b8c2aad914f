@testable import HelpdeskCore

/// A small crafted knowledge base for decision tests: three clear topics, two near-identical export entries
/// (a crafted ambiguity) and off-topic phrasings.
enum MatcherFixture {
    static func entry(_ id: String, _ title: String, _ questions: [String]) -> Entry {
        Entry(id: id, title: title, summary: "\(title).", questions: questions)
    }

    static let knowledgeBase: KnowledgeBase = {
        var lexicon = Lexicon()
        lexicon.stopWords = ["the", "a", "my", "to", "i", "is", "do", "of"]
        lexicon.protected = ["mfa"]
        let entries = [
            entry("reset-password", "Reset a forgotten password", [
                "I forgot my password", "reset my password", "how do I reset the password", "password reset please",
                "cannot remember my password", "forgotten password", "my password does not work anymore",
                "I need a new password", "password expired", "locked out after a wrong password",
            ]),
            entry("new-phone", "Codes on a new phone", [
                "I got a new phone and need the code", "lost my phone cannot get the code",
                "verification code not arriving on my new phone", "phone stolen need a code",
                "new phone number no codes", "mfa codes stopped after I changed phones", "my phone broke where are my codes",
                "switched phones and the authenticator is empty", "no text message with the code",
            ]),
            entry("office-hours", "Office opening hours", [
                "what are your opening hours", "when is the office open", "office hours", "are you open on saturday",
                "what time do you close", "holiday opening times", "is the office open today", "opening times on weekdays",
            ]),
            entry("export-csv", "Export the client list as csv", [
                "export the client list", "export client list to csv", "download the client list as csv",
                "save the client list as csv", "client list export csv", "get the client list out as csv",
            ]),
            entry("export-pdf", "Export the client list as pdf", [
                "export the client list", "export client list to pdf", "download the client list as pdf",
                "save the client list as pdf", "client list export pdf", "get the client list out as pdf",
            ]),
        ]
        return KnowledgeBase(entries: entries, outOfScope: [
            "recipe for banana bread", "what is the weather today", "tell me a joke", "book a flight to chicago",
            "who won the game last night", "play some music", "how many ounces in a pound", "translate this into french",
        ], lexicon: lexicon)
    }()

    /// Trained once for all tests that use the default settings.
    static let matcher = Matcher(knowledgeBase: knowledgeBase, cache: nil)

    static func matcher(answerThreshold: Double? = nil, clarifyMargin: Double? = nil) -> Matcher {
        var settings = knowledgeBase.settings
        if let answerThreshold { settings.answerThreshold = answerThreshold }
        if let clarifyMargin { settings.clarifyMargin = clarifyMargin }
        return Matcher(knowledgeBase: knowledgeBase, settings: settings, cache: nil)
    }
}
