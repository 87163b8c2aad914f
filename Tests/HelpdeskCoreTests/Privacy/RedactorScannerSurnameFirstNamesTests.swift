import XCTest
@testable import HelpdeskCore

/// A name written surname first ("Reed, Tamsin") at a line's start or after a label's `:` is redacted whole; an
/// English word before a comma and a name ("Sorry, Dana") addresses someone and is kept.
final class RedactorScannerSurnameFirstNamesTests: XCTestCase {
    private let redactor = Redactor().finding(namesIn: NameContexts(
        introductions: [], signOffs: [], headerLabels: [], knownWords: ["monday", "drake", "lacerte", "hi", "france"],
        dictionary: WordList(text: "sorry\nhello\nreed\nwill\ngrant\nsmith\naccess\nyes\n"),
        givenNames: GivenNames(list: WordList(text: "dana\njose\n"), commonWordNames: ["reed", "will", "grant", "austin", "paris"])))

    func testNamesWrittenSurnameFirstAreRedacted() {
        assertRedacts([
            ("Reed, Tamsin cant get into e-services", "[NAME] cant get into e-services"),
            ("Contact: Reed, Tamsin", "Contact: [NAME]"),
            ("Reed, Tamsin J. called twice", "[NAME] called twice"),
            ("Reed, Tamsin J", "[NAME]"),
            ("ticket 4411\nNguyen, Linh locked out", "ticket 4411\n[NAME] locked out"),
            ("Álvarez, José cant sign in", "[NAME] cant sign in"),
            ("Requester:  Okafor, Tamsin", "Requester:  [NAME]"),
            // An English surname before a listed given name, after a `:` or with a middle initial.
            ("Contact: Smith, Dana", "Contact: [NAME]"),
            ("Smith, Dana J. is locked out", "[NAME] is locked out"),
        ], with: redactor)
    }

    func testOtherCommaPairsAreKept() {
        assertKeeps([
            "Sorry, Tamsin cant get in", "Hello, Tamsin", "Yes, Okafor", "Monday, Tamsin", "Drake, Lacerte both fail",
            "Will, Grant access", "Reed, Smith", "the client Reed, Tamsin", "Reed,Tamsin", "Hi, Tamsin",
            // Places: a US state, or a country the knowledge base lists.
            "Austin, Texas office cant log in", "Boise, Idaho", "Paris, France trip",
        ], with: redactor)
        // A given name after an English word that opens a sentence is redacted alone.
        assertRedacts([("Sorry, Dana cant get in", "Sorry, [NAME] cant get in")], with: redactor)
        // "I" and "A" are no initials without their dot.
        assertRedacts([("Reed, Tamsin I think", "[NAME] I think"), ("Reed, Tamsin A. Lee", "[NAME] Lee")], with: redactor)
    }

    func testARedactorWithoutTheDictionaryRedactsNone() {
        assertKeeps(["Reed, Tamsin cant get into e-services"], with: Redactor())
    }
}
