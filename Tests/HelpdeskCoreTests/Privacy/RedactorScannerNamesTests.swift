import XCTest
@testable import HelpdeskCore

/// A capitalized name right after a name label is redacted; lowercase and common words after one are kept, and a
/// redactor given no labels redacts no name.
final class RedactorScannerNamesTests: XCTestCase {
    private let redactor = Redactor(publicPhoneNumbers: [], nameLabels: [
        "my name is", "her name is", "client name is", "client's name is", "client name", "Name:", "my name's",
    ], notNameWords: ["tin", "mismatch", "legally"])

    func testNamesAfterALabelAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("my name is Maria Lopez", "my name is [NAME]"),
            ("name: Maria Lopez", "name: [NAME]"),
            ("client name Maria Lopez needs a reset", "client name [NAME] needs a reset"),
            ("Name:Maria", "Name:[NAME]"),
            ("her name is Maria J. Lopez and she is locked out", "her name is [NAME] and she is locked out"),
            ("client's name is Sean O'Brien-Smith", "client's name is [NAME]"),
            ("MY NAME IS Maria", "MY NAME IS [NAME]"),
            ("my name is Maria Lopez Thanks", "my name is [NAME] Thanks"),
            ("Hi, my name is  Ann McDonald, I can't log in", "Hi, my name is  [NAME], I can't log in"),
            ("user name: JDoe", "user name: [USERNAME]"),
            // "cannot" carries the sentence on, as "cant" does: no name word.
            ("user name: jdoe cannot log in", "user name: [USERNAME] cannot log in"),
            ("my name is Maria-Jose Garcia Lopez Rivera", "my name is [NAME]"),
            ("name : Maria Lopez", "name : [NAME]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testOtherWordsAfterALabelAreKept() {
        let kept = [
            "my name is not showing",
            "name is wrong on the account",
            "name: Unknown",
            "my name is IRS verified",
            "rename: Maria",
            "surname Lopez",
            "client name",
            "surname : Lopez",
            "my name isMaria",
            "my name is The same",
        ]
        assertKeeps(kept, with: redactor)
    }

    /// An abbreviation the knowledge base lists (`dr.`, `jr.`) goes on past its dot; any other word's dot ends the name.
    func testAbbreviationsInANameAreRedactedWithIt() {
        let titled = Redactor(publicPhoneNumbers: [], nameLabels: ["my name is", "name:"], abbreviations: ["dr.", "jr."])
        let cases: [(input: String, expected: String)] = [
            ("my name is Dr. Maria Gomez", "my name is [NAME]"),
            ("name: Dr. Maria Gomez Jr. and I am locked out", "name: [NAME]. and I am locked out"),
            ("my name is dr. maria gomez", "my name is [NAME]"),
            ("my name is Ann. Google says no", "my name is [NAME]. Google says no"),
        ]
        assertRedacts(cases, with: titled)
    }

    func testNamesInCapitalsAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("MY NAME IS MARIA GOMEZ", "MY NAME IS [NAME]"),
            ("NAME: JOHN SMITH", "NAME: [NAME]"),
            ("MY NAME IS MARIA GOMEZ AND I CANT LOG IN", "MY NAME IS [NAME] AND I CANT LOG IN"),
            ("CLIENT NAME IS SEAN O'BRIEN, SSN LOCKED", "CLIENT NAME IS [NAME], SSN LOCKED"),
            ("my name is Maria GOMEZ", "my name is [NAME]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testNamesInLowercaseAfterALabelEndingInIsOrColonAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("my name is maria gomez", "my name is [NAME]"),
            ("my name is maria and I cant log in", "my name is [NAME] and I cant log in"),
            ("name: ann lee", "name: [NAME]"),
            ("my name's maria, locked out", "my name's [NAME], locked out"),
            ("her name is maria de la cruz", "her name is [NAME]"),
            ("my name is maria gomez please help", "my name is [NAME] please help"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testWordsInLowercaseOrCapitalsThatAreNoNameAreKept() {
        let kept = [
            "my name is misspelled on the account",
            "my name is showing wrong",
            "my name is legally different now",
            "MY NAME IS NOT SHOWING",
            "client name mismatch",
            "client name TIN mismatch",
            "client name maria lopez",
            "NAME: N/A",
            "my name is I",
            "name: unknown",
        ]
        assertKeeps(kept, with: redactor)
    }

    /// After a role ("client", "caller"), a month, weekday or product the knowledge base lists is no name alone; a name
    /// that holds another word, and any word after a label that says "name", still is.
    func testMonthsAndWeekdaysAfterARoleAreNoNames() {
        let roles = Redactor(publicPhoneNumbers: [], nameLabels: ["caller", "client", "client name", "my name is"])
            .finding(namesIn: NameContexts(introductions: [], signOffs: [], headerLabels: [],
                                           knownWords: ["Monday", "March", "June", "google", "authenticator"]))
        assertKeeps(["caller Monday morning said she cannot log in", "client March deadline is near",
                     "client Google Authenticator"], with: roles)
        assertRedacts([
            ("client June Lee is locked out", "client [NAME] is locked out"),
            ("caller Maria said Monday", "caller [NAME] said Monday"),
            ("client name June", "client name [NAME]"),
            ("my name is June", "my name is [NAME]"),
        ], with: roles)
    }

    /// After a role, a name with a firm's or place's word after its first is a firm's: "ask Chase Bank about it" was
    /// "ask [NAME] about it".
    func testAFirmAfterARoleIsNoName() {
        let roles = Redactor(publicPhoneNumbers: [], nameLabels: ["ask", "tell", "client"])
            .finding(namesIn: NameContexts(introductions: [], signOffs: [], headerLabels: [], knownWords: ["bank", "llc", "office"]))
        assertKeeps(["ask Chase Bank about it", "tell Chase Bank the code failed", "client Okafor LLC called",
                     "ask Denver Office"], with: roles)
        assertRedacts([
            ("ask Chase about it", "ask [NAME] about it"),
            ("tell Chase Lee the code failed", "tell [NAME] the code failed"),
            ("client Bank Okafor called", "client [NAME] called"),
        ], with: roles)
    }

    /// The shipped lists: firms and places are kept, people around them are not.
    func testTheShippedMatcherKeepsFirmsAndPlaces() throws {
        let redactor = try ShippedMatcher.get().redactor
        for (input, expected) in [
            ("our Austin Texas office can't sign in", "our Austin Texas office can't sign in"),
            ("ask Chase Bank about it", "ask Chase Bank about it"),
            ("tell Chase Bank the code failed", "tell Chase Bank the code failed"),
            ("Okafor LLC staff cannot log in", "Okafor LLC staff cannot log in"),
            ("ask Chase about it", "ask [NAME] about it"),
            ("Austin Reyes can't sign in", "[NAME] can't sign in"),
            // Family words, vendors and teams, and words that fill a name field are no names (not_name_capitals).
            ("my Mom's account is locked", "my Mom's account is locked"),
            ("tell Comcast support the code never came", "tell Comcast support the code never came"),
            ("tell Compliance the password leaked", "tell Compliance the password leaked"),
            ("Client: Walk-in", "Client: Walk-in"),
            ("Taxpayer: Deceased", "Taxpayer: Deceased"),
            ("Client: Maria Lopez", "Client: [NAME]"),
            ("Mark's account is locked", "[NAME] account is locked"),
            // Ticket fields that hold a person (name_header_labels).
            ("spouse: Marguerite Delacroix-Ng", "spouse: [NAME]"),
            ("Assigned: Folasade Bakare", "Assigned: [NAME]"),
            ("Account holder: Hiroko Tanabe", "Account holder: [NAME]"),
            ("User: D. Okafor", "User: [NAME]"),
            ("user: admin", "user: admin"),
            ("Assigned: Tier 2 Support", "Assigned: Tier 2 Support"),
        ] {
            XCTAssertEqual(redactor.redact(input), expected, input)
        }
    }

    /// A name holding letters beyond ASCII is redacted whole, in any case ("[NAME]é" was left of "José").
    func testNamesWithLettersBeyondASCIIAreRedactedWhole() {
        assertRedacts([
            ("my name is José Álvarez", "my name is [NAME]"),
            ("name: Zoë Ångström-Öberg, locked out", "name: [NAME], locked out"),
            ("my name is josé álvarez", "my name is [NAME]"),
            ("MY NAME IS JOSÉ ÁLVAREZ", "MY NAME IS [NAME]"),
            ("name: Ñuñez", "name: [NAME]"),
        ], with: redactor)
    }

    /// The words of a name joined as in a file name or a web address are one name: `Maria%20Lopez` was written
    /// `[NAME]%20Lopez`.
    func testNamesJoinedAsInAFileNameOrAddressAreRedactedWhole() {
        assertRedacts([
            ("my name is Maria+Lopez", "my name is [NAME]"),
            ("name: Maria_Lopez", "name: [NAME]"),
            ("name: Maria_Lopez.pdf", "name: [NAME].pdf"),
        ], with: redactor)
        assertKeeps(["rename: Maria_Lopez", "surname+Lopez"], with: redactor)
        // A name joined by `%20` has a password's shape too; the name rule alone reads it whole.
        let text = Array("name: Maria%20Lopez, locked".utf8)
        let names = text.withUnsafeBufferPointer { RedactorScanner(bytes: $0).names(after: [Array("name:".utf8)], endings: LabelEndings([Array("name:".utf8)])) }
        XCTAssertEqual(names.map { $0.start..<$0.end }, [6..<19])
    }

    func testARedactorWithoutLabelsKeepsNames() {
        assertKeeps(["my name is Maria Lopez", "name: Maria Lopez"])
    }

    /// Particles inside a name after its label, a given name after a surname and a comma, and `it is` before a name:
    /// "my name is Maria de la Cruz" left "de la Cruz", "client McDonald, Ronan" left "Ronan", "it is Ottoline calling"
    /// was kept.
    func testParticlesSurnamesFirstAndItIs() throws {
        let redactor = try ShippedMatcher.get().redactor
        assertRedacts([
            ("my name is Maria de la Cruz", "my name is [NAME]"),
            ("name: Pieter van der Berg cant log in", "name: [NAME] cant log in"),
            // A Vietnamese given name that is also an English word ends a name after its label ("An" was kept).
            ("name: Nguyễn Văn An", "name: [NAME]"),
            ("name: Nguyen Van An", "name: [NAME]"),
            ("my name is Tran Van Long", "my name is [NAME]"),
            ("client McDonald, Ronan cant log in", "client [NAME] cant log in"),
            ("it is Ottoline calling about lock", "it is [NAME] calling about lock"),
            ("Name - Tamsin Wells", "Name - [NAME]"),
            ("cust: maria lopez cant log in", "cust: [NAME] cant log in"),
            ("client McDonald, which is odd", "client [NAME], which is odd"),
        ], with: redactor)
        assertRedacts([("client McDonald, Please help", "client [NAME], Please help")], with: redactor)
        assertKeeps(["it is Monday again", "my name is on the account",
                     "it is Google Authenticator"], with: redactor)
    }
}
