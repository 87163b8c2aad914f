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
        // Several bare follow-ups pasted as one, and one of five words or more, ask for a question first too.
        ("what's the number?\nand the hours?", "needsTopic contacts"), ("what's the number?\nwho do I call?", "needsTopic contacts"), ("what number do I call for that?", "needsTopic contacts"),
        ("the second one", "nothingToPick"), ("the first one", "nothingToPick"), ("none", "nothingToPick"), ("ok", "acknowledgement"),
        // A question that says more is matched as before.
        ("password reset done, what next", "entry back-to-irs-tools"),
        ("what's the next step after resetting my password", "entry back-to-irs-tools"),
        ("what about the IRS", "clarify contact-irs,idme-required"), ("what do you mean by MFA", "entry mfa-recovery"),
    ]

    func testEachLineIsAnsweredWithNoTopicInFocus() throws {
        let answerer = StandaloneAnswerer(matcher: try ShippedMatcher.get())
        for c in Self.cases {
            XCTAssertEqual(ConversationTests.summary(answerer.answer(c.line).reply, unordered: true), c.expected, c.line)
        }
    }

    /// `plainMatch` gives a line's match only when the conversation gives that match's answer, with no topic named,
    /// and what it gives is that match; it declines every line the conversation reads otherwise.
    func testPlainMatchIsWhatTheConversationMatches() throws {
        let answerer = StandaloneAnswerer(matcher: try ShippedMatcher.get())
        let lines = Self.cases.map(\.line) + [
            "lost my phone", "new phone no code", "locked out", "hi", "thanks", "ok", "got it", "what next", "step two",
            "the last step", "explain", "who do I call", "number?", " more ", "ssn 123-45-6789", "my password is hunter",
            "what about MFA", "no, I meant the IRS", "none of these", "the one", "2", "8879", "what is my balance",
        ]
        var plain = 0
        for line in lines {
            let (reply, conversation) = answerer.answer(line)
            guard let problems = answerer.plainMatch(line) else { continue }
            plain += 1
            switch reply {
            case .needsTopic, .nothingToPick, .acknowledgement: XCTFail("\(line) is read otherwise")
            default: break
            }
            XCTAssertNil(conversation.lastTopicReference, line)
            let fresh = try XCTUnwrap(conversation.lastProblems, line)
            XCTAssertEqual(problems.primary.question, fresh.primary.question, line)
            XCTAssertEqual(problems.primary.decision, fresh.primary.decision, line)
            XCTAssertEqual(problems.also.map(\.chosen?.id), fresh.also.map(\.chosen?.id), line)
        }
        XCTAssertGreaterThanOrEqual(plain, 8, "most plain lines take the short way")
        for line in ["next step", "more", "the second one", "none", "ok", "what about MFA", "2", "step two"] {
            XCTAssertNil(answerer.plainMatch(line), line)
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
