import XCTest
@testable import HelpdeskCore

/// Two or three capitalized words opening a sentence, none English, common or the knowledge base's, before a
/// lowercase word are a name; products, places, English words, a word alone and words mid-sentence are kept.
final class RedactorScannerUnknownNamePairsTests: XCTestCase {
    private let redactor = Redactor().finding(namesIn: NameContexts(
        introductions: [], signOffs: [], headerLabels: [], knownWords: ["microsoft", "google", "authenticator", "access"],
        dictionary: WordList(text: "trusted\nreferee\nvoice\ngrant\naccess\nreset\n"),
        givenNames: GivenNames(list: WordList(text: "dana\ngiselle\nmaria\n"), commonWordNames: ["will", "may"])))

    /// "Giselle Durand can't get her code" was kept: "Giselle" is no listed given name.
    func testUnknownWordsOpeningASentenceAreAName() {
        assertRedacts([
            ("Giselle Durand can't get her code", "[NAME] can't get her code"),
            ("locked out. Kim Nguyen says the code never came", "locked out. [NAME] says the code never came"),
            ("Ngozi Adaeze Okonkwo cannot log in", "[NAME] cannot log in"),
            ("Hi!\nXochitl Ramírez is locked out", "Hi!\n[NAME] is locked out"),
            // In lowercase, a listed given name of five letters or more and a surname, neither English.
            ("giselle durand can't log in", "[NAME] can't log in"),
            ("locked. giselle durand is stuck", "locked. [NAME] is stuck"),
        ], with: redactor)
        assertKeeps(["giselle can't log in", "giselle durand", "giselle reset the code", "dana smith cant log in",
                     "reset giselle durand now", "giselle trusted it"], with: redactor)
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
        ] {
            XCTAssertEqual(redactor.redact(input), expected, input)
        }
    }
}
