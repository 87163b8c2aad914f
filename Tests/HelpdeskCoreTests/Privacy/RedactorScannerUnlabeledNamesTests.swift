import XCTest
@testable import HelpdeskCore

/// Names without a label are redacted where an introduction, a sign-off or an email header places them; capitalized
/// words that are no name there (sentence starts, products, months, the knowledge base's words, firm lines) are kept,
/// and a redactor without the lists redacts none.
final class RedactorScannerUnlabeledNamesTests: XCTestCase {
    private let redactor = Redactor().finding(namesIn: NameContexts(
        introductions: ["this is ...", "it's ...", "... here"],
        signOffs: ["thanks", "regards", "best", "best regards", "sent from my iphone"],
        headerLabels: ["from", "to", "cc", "bcc", "reported by", "assigned to"],
        knownWords: ["monday", "june", "google", "authenticator", "office", "manager", "tax", "services", "group",
                     "reset", "click", "sign", "very", "mark", "drake"]))

    func testIntroducedNamesAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("this is Maria Gomez from ABC Tax", "this is [NAME] from ABC Tax"),
            ("Hi, this is Maria Gomez from ABC Tax, I can't log in", "Hi, this is [NAME] from ABC Tax, I can't log in"),
            ("Hi this is Maria", "Hi this is [NAME]"),
            ("DOB 3/4/71 and this is Maria Gomez", "DOB [DOB] and this is [NAME]"),
            ("It's John Smith again", "It's [NAME] again"),
            ("Hello, it's Greg from Harbor Tax.", "Hello, it's [NAME] from Harbor Tax."),
            ("Hi, Maria Gomez here, I can't log in", "Hi, [NAME] here, I can't log in"),
            ("Hello, Jim here. ID.me locked me out", "Hello, [NAME] here. ID.me locked me out"),
            ("Mark Lee here", "[NAME] here"),
            ("It's June Lee", "It's [NAME]"),
            ("this is J. Smith at Lakeside CPA", "this is [NAME] at Lakeside CPA"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testSignaturesAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("my code fails\nThanks,\nMaria Gomez\nGomez Tax LLC", "my code fails\nThanks,\n[NAME]\nGomez Tax LLC"),
            ("Regards, John Smith", "Regards, [NAME]"),
            ("locked out again. Regards, John Smith", "locked out again. Regards, [NAME]"),
            ("still locked out thanks, John Smith", "still locked out thanks, [NAME]"),
            ("I said thanks,  Ann Lee, EA", "I said thanks,  [NAME], EA"),
            ("cannot reset\n-- \nJohn Smith, EA", "cannot reset\n-- \n[NAME], EA"),
            ("new phone\nBest,\nJ. Smith", "new phone\nBest,\n[NAME]"),
            ("help\nBest regards,\n\nPriya Shah | Office Manager", "help\nBest regards,\n\n[NAME] | Office Manager"),
            ("help\r\nThanks!\r\nKevin\r\n", "help\r\nThanks!\r\n[NAME]\r\n"),
            ("Thanks, Karen (office manager)", "Thanks, [NAME] (office manager)"),
            ("help\nThanks,\nMarta Okafor, EA\nOkafor Tax Services", "help\nThanks,\n[NAME], EA\nOkafor Tax Services"),
        ]
        assertRedacts(cases, with: redactor)
    }

    /// After a sign-off, a name typed all in lowercase or all in capitals is one too, in a text without a capital as well;
    /// one word alone only when it is no English word.
    func testSignatureNamesInOneCaseAreRedacted() {
        let knowing = Redactor().finding(namesIn: NameContexts(
            introductions: [], signOffs: ["thanks", "regards"], headerLabels: [], knownWords: ["monday", "phone"],
            dictionary: WordList(text: "appreciate\nmaria\nhappy\n")))
        assertRedacts([
            ("cannot log in to id.me\nthanks,\nmaria gomez", "cannot log in to id.me\nthanks,\n[NAME]"),
            ("THANKS, JOHN SMITH", "THANKS, [NAME]"),
            ("CANNOT LOG IN TO ID.ME. THANKS, JOHN SMITH", "CANNOT LOG IN TO ID.ME. THANKS, [NAME]"),
            ("cannot log in.\nTHANKS,\nJOHN SMITH", "cannot log in.\nTHANKS,\n[NAME]"),
            ("cannot log in. thanks, maria gomez", "cannot log in. thanks, [NAME]"),
            ("Locked out. thanks, maria gomez-ruiz", "Locked out. thanks, [NAME]"),
            ("help\nregards,\nbob", "help\nregards,\n[NAME]"),
            ("help\nregards,\nmaria gomez, ea", "help\nregards,\n[NAME], ea"),
            ("help\nthanks,\nsean o'brien", "help\nthanks,\n[NAME]"),
            ("cannot log in to id.me THANKS, JOHN SMITH", "cannot log in to id.me THANKS, [NAME]"),
            // Letters beyond ASCII are read whole (these were kept).
            ("cant log in\nthanks,\njosé álvarez", "cant log in\nthanks,\n[NAME]"),
            ("locked out. thanks, zoë ångström", "locked out. thanks, [NAME]"),
            ("LOCKED OUT. THANKS, JOSÉ ÁLVAREZ", "LOCKED OUT. THANKS, [NAME]"),
            ("help\nthanks,\nrené", "help\nthanks,\n[NAME]"),
        ], with: knowing)
        assertKeeps([
            "thanks, appreciate", "thanks,\nmaria", "thanks, looking forward", "thanks, much appreciated",
            "thanks, i will try that", "thanks,\nalso my phone was stolen", "thanks, monday phone", "THANKS, I TRIED",
            "thanks for the help", "thanks, maria gomez called me", "thanks, Maria gomez", "regards, x y",
            "thanks, that's helpful", "THANKS, DON'T KNOW", "thanks, i'm stuck",
        ], with: knowing)
    }

    /// The shipped knowledge base's lists reach the matcher's redactor: its sign-offs place a name in one case, and its
    /// words for times of day and holidays are none.
    func testTheShippedMatcherRedactsSignatureNamesInOneCase() throws {
        let redactor = try ShippedMatcher.get().redactor
        XCTAssertEqual(redactor.redact("cant log in\nthanks,\nmaria gomez"), "cant log in\nthanks,\n[NAME]")
        XCTAssertEqual(redactor.redact("THANKS, JOHN SMITH"), "THANKS, [NAME]")
        XCTAssertEqual(redactor.redact("fullname: maria lopez"), "fullname: [NAME]")
        for kept in ["thanks, happy holidays", "thanks, good morning", "thanks so much", "thanks, that worked"] {
            XCTAssertEqual(redactor.redact(kept), kept)
        }
    }

    /// A title places the surname after it ("spoke with Mr. Okonkwo", "Dr. Øyvind Ås" were written as typed); a bare
    /// "MS" is Microsoft's.
    func testTheShippedMatcherRedactsNamesAfterATitle() throws {
        let redactor = try ShippedMatcher.get().redactor
        XCTAssertEqual(redactor.redact("spoke with Mr. Okonkwo yesterday"), "spoke with Mr. [NAME] yesterday")
        XCTAssertEqual(redactor.redact("Ms. Bo Lindqvist cannot sign in"), "Ms. [NAME] cannot sign in")
        XCTAssertEqual(redactor.redact("Mrs. Li Na called"), "Mrs. [NAME] called")
        // "Dr." is a title too, and a name after a title may start with a capital beyond ASCII.
        XCTAssertEqual(redactor.redact("Dr. Øyvind Ås"), "Dr. [NAME]")
        XCTAssertEqual(redactor.redact("spoke with Dr. Okonkwo yesterday"), "spoke with Dr. [NAME] yesterday")
        XCTAssertEqual(redactor.redact("MS Authenticator not showing codes"), "MS Authenticator not showing codes")
    }

    func testNamesInEmailHeadersAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("From: Maria Gomez <mgomez@firm.com>\nSubject: Locked Out", "From: [NAME] <[EMAIL]>\nSubject: Locked Out"),
            ("To: John Smith", "To: [NAME]"),
            ("Cc: John Smith; Ann Lee", "Cc: [NAME]; [NAME]"),
            ("> From: \"Gomez, Maria\" <m@firm.com>", "> From: \"[NAME], [NAME]\" <[EMAIL]>"),
            // A ticket's person fields, labeled by two words.
            ("Reported by: Linda Cho\nUser cannot log in", "Reported by: [NAME]\nUser cannot log in"),
            ("Assigned to: Sam Fisher", "Assigned to: [NAME]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testWordsThatAreNoNameAreKept() {
        let kept = [
            // Sentence starts, and words after an introduction that no name is made of.
            "This is Monday again",
            "It's Google Authenticator asking for a code",
            "This Is Very Urgent",
            "THIS IS JOHN",
            "this is not working",
            "this is ID.me's fault",
            "It's IRS e-Services again",
            "Sign here, then Click here",
            "Everything here is broken",
            // Sign-offs whose line holds more than a name.
            "Thanks, I will try that",
            "Thanks,\nOffice Manager",
            "Thanks,\nGomez Tax Services LLC",
            "Thanks so much for the help",
            "Thanks,\nalso my phone was stolen",
            "it works now, thanks, Google Authenticator", "no thanks, Maria Gomez called", "Monday, John Smith",
            "nothanks, John Smith",
            // Header labels that label no header.
            "To be honest, Maria Gomez called",
            "Subject: Maria Gomez locked out",
            "From: mgomez",
        ]
        assertKeeps(kept, with: redactor)
    }

    func testARedactorWithoutTheListsRedactsNoUnlabeledName() {
        assertKeeps(["this is Maria Gomez", "Thanks,\nMaria Gomez", "From: Maria Gomez"], with: Redactor())
    }
}
