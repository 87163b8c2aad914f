import XCTest
@testable import HelpdeskCore

/// An id typed by hand that names no entry is one line: the id redacted, and every id like it.
final class UnknownEntryTests: XCTestCase {
    func testAnUnknownIdIsOneRedactedLineWithTheIdsLikeIt() throws {
        let kb = try ShippedMatcher.get().knowledgeBase
        XCTAssertEqual(UnknownEntry(typed: "reset", in: kb).description,
                       "no entry 'reset'; did you mean 'reset-idme-password', 'reset-email-not-received'? ('helpdesk topics' lists them)")
        XCTAssertEqual(UnknownEntry(typed: "123-45-6789", in: kb).description, "no entry '[SSN]' ('helpdesk topics' lists them)")
        // With the knowledge base's lists: "Marcy" is one of its `given_names` (a plain redactor kept it).
        XCTAssertEqual(UnknownEntry(typed: "Marcy", in: kb).description, "no entry '[NAME]' ('helpdesk topics' lists them)")
    }

    /// An empty id (helpdesk show "") says no id was given; it read "no entry ''".
    func testAnEmptyIdSaysNoIdWasGiven() throws {
        let kb = try ShippedMatcher.get().knowledgeBase
        for typed in ["", "   ", "\t"] {
            XCTAssertEqual(UnknownEntry(typed: typed, in: kb).description, "no entry id given ('helpdesk topics' lists them)",
                           typed.debugDescription)
        }
    }

    /// A long id is cut in the message: a 100,000-character id was echoed whole, a line of 100 KB.
    func testALongIdIsCut() throws {
        let kb = try ShippedMatcher.get().knowledgeBase
        let cases: [(typed: String, shown: String)] = [
            (String(repeating: "a", count: 100_000), String(repeating: "a", count: 60) + "…"),
            (String(repeating: "é", count: 61), String(repeating: "é", count: 60) + "…"),
            (String(repeating: "b", count: 60), String(repeating: "b", count: 60)),
        ]
        for c in cases {
            XCTAssertEqual(UnknownEntry(typed: c.typed, in: kb).description, "no entry '\(c.shown)' ('helpdesk topics' lists them)")
        }
    }
}
