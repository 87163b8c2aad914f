import XCTest
@testable import HelpdeskCore

/// Two or three capitalized words opening a sentence before a lowercase word, or after a lead-in ("spoke with"), none
/// English (but a first listed given name or leading surname), common or the knowledge base's, are a name; in
/// lowercase, a listed given name and a word neither common nor the knowledge base's; products, places, English words,
/// a word alone and words mid-sentence without a lead-in are kept.
final class RedactorScannerUnknownNamePairsTests: XCTestCase {
    private let redactor = Redactor().finding(namesIn: NameContexts(
        introductions: [], signOffs: [], headerLabels: [], knownWords: ["microsoft", "google", "authenticator", "access", "reset", "trusted", "tax", "pro"],
        dictionary: WordList(text: "trusted\nreferee\nvoice\ngrant\naccess\nreset\n"),
        givenNames: GivenNames(list: WordList(text: "dana\ngiselle\nmaria\n"), commonWordNames: ["will", "may"])))

    /// "Giselle Durand can't get her code" was kept: "Giselle" is no listed given name.
    func testUnknownWordsOpeningASentenceAreAName() {
        assertRedacts([
            ("Giselle Durand can't get her code", "[NAME] can't get her code"),
            ("locked out. Kim Nguyen says the code never came", "locked out. [NAME] says the code never came"),
            ("Ngozi Adaeze Okonkwo cannot log in", "[NAME] cannot log in"),
            ("Hi!\nXochitl Ramírez is locked out", "Hi!\n[NAME] is locked out"),
            // In lowercase, a listed given name and a surname, neither common nor the knowledge base's.
            ("giselle durand can't log in", "[NAME] can't log in"),
            ("locked. giselle durand is stuck", "locked. [NAME] is stuck"),
            ("dana smith cant log in", "[NAME] cant log in"),
        ], with: redactor)
        assertKeeps(["giselle can't log in", "giselle durand", "giselle reset the code", "will smith cant log in",
                     "reset giselle durand now", "giselle trusted it", "xochitl durand cant log in"], with: redactor)
    }

    func testProductsPlacesAndOtherWordsAreKept() {
        assertKeeps([
            "Microsoft Authenticator shows no code", "Google Voice number fails", "Trusted Referee said no",
            "Will Grant access work", "May I reset it", "Xochitl can't log in", "I told Xochitl Durand",
            "Xochitl Durand", "Xochitl Durand Trusted", "Login.gov Durand fails", "TDS Durand fails",
        ], with: redactor)
        assertKeeps(["Xochitl Durand can't get her code"], with: Redactor().finding(namesIn: NameContexts(
            introductions: [], signOffs: [], headerLabels: [], knownWords: [],
            givenNames: GivenNames(list: WordList(text: "dana\n"), commonWordNames: []))))
    }

    /// The shipped lists: the brief's names, and the words staff type around them.
    func testTheShippedMatcherRedactsUnlabeledNames() throws {
        let redactor = try ShippedMatcher.get().redactor
        for (input, expected) in [
            ("Giselle Durand can't get her code", "[NAME] can't get her code"),
            ("Tamsin Reed locked out", "[NAME] locked out"),
            ("giselle durand can't log in", "[NAME] can't log in"),
            ("please reset it", "please reset it"),
            ("Trusted Referee said no", "Trusted Referee said no"),
            ("Microsoft Authenticator shows no code", "Microsoft Authenticator shows no code"),
            ("Google Voice number fails", "Google Voice number fails"),
            ("Will Grant access to e-Services", "Will Grant access to e-Services"),
            ("Will the link expire", "Will the link expire"),
            ("May I reset it", "May I reset it"),
            ("Login.gov or Google Voice", "Login.gov or Google Voice"),
            // The shapes an outside test found written out: a pair whose given name is no listed one, a family name
            // written first, a hyphenated surname, a lowercase listed given name, a pair after a lead-in.
            ("Tran Nguyen is locked out", "[NAME] is locked out"),
            ("Xiomara Quintanilla-Oyelaran is locked out of idme", "[NAME] is locked out of idme"),
            ("Wang Xiuying forgot her password", "[NAME] forgot her password"),
            ("john smith forgot password", "[NAME] forgot password"),
            ("Ticket from Kateryna Shevchenko: cant verify identity", "Ticket from [NAME]: cant verify identity"),
            ("Calling on behalf of Kwabena Mensah, she is locked out", "Calling on behalf of [NAME], she is locked out"),
            ("Password reset for Mthunzi Dlamini please", "Password reset for [NAME] please"),
            // Capitalized words that are no name: dictionary, common, the knowledge base's, products and places.
            ("Tax Pro Account is down", "Tax Pro Account is down"),
            ("Google Authenticator stopped", "Google Authenticator stopped"),
            ("Outlook Express wont open", "Outlook Express wont open"),
            ("New York office is locked out", "New York office is locked out"),
            ("Please help me", "Please help me"),
            ("Chase Bank sent a code", "Chase Bank sent a code"),
            ("will reset it", "will reset it"),
            ("grace period is over", "grace period is over"),
            ("mark it done", "mark it done"),
            ("Ticket from Help Desk: cant verify identity", "Ticket from Help Desk: cant verify identity"),
            ("Spoke with Tier Two about it", "Spoke with Tier Two about it"),
            ("Park Avenue office is down", "Park Avenue office is down"),
        ] {
            XCTAssertEqual(redactor.redact(input), expected, input)
        }
    }
}

extension RedactorScannerUnknownNamePairsTests {
    /// After a lead-in (`name_lead_ins`), two capitalized words with any end are a name; without one, mid-sentence,
    /// they are kept.
    func testAPairAfterALeadInIsAName() {
        assertRedacts([
            ("Ticket from Xochitl Durand: cant verify", "Ticket from [NAME]: cant verify"),
            ("spoke with Xochitl Durand.", "spoke with [NAME]."),
            ("on behalf of Xochitl Durand, locked out", "on behalf of [NAME], locked out"),
            ("reset for Xochitl Durand", "reset for [NAME]"),
        ], with: redactor)
        assertKeeps(["told Xochitl Durand", "reset for Tax Pro", "from Trusted Referee", "wherefrom Xochitl Durand"],
                    with: redactor)
    }

    /// A first word that is a listed given name or a leading surname may be English; the word after it may not.
    func testALeadingSurnameMayBeEnglish() {
        let words = RedactionWords(lists: ["leading_surnames": ["tran", "park"]])
        let redactor = Redactor().knowing(redactionWords: words).finding(namesIn: NameContexts(
            introductions: [], signOffs: [], headerLabels: [], knownWords: [],
            dictionary: WordList(text: "tran\npark\navenue\nmaria\n"),
            givenNames: GivenNames(list: WordList(text: "maria\n"), commonWordNames: [])))
        assertRedacts([
            ("Tran Nguyen is locked out", "[NAME] is locked out"),
            ("Maria Xochitl is locked out", "[NAME] is locked out"),
        ], with: redactor)
        assertKeeps(["Park Avenue is closed", "Nguyen Tran is locked out"], with: redactor)
    }
}
