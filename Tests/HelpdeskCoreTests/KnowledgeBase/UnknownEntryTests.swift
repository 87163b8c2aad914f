import XCTest
@testable import HelpdeskCore

/// An id typed by hand that names no entry is one line: the id redacted, and every id like it.
final class UnknownEntryTests: XCTestCase {
    func testAnUnknownIdIsOneRedactedLineWithTheIdsLikeIt() throws {
        let matcher = try ShippedMatcher.get()
        XCTAssertEqual(UnknownEntry(typed: "reset", in: matcher).description,
                       "no entry 'reset'; did you mean 'reset-idme-password', 'reset-email-not-received'? ('helpdesk topics' lists them)")
        XCTAssertEqual(UnknownEntry(typed: "123-45-6789", in: matcher).description, "no entry '[SSN]' ('helpdesk topics' lists them)")
        // With the knowledge base's lists: "Marcy" is one of its `given_names` (a plain redactor kept it).
        XCTAssertEqual(UnknownEntry(typed: "Marcy", in: matcher).description, "no entry '[NAME]' ('helpdesk topics' lists them)")
    }

    /// What was typed is redacted by the matcher's redactor, as a question is: a word of the knowledge base's own
    /// ("Charles", of "charles schwab") is kept as `ask` keeps it (a second redactor without the KB's words read
    /// "[NAME]"), and so is the KB's own phone number.
    func testTheIdIsRedactedAsAQuestionIs() throws {
        let matcher = try ShippedMatcher.get()
        for typed in ["Charles", "Marcy", "123-45-6789", "866-255-0654", "Charles 555-201-4477"] {
            XCTAssertEqual(UnknownEntry(typed: typed, in: matcher).shown, matcher.redactor.redact(typed), typed)
        }
        XCTAssertEqual(UnknownEntry(typed: "Charles", in: matcher).shown, "Charles")
        XCTAssertEqual(UnknownEntry(typed: "866-255-0654", in: matcher).shown, "866-255-0654")
    }

    /// An empty id (helpdesk show "") says no id was given; it read "no entry ''".
    func testAnEmptyIdSaysNoIdWasGiven() throws {
        let matcher = try ShippedMatcher.get()
        for typed in ["", "   ", "\t"] {
            XCTAssertEqual(UnknownEntry(typed: typed, in: matcher).description, "no entry id given ('helpdesk topics' lists them)",
                           typed.debugDescription)
        }
    }

    /// A long id is cut in the message: a 100,000-character id was echoed whole, a line of 100 KB.
    func testALongIdIsCut() throws {
        let matcher = try ShippedMatcher.get()
        let cases: [(typed: String, shown: String)] = [
            (String(repeating: "a", count: 100_000), String(repeating: "a", count: 60) + "…"),
            (String(repeating: "é", count: 61), String(repeating: "é", count: 60) + "…"),
            (String(repeating: "b", count: 60), String(repeating: "b", count: 60)),
        ]
        for c in cases {
            XCTAssertEqual(UnknownEntry(typed: c.typed, in: matcher).description, "no entry '\(c.shown)' ('helpdesk topics' lists them)")
        }
    }
}
