import XCTest
@testable import HelpdeskCore

/// "The other one" right after an answer that named another topic ("Not this one? Also close: ...") opens that topic;
/// it fell back ("I don't have an answer for that").
final class OtherTopicRepliesTests: XCTestCase {
    static let replies = OtherTopicReplies(["the other one", "no the other one", "Not this one"])

    func testWholeLinesAreCompared() {
        let cases: [(line: String, isOne: Bool)] = [
            ("the other one", true), ("No, the other one!", true), ("  NOT THIS ONE.", true), ("not this one", true),
            ("the other one is broken", false), ("other", false), ("", false),
        ]
        for c in cases { XCTAssertEqual(Self.replies.contains(c.line), c.isOne, c.line.debugDescription) }
        XCTAssertFalse(OtherTopicReplies().contains("the other one"), "with no replies, no line is one")
    }

    /// After the first line, which names another topic, each line and the reply it gets, in one session.
    static let sessions: [[(line: String, expected: String)]] = [
        [("code never came", "entry mfa-recovery"), ("no, the other one", "entry reset-email-not-received")],
        // Said again, it goes back to the topic answered before, and the two take turns (it got the fallback).
        [("code never came", "entry mfa-recovery"), ("not this one", "entry reset-email-not-received"),
         ("the other one", "entry mfa-recovery"), ("step 2", "followUp mfa-recovery"), ("the other one", "entry reset-email-not-received")],
        [("code never came", "entry mfa-recovery"), ("show me the other one", "entry reset-email-not-received"),
         ("step 2", "followUp reset-email-not-received")],
        // A follow-up keeps the other topic named; a new answer without one forgets it.
        [("code never came", "entry mfa-recovery"), ("step 2", "followUp mfa-recovery"), ("the other one", "entry reset-email-not-received")],
        [("code never came", "entry mfa-recovery"), ("forgot password", "entry reset-idme-password"), ("the other one", "fallback")],
        // With no other topic named, the line is read as before.
        [("the other one", "fallback"), ("forgot password", "entry reset-idme-password"), ("not this one", "fallback")],
    ]

    func testTheOtherOneOpensTheTopicNamedAfterTheAnswer() throws {
        let matcher = try ShippedMatcher.get()
        for session in Self.sessions {
            var conversation = Conversation(matcher: matcher)
            for (line, expected) in session {
                XCTAssertEqual(ConversationTests.summary(conversation.respond(to: line)), expected, "\(session.map(\.line)): \(line)")
            }
        }
    }

    func testWhySaysWhichTopicWasOpened() throws {
        var conversation = Conversation(matcher: try ShippedMatcher.get())
        _ = conversation.respond(to: "code never came")
        _ = conversation.respond(to: "the other one")
        XCTAssertEqual(conversation.lastSelection, .otherTopic("reset-email-not-received"))
        XCTAssertEqual(Explainer().explain(conversation),
                       "Opened:     reset-email-not-received, the other topic named after the last answer (\"Also close\"); no question was matched.")
        try conversation.focus(on: "mfa-recovery")
        XCTAssertNil(conversation.otherTopics, "a topic opened by id names no other")
    }
}
