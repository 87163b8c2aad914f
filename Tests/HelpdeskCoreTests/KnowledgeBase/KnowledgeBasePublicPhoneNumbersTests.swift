import XCTest
@testable import HelpdeskCore
import TestSupport

/// A knowledge base's public phone numbers are those its answers and contacts give; its questions give none.
final class KnowledgeBasePublicPhoneNumbersTests: XCTestCase {
    func testNumbersComeFromAnswersAndContacts() {
        var entry = Entry(id: "desk", title: "Help desk 202-555-0100", summary: "Call the desk at (800) 555-0199.",
                          questions: ["is 303-555-0123 the desk?"])
        entry.steps = ["Ring 1-877-555-0142 if that fails.", "Wait 10 minutes, then try again on 01/02/2026."]
        entry.contacts = [Contact(name: "Desk", phone: "866-255-0654")]
        entry.followUps = [FollowUp(questions: ["fax?"], answer: "Fax 888.555.0111.")]
        var fallback = FallbackAnswer(title: "No answer", summary: "Try the line at 844-555-0177.")
        fallback.escalation = "Nothing else."
        let kb = KnowledgeBase(entries: [entry], fallback: fallback)
        XCTAssertEqual(kb.publicPhoneNumbers, ["(800) 555-0199", "1-877-555-0142", "866-255-0654", "888.555.0111", "844-555-0177"])
    }

    func testTheShippedKnowledgeBaseGivesTheEHelpDesk() throws {
        let kb = try PackagePaths.loadShipped()
        XCTAssertEqual(kb.publicPhoneNumbers, ["866-255-0654"])
        XCTAssertEqual(try ShippedMatcher.get().redactor.redact("should I call (866) 255-0654?"), "should I call (866) 255-0654?")
    }
}
