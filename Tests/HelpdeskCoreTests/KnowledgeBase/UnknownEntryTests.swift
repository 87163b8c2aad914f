import XCTest
@testable import HelpdeskCore

/// An id typed by hand that names no entry is one line: the id redacted, and every id like it.
final class UnknownEntryTests: XCTestCase {
    func testAnUnknownIdIsOneRedactedLineWithTheIdsLikeIt() throws {
        let kb = try ShippedMatcher.get().knowledgeBase
        XCTAssertEqual(UnknownEntry(typed: "reset", in: kb).description,
                       "no entry 'reset'; did you mean 'reset-idme-password', 'reset-email-not-received'? ('helpdesk topics' lists them)")
        XCTAssertEqual(UnknownEntry(typed: "123-45-6789", in: kb).description, "no entry '[SSN]' ('helpdesk topics' lists them)")
    }

    /// An empty id (helpdesk show "") says no id was given; it read "no entry ''".
    func testAnEmptyIdSaysNoIdWasGiven() throws {
        let kb = try ShippedMatcher.get().knowledgeBase
        for typed in ["", "   ", "\t"] {
            XCTAssertEqual(UnknownEntry(typed: typed, in: kb).description, "no entry id given ('helpdesk topics' lists them)",
                           typed.debugDescription)
        }
    }
}
