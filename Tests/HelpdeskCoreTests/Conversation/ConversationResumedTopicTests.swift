import XCTest
@testable import HelpdeskCore

/// A follow-up after a fallback or a list of choices is about the topic answered before them, and its reply says so: "what if that doesn't work?" after "what's the weather" answered the
/// password reset under its title alone, as if the weather had been answered.
final class ConversationResumedTopicTests: XCTestCase {
    /// After the first answer, each line in turn and whether its follow-up reply names the topic it resumes.
    static let cases: [(lines: [String], expected: String)] = [
        (["what's the weather", "what if that doesn't work"], "followUp reset-idme-password resumed"),
        // An acknowledgement in between keeps the topic set aside.
        (["what's the weather", "ok", "what if that doesn't work"], "followUp reset-idme-password resumed"),
        (["what's the weather", "thanks", "step 2"], "followUp reset-idme-password resumed"),
        (["and the irs?", "none", "what's the number?"], "followUp reset-idme-password resumed"),
        (["and the irs?", "what's the number?"], "followUp reset-idme-password resumed"),
        // Straight after the answer, or after a follow-up about it, nothing needs saying.
        (["what if that doesn't work"], "followUp reset-idme-password"),
        (["what's the weather", "step 2", "step 3"], "followUp reset-idme-password"),
        (["ok", "step 2"], "followUp reset-idme-password"),
        (["thanks", "step 2"], "followUp reset-idme-password"),
        (["none", "step 2"], "followUp reset-idme-password"),
    ]

    func testAFollowUpAfterAnotherReplyNamesItsTopic() throws {
        let matcher = try ShippedMatcher.get()
        for c in Self.cases {
            var conversation = Conversation(matcher: matcher)
            _ = conversation.respond(to: "forgot my id.me password")
            var reply = Reply.nothingToPick
            for line in c.lines { reply = conversation.respond(to: line) }
            XCTAssertEqual(ConversationTests.summary(reply), c.expected, c.lines.joined(separator: " / "))
            XCTAssertEqual(conversation.lastResumedTopic, c.expected.hasSuffix("resumed"), c.lines.joined(separator: " / "))
        }
    }

    func testTheReplyAndWhyNameTheTopic() throws {
        let matcher = try ShippedMatcher.get()
        var conversation = Conversation(matcher: matcher)
        _ = conversation.respond(to: "forgot my id.me password")
        _ = conversation.respond(to: "what's the weather")
        let reply = conversation.respond(to: "what if that doesn't work")
        let text = AnswerRenderer().render(reply, in: matcher.knowledgeBase)
        XCTAssertTrue(text.hasPrefix("For \"Resetting your ID.me (e-Services) password\", the last topic answered:\nIf the self-service reset"), text)
        let why = try XCTUnwrap(Explainer(scorer: matcher.scorer).explain(conversation))
        XCTAssertTrue(why.contains("Resumed:    the reply before was not about reset-idme-password, so this answer names it."), why)
    }
}
