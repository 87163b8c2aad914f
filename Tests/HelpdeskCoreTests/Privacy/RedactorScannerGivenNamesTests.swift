import XCTest
@testable import HelpdeskCore

/// A capitalized given name is a name wherever it stands, with the surname after it; a name that is also an ordinary
/// word, a common word or a knowledge-base word needs that surname; lowercase words, glued words and a redactor without
/// the list redact nothing.
final class RedactorScannerGivenNamesTests: XCTestCase {
    private let names = GivenNames(list: WordList(text: "bob\ncarter\ndana\ndeshawn\nlee\nlinda\nmarcy\nmary\npriya\nwalt\ntom\nsam\n"),
                                   commonWordNames: ["Will", "may", "mark", "grace", "chase"])
    private var redactor: Redactor {
        Redactor().finding(namesIn: NameContexts(introductions: [], signOffs: [], headerLabels: [],
                                                 knownWords: ["monday", "reset", "bank", "sam", "tax", "services"], givenNames: names))
    }

    func testGivenNamesAreRedactedWhereverTheyStand() {
        assertRedacts([
            ("Bob says the code never came", "[NAME] says the code never came"),
            ("Marcy never had id.me before", "[NAME] never had id.me before"),
            ("Walt's login is locked", "[NAME] login is locked"),
            ("can you reset Dana's password", "can you reset [NAME] password"),
            ("Priya Nair can't get in", "[NAME] can't get in"),
            ("Linda J. Cho is locked out", "[NAME] is locked out"),
            ("my coworker DeShawn lost his phone", "my coworker [NAME] lost his phone"),
            ("Mary-Jane forgot her password", "[NAME] forgot her password"),
            ("ask Tom Becker, he knows", "ask [NAME], he knows"),
            ("I told Dana Whitfield's assistant", "I told [NAME] assistant"),
        ], with: redactor)
    }

    /// A name that is also an ordinary word, a common word or one of the knowledge base's counts before a surname only.
    func testCommonWordNamesNeedASurname() {
        assertRedacts([
            ("Mark Lee called about his code", "[NAME] called about his code"),
            ("Will Ortiz is locked out", "[NAME] is locked out"),
            ("May Chen can't verify", "[NAME] can't verify"),
            ("Sam Patel's phone died", "[NAME] phone died"),
        ], with: redactor)
        assertKeeps([
            "May I reset it?", "Will this work?", "Mark it as done", "Grace period for the deadline",
            "Chase Bank sent a code", "Will Reset help", "Sam says hi",
        ], with: redactor)
    }

    /// A name that needs its surname is none before a state's name ("our Austin Texas office" was "our [NAME] office");
    /// a name alone still is.
    func testAPlaceBeforeAStateIsNoName() {
        let places = Redactor().finding(namesIn: NameContexts(
            introductions: [], signOffs: [], headerLabels: [], knownWords: [],
            givenNames: GivenNames(list: WordList(text: "dana\n"), commonWordNames: ["austin", "jordan"])))
        assertKeeps(["our Austin Texas office can't sign in", "the Jordan Utah branch is locked"], with: places)
        assertRedacts([
            ("Austin Reyes can't sign in", "[NAME] can't sign in"),
            ("Dana Texas called", "[NAME] called"),
        ], with: places)
    }

    func testOtherWordsAreKept() {
        assertKeeps([
            "bob says the code never came", "Call BOB about it", "open the Danafiles folder",
            "go to Dana.com", "the Bobcat app", "it's in /Dana/files", "Don't reset it",
        ], with: redactor)
        assertKeeps(["Bob says the code never came"],
                    with: Redactor().finding(namesIn: NameContexts(introductions: [], signOffs: [], headerLabels: [], knownWords: [])))
    }

    /// The surname after a given name is no common word nor one of the knowledge base's; an initial alone is one.
    func testSurnamesAndInitials() {
        assertRedacts([
            ("reset requested for Priya S (phone on file)", "reset requested for [NAME] (phone on file)"),
            ("Dana K. called twice", "[NAME] called twice"),
            ("Bob I think is locked out", "[NAME] I think is locked out"),
        ], with: redactor)
    }

    /// In a text without a lowercase letter, names in capitals count, and a surname only when it is no English word.
    func testNamesInAnAllCapitalsText() {
        let knowing = Redactor().finding(namesIn: NameContexts(
            introductions: [], signOffs: [], headerLabels: [], knownWords: ["reset", "tax"],
            dictionary: WordList(text: "smith\n"), givenNames: names))
        assertRedacts([
            ("BOB SAYS THE CODE NEVER CAME", "[NAME] SAYS THE CODE NEVER CAME"),
            ("PRIYA NAIR CANT GET IN", "[NAME] CANT GET IN"),
            ("WALT'S LOGIN IS LOCKED", "[NAME] LOGIN IS LOCKED"),
            ("MARK LEE CALLED", "[NAME] CALLED"),
            ("DANA SMITH CALLED", "[NAME] SMITH CALLED"),
        ], with: knowing)
        assertKeeps(["MAY I RESET IT?", "WILL THIS WORK?", "MARK IT AS DONE", "WILL RESET HELP", "LEE TAX SERVICES"],
                    with: knowing)
    }

    /// A name with letters beyond ASCII is read whole and looked up without its accents ("José" is "jose"), with a
    /// surname that starts with one ("Álvarez"); before, "José" was kept and "Zoë" cut to "[NAME]ë".
    func testNamesWithLettersBeyondASCII() {
        let accented = Redactor().finding(namesIn: NameContexts(
            introductions: [], signOffs: [], headerLabels: [], knownWords: [],
            givenNames: GivenNames(list: WordList(text: "jose\nzoe\nrene\n"), commonWordNames: [])))
        assertRedacts([
            ("José Álvarez cant sign in", "[NAME] cant sign in"),
            ("my coworker Zoë Ångström is locked out", "my coworker [NAME] is locked out"),
            ("ask René", "ask [NAME]"),
            ("JOSÉ ÁLVAREZ CANT SIGN IN", "[NAME] CANT SIGN IN"),
        ], with: accented)
        assertKeeps(["josé álvarez cant sign in", "the Zoëtrope app", "ÅJose"], with: accented)
    }

    /// An underscore parts the words of a file name or id as a space does: the name in it is found, with its surname.
    func testNamesJoinedByUnderscoresAreRedacted() {
        assertRedacts([
            ("open the Dana_files folder", "open the [NAME]_files folder"),
            (#"C:\Clients\Carter_Marcy\scan.pdf"#, #"C:\Clients\[NAME]\scan.pdf"#),
            ("Priya_Nair_2024.csv won't upload", "[NAME]_2024.csv won't upload"),
            // A surname before the given name, as a file name writes it, goes with it ("Lopez_[NAME]" was left).
            (#"C:\Clients\Lopez_Marcy\scan.pdf"#, #"C:\Clients\[NAME]\scan.pdf"#),
            ("file Smith_Dana_5551234567.csv failed", "file [NAME]_5551234567.csv failed"),
            ("Reset_Dana_2024.pdf", "Reset_[NAME]_2024.pdf"),
            ("x1Smith_Dana_2024.pdf", "x1Smith_[NAME]_2024.pdf"),
        ], with: redactor)
        assertKeeps(["e_file", "w2_form", "MAY_2024 report", "Will_this_work"], with: redactor)
    }

    /// A capitalized word with `'s` before a thing a person owns is a name, listed or not, unless a common word or one
    /// of the knowledge base's: "Tamsin's account is locked" was kept.
    func testPossessiveNamesBeforeAThingAPersonOwnsAreRedacted() {
        let owned = Redactor().finding(namesIn: NameContexts(
            introductions: [], signOffs: [], headerLabels: [], knownWords: ["google", "monday"],
            givenNames: GivenNames(list: WordList(text: "dana\n"), commonWordNames: ["will", "may"],
                                   possessedWords: ["account", "password", "login", "id.me"])))
        assertRedacts([
            ("can you reset Will's account", "can you reset [NAME] account"),
            ("Tamsin's account is locked", "[NAME] account is locked"),
            ("O'Brien's account is locked", "[NAME] account is locked"),
            ("reset Kowalczyk's ID.me please", "reset [NAME] ID.me please"),
            ("Dana's login", "[NAME] login"),
        ], with: owned)
        assertKeeps([
            "Google's account is fine", "Monday's login failed", "Will the link expire", "May I reset it",
            "Tamsin's accountant called", "Tamsin's car", "The account is locked", "TAMSIN'S ACCOUNT IS LOCKED",
            "This's account", "EU's ID.me account is locked", "IRS's login",
        ], with: owned)
    }

    /// A surname whose second letter goes beyond ASCII is a word, not an initial: it was cut after its capital
    /// ("Hans Müller" was written "[NAME]üller").
    func testSurnamesWithALetterBeyondASCIIAfterTheCapitalAreWhole() {
        let accented = Redactor().finding(namesIn: NameContexts(
            introductions: [], signOffs: [], headerLabels: [], knownWords: [],
            givenNames: GivenNames(list: WordList(text: "hans\nbjorn\nrenee\nmia\n"), commonWordNames: [])))
        assertRedacts([
            ("Hans Müller", "[NAME]"),
            ("Björn Müller password reset", "[NAME] password reset"),
            ("Renée Lévêque", "[NAME]"),
            ("Mia Müller-Lüdenscheidt is locked out", "[NAME] is locked out"),
            ("Hans M. Weber called", "[NAME] called"),
            ("ask Hans M", "ask [NAME]"),
        ], with: accented)
    }

    /// A name that needs its surname keeps it when that surname is an English word a knowledge-base word follows: it
    /// reads as a verb and its object ("Will Grant access" was written "[NAME] access").
    func testASurnameThatReadsAsAVerbIsNoSurname() {
        let verbs = Redactor().finding(namesIn: NameContexts(
            introductions: [], signOffs: [], headerLabels: [], knownWords: ["access", "e-services", "reset"],
            dictionary: WordList(text: "grant\naccess\n"),
            givenNames: GivenNames(list: WordList(text: ""), commonWordNames: ["will", "grant"])))
        assertKeeps(["Will Grant access to e-Services", "Will Grant Access to e-Services"], with: verbs)
        assertRedacts([
            ("Will Grant can't sign in", "[NAME] can't sign in"),
            ("Will Grant reset his phone", "[NAME] reset his phone"),
            ("Will Ortiz access is gone", "[NAME] access is gone"),
        ], with: verbs)
    }

    /// A name alone before `&` or a capitalized word of the knowledge base's names a firm.
    func testFirmNamesAreKept() {
        assertKeeps(["Thanks,\nCarter & Lowe CPAs", "Lee Tax Services", "Dana Bank called", "ask Dana Reset to call",
                     "Mark S is here"], with: redactor)
    }

    /// A vendor's thing after `'s` and a place word after the name make no person ("ask Drake's support" and "our
    /// Eugene office" were "[NAME]").
    func testVendorsAndPlacesAreNoNames() throws {
        let redactor = try ShippedMatcher.get().redactor
        assertKeeps(["ask Drake's support", "Lacerte's servers are down", "our Eugene office cant log in",
                     "the St. Louis office cant log in", "tell Lacerte"], with: redactor)
        assertRedacts([
            ("reset Tamsin's password", "reset [NAME] password"),
            ("Eugene cant log in", "[NAME] cant log in"),
        ], with: redactor)
    }

    /// A listed given name and a surname in capitals inside a text with lowercase letters ("TAMSIN WELLS called" was
    /// kept); capitals that are no name, or a name without its surname, are kept.
    func testShoutedNamesInMixedText() throws {
        let redactor = try ShippedMatcher.get().redactor
        assertRedacts([
            ("TAMSIN WELLS called about her lock", "[NAME] called about her lock"),
            ("TAMSIN called", "[NAME] called"),
            ("so JOHN QUIST cant log in", "so [NAME] cant log in"),
        ], with: redactor)
        assertKeeps(["CALL IRS today", "URGENT PLEASE help", "the TDS PIN is locked", "MARK AS done", "ID.ME IS DOWN today"],
                    with: redactor)
    }
}
