import XCTest
@testable import HelpdeskCore

/// What the matcher sees of a text: its personal data, and placeholders from earlier redactions, become spaces;
/// a label that only introduces the data ("SSN", "call me at") goes with it, a word that says something ("new cell") stays.
final class RedactorMatchingTests: XCTestCase {
    static let cases: [(input: String, expected: String)] = [
        ("forgot my password", "forgot my password"),
        ("SSN 123-45-6789 forgot password", "  forgot password"),
        ("mail jane@example.com please", "mail   please"),
        ("call me at 555-201-3344, new phone", " , new phone"),
        // Each label goes with its own data, however many findings come before it (the walk back stops at the last one).
        ("SSN 123-45-6789 or SSN 987-65-4321, new phone", "  or  , new phone"),
        ("SSN [SSN] or SSN [SSN], new phone", "  or  , new phone"),
        ("my new cell is 555-201-3344", "my new cell is  "),  // "new cell" says something: the chain stops there
        ("no access to my email, the email is jane@example.com", "no access to my email,  "),  // a comma ends the chain
        ("can't get into my email: jane@example.com", "can't get into my email "),  // the chain does not open its clause; the colon goes
        // A word before a colon says something: it stays, and its colon goes with the data, so it reads as no heading.
        ("code: 482913 didnt work", "code  didnt work"),
        ("code: [CODE] didnt work", "code  didnt work"),
        ("pin=1234 rejected", "pin  rejected"),
        ("forgot my password. my ssn is 123-45-6789", "forgot my password.  "),
        ("locked out, email on file is jane@example.com", "locked out,  "),
        ("Email: jane@example.com", " "),
        ("can't open the email jane@example.com", "can't open the email  "),  // no link: the email is the problem
        ("is 123-45-6789", " "),
        ("from history: SSN [SSN] and [PHONE]", "from history:   and  "),
        ("step 2 takes 30 minutes", "step 2 takes 30 minutes"),
        ("SSN １２３-４５-６７８９ forgot password", "  forgot password"),  // full-width digits: the normalizer would make them ASCII
        ("mail jane.doe＠example.com please", "mail   please"),
        // A full-width label goes with its data, as the ASCII one does; other text comes back as the matcher reads it.
        ("ＳＳＮ １２３-４５-６７８９", " "),
        ("ＳＳＮ：１２３－４５－６７８９ ｆｏｒｇｏｔ ｐａｓｓｗｏｒｄ", "  forgot password"),
        ("ssn ¹²³-⁴⁵-⁶⁷⁸⁹ forgot password", "  forgot password"),
        // A field's name on its own line before a person's name is who raised the ticket, not what it asks: it goes.
        ("Contact: [NAME]\nDescription: new phone, no code", " \nDescription: new phone, no code"),
        ("Summary: login\nReported by: [NAME]\nforgot password", "Summary: login\n \nforgot password"),
        // Not a field of its own line: the words stay ("my name is" is no field's name; a comma opens no line).
        ("Hi, my name is: [NAME], forgot password", "Hi, my name is , forgot password"),
        ("call back, Contact: [NAME]", "call back, Contact "),
        // Only a field the lexicon names as one: a line of other words before a name asks something, and stays, with
        // its colon (a heading: "note  lost her phone" read "note" as part of the sentence).
        ("Password reset for: [NAME]", "Password reset for:  "),
        ("Locked out: [NAME]\nsince Monday", "Locked out:  \nsince Monday"),
        ("note: [NAME] lost her phone", "note:   lost her phone"),
        ("REPORTED  BY: [NAME]\nforgot password", " \nforgot password"),
    ]

    /// The shipped lexicon's lists, cut to what the cases need.
    static let labels = DataLabels(labels: ["ssn", "call", "me", "at"], links: ["is", "was"],
                                   linkedLabels: ["my", "the", "email", "on", "file", "social", "security"],
                                   fieldNames: ["contact", "reported by"])

    func testRemovesPersonalDataAndPlaceholders() {
        for (input, expected) in Self.cases {
            XCTAssertEqual(Redactor().removingPersonalData(from: input, labels: Self.labels), expected, input)
        }
    }

    /// Without labels (a KB whose lexicon gives none), only the data and placeholders go.
    func testWithoutLabelsOnlyTheDataGoes() {
        let cases: [(input: String, expected: String)] = [
            ("SSN 123-45-6789 forgot password", "SSN   forgot password"),
            ("my ssn is 123-45-6789", "my ssn is  "),
            ("from history: SSN [SSN]", "from history: SSN  "),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(Redactor().removingPersonalData(from: input, labels: DataLabels()), expected, input)
        }
    }

    /// For text in which `redaction(of:)` finds nothing, `removingPlaceholders(fromClean:)` gives what
    /// `removingPersonalData` gives: typed placeholders and their labels go, full-width text is folded.
    func testCleanTextNeedsNoSecondScan() {
        let texts = ["forgot my password", "from history: SSN [SSN] and [PHONE]", "code: [CODE] didnt work", "ＳＳＮ ｆｏｒｇｏｔ",
                     "step 2 takes 30 minutes", ""]
        for text in texts {
            let (redacted, foundAny) = Redactor().redaction(of: text)
            XCTAssertFalse(foundAny, text)
            XCTAssertEqual(redacted, text)
            XCTAssertEqual(Redactor().removingPlaceholders(fromClean: text, labels: Self.labels),
                           Redactor().removingPersonalData(from: text, labels: Self.labels), text)
        }
        let (redacted, foundAny) = Redactor().redaction(of: "SSN 123-45-6789 forgot password")
        XCTAssertTrue(foundAny)
        XCTAssertEqual(redacted, "SSN [SSN] forgot password")
    }

    /// `removingPersonalData` skips its placeholder pass for text without "[".
    func testEveryPlaceholderStartsWithABracket() {
        for kind in Redaction.Kind.allCases { XCTAssertTrue(kind.placeholder.hasPrefix("["), kind.placeholder) }
    }
}
