import XCTest
@testable import HelpdeskCore

/// A line on its own, as `helpdesk ask` answers it with no topic in focus: the rule batch lines and `eval` questions
/// are answered by too.
final class StandaloneAnswererTests: XCTestCase {
    /// Each line and its reply (`ConversationTests.summary`). "next step" answered back-to-irs-tools (0.92): "next
    /// step" is a synonym of "what next", a `next` phrasing, but its word "step" is in no phrasing, so it was never
    /// tried as one; "previous step" fell back with the whole fallback.
    static let cases: [(line: String, expected: String)] = [
        ("next step", "needsTopic next"), ("the next step", "needsTopic next"), ("next steps", "needsTopic next"),
        ("previous step", "needsTopic steps"), ("the previous step", "needsTopic steps"),
        ("more", "needsTopic more"), ("and the phone number?", "needsTopic contacts"), ("what if that fails?", "needsTopic escalation"),
        ("the second one", "nothingToPick"), ("the first one", "nothingToPick"), ("none", "nothingToPick"), ("ok", "acknowledgement"),
        // A question that says more is matched as before.
        ("password reset done, what next", "entry back-to-irs-tools"),
        ("what's the next step after resetting my password", "entry back-to-irs-tools"),
        ("what about the IRS", "clarify idme-required,contact-irs"), ("what do you mean by MFA", "entry mfa-recovery"),
    ]

    func testEachLineIsAnsweredWithNoTopicInFocus() throws {
        let answerer = StandaloneAnswerer(matcher: try ShippedMatcher.get())
        for c in Self.cases {
            XCTAssertEqual(ConversationTests.summary(answerer.answer(c.line).reply), c.expected, c.line)
        }
    }

    /// Each line starts afresh: a line before leaves no topic in focus for the next.
    func testNothingCarriesOver() throws {
        let answerer = StandaloneAnswerer(matcher: try ShippedMatcher.get())
        XCTAssertEqual(ConversationTests.summary(answerer.answer("lost my phone, can't get code").reply), "entry mfa-recovery")
        let (reply, conversation) = answerer.answer("step 2 again")
        XCTAssertEqual(ConversationTests.summary(reply), "needsTopic steps")
        XCTAssertNil(conversation.currentEntry)
        XCTAssertEqual(conversation.lastLine, "step 2 again")
    }
}
