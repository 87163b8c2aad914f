import XCTest
@testable import HelpdeskCore

/// Follow-ups a black-box tester asked with a topic in focus that jumped topic or fell back, though the topic's entry
/// has the answer: the shipped knowledge base's `follow_ups` answer them, from the source article's facts only.
final class ConversationAuthoredFollowUpsTests: XCTestCase {
    /// With `topic` in focus (`--context`), `line` gets a follow-up about it whose text holds `contains`.
    static let cases: [(topic: String, line: String, contains: String)] = [
        // "what's the website?" answered the ID.me sign-in page.
        ("e-help-desk", "what's the website?", "no website for the IRS e-help desk"),
        ("e-help-desk", "is there a website?", "866-255-0654"),
        ("contact-irs", "what's the website?", "no IRS website"),
        // It fell back, though the reset email can take up to 10 minutes.
        ("reset-idme-password", "how long does it take?", "up to 10 minutes"),
        // They fell back: where the reset email's 6-digit code goes, and a mailbox the user is unsure of.
        ("reset-idme-password", "where do I put the code?", "select \"Confirm\""),
        ("reset-idme-password", "what do i do with the code in the reset email", "6-digit code"),
        ("reset-idme-password", "what if I don't know which email it is?", "contact ID.me"),
        ("reset-email-not-received", "where do I put the code?", "select \"Confirm\""),
        ("reset-email-not-received", "what if it's not in spam either", "start the reset again"),
        // Whose matter it is, about contacting ID.me: ID.me's contacts first (it read as "yes, call the IRS").
        ("contact-idme", "can the IRS reset it for me?", "IRS is not one of them"),
        ("contact-idme", "should I call the irs instead", "Sign-in trouble (forgotten password"),
    ]

    func testTheTopicAnswers() throws {
        let matcher = try ShippedMatcher.get()
        for c in Self.cases {
            var conversation = Conversation(matcher: matcher)
            try conversation.focus(on: c.topic)
            let reply = conversation.respond(to: c.line)
            XCTAssertEqual(ConversationTests.summary(reply), "followUp \(c.topic)", "\(c.topic) / \(c.line)")
            let text = AnswerRenderer().render(reply, in: matcher.knowledgeBase)
            XCTAssertTrue(text.contains(c.contains), "\(c.topic) / \(c.line): \(text)")
        }
    }
}
