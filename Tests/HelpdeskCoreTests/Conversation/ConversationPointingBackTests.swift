import XCTest
@testable import HelpdeskCore

/// Lines that point back at the answer in focus, or correct what was asked, instead of raising a new topic: each
/// switched to an unrelated entry ("can you explain that" answered "What ID.me is"), so a later "step 2" was lost.
final class ConversationPointingBackTests: XCTestCase {
    /// With `topic` in focus (`--context`), `line` gets `expected`; `contains` must appear in the reply's text.
    static let cases: [(topic: String, line: String, expected: String, contains: String)] = [
        // Asking to have the answer explained repeats it, as "tell me more" does.
        ("reset-idme-password", "can you explain that", "entry reset-idme-password", ""),
        ("reset-idme-password", "what does that mean", "entry reset-idme-password", ""),
        ("reset-idme-password", "explain that", "entry reset-idme-password", ""),
        ("mfa-recovery", "tell me more about that", "entry mfa-recovery", ""),
        ("mfa-recovery", "can you explain?", "entry mfa-recovery", ""),
        ("mfa-recovery", "what do you mean?", "entry mfa-recovery", ""),
        ("mfa-recovery", "What do you mean by that?", "entry mfa-recovery", ""),
        // A line that names more than the answer is a question of its own (it repeated the answer in focus).
        ("mfa-recovery", "what does code 846 mean on a transcript", "fallback", ""),
        ("mfa-recovery", "tell me a joke", "fallback", ""),
        // Running out of the 30-minute window is the window's follow-up ("what if I run out of time?" answered
        // "What ID.me is"; "what if the 30 minutes runs out" fell back).
        ("mfa-recovery", "what if I run out of time?", "followUp mfa-recovery", "30 minutes"),
        ("mfa-recovery", "what if the 30 minutes runs out", "followUp mfa-recovery", "30 minutes"),
        ("mfa-recovery", "what if time runs out?", "followUp mfa-recovery", "30 minutes"),
        // ("what if I miss the window" fell back at 0.16, "what if it expires?" at 0.42.)
        ("mfa-recovery", "what if I miss the window", "followUp mfa-recovery", "30 minutes"),
        ("mfa-recovery", "what if it expires?", "followUp mfa-recovery", "30 minutes"),
        // Asked what a word means, or corrected ("I meant X"), the line is read as the words that name a topic, as
        // "what about X?" is ("what do you mean by MFA" answered "What I can help with"; "no, I meant the IRS"
        // answered "What ID.me is").
        ("reset-idme-password", "what do you mean by MFA", "entry mfa-recovery", ""),
        ("mfa-recovery", "what do you mean by MFA?", "entry mfa-recovery", ""),
        ("mfa-recovery", "no, I meant the IRS", "clarify contact-irs,idme-required", ""),
        ("mfa-recovery", "I meant the IRS", "clarify contact-irs,idme-required", ""),
        ("mfa-recovery", "sorry, I meant the password", "entry reset-idme-password", ""),
        // Whose matter it is: the escalation, which says so ("does the IRS handle this?" fell back).
        ("mfa-recovery", "does the IRS handle this?", "followUp mfa-recovery", "MFA is an ID.me matter; the IRS doesn't handle it."),
        ("reset-idme-password", "does the IRS handle this?", "followUp reset-idme-password", "contact ID.me's help/support"),
        ("mfa-recovery", "does ID.me handle this?", "followUp mfa-recovery", "MFA is an ID.me matter"),
        // Asked whether the IRS handles it, every phrasing gets the escalation ("what about the IRS?" got a list of
        // choices, "can the IRS help?" the contacts, "should I call the IRS instead" who-to-contact's whole answer).
        ("mfa-recovery", "should I call the IRS about this", "followUp mfa-recovery", "MFA is an ID.me matter; the IRS doesn't handle it."),
        ("mfa-recovery", "what about the IRS?", "followUp mfa-recovery", "MFA is an ID.me matter; the IRS doesn't handle it."),
        ("reset-idme-password", "what about the irs", "followUp reset-idme-password", "not by the IRS or IRS e-Services"),
        ("reset-idme-password", "how about the IRS?", "followUp reset-idme-password", "not by the IRS or IRS e-Services"),
        ("reset-idme-password", "can the irs help", "followUp reset-idme-password", "not by the IRS or IRS e-Services"),
        ("mfa-recovery", "can the IRS help?", "followUp mfa-recovery", "MFA is an ID.me matter; the IRS doesn't handle it."),
        ("mfa-recovery", "will the irs help", "followUp mfa-recovery", "MFA is an ID.me matter; the IRS doesn't handle it."),
        ("reset-idme-password", "should I call the irs instead", "followUp reset-idme-password", "not by the IRS or IRS e-Services"),
        ("locked-account", "should I call the irs instead", "followUp locked-account", "don't handle ID.me sign-in problems"),
        ("mfa-recovery", "can the IRS do it instead?", "followUp mfa-recovery", "MFA is an ID.me matter; the IRS doesn't handle it."),
        // An authored follow-up still wins where the entry has one.
        ("locked-account", "can the IRS do it?", "followUp locked-account", "No. Locked ID.me accounts are handled by ID.me."),
        ("contact-irs", "what about the IRS?", "followUp contact-irs", "it belongs with ID.me instead"),
        // A question about an IRS matter is still its own question.
        ("mfa-recovery", "do I need to call the irs about my refund", "entry contact-irs", ""),
        ("mfa-recovery", "what about the irs transcript", "entry contact-irs", ""),
        ("mfa-recovery", "who handles this?", "followUp mfa-recovery", "no phone number for ID.me"),
        ("mfa-recovery", "who do I call about this", "followUp mfa-recovery", "MFA is handled by ID.me, not the IRS."),
        // Close variants: "can the irs fix it" answered back-to-irs-tools (0.91), "is that an IRS problem?" contact-irs
        // (0.86), which says ID.me can't help.
        ("mfa-recovery", "can the irs fix it", "followUp mfa-recovery", "MFA is an ID.me matter; the IRS doesn't handle it."),
        ("locked-account", "can the irs fix it", "followUp locked-account", "don't handle ID.me sign-in problems"),
        ("mfa-recovery", "is that an IRS problem?", "followUp mfa-recovery", "MFA is an ID.me matter; the IRS doesn't handle it."),
        ("locked-account", "is that an IRS problem?", "followUp locked-account", "don't handle ID.me sign-in problems"),
        ("locked-account", "what about the IRS?", "followUp locked-account", "don't handle ID.me sign-in problems"),
        // Other questions still switch topic.
        ("mfa-recovery", "bye", "entry goodbye", ""),
        ("mfa-recovery", "Can ID.me help with my CAF number issue or is that an IRS thing", "entry who-to-contact", ""),
        ("locked-account", "locked id.me", "entry locked-account", ""),
        ("locked-account", "can i unlock my id.me myself", "entry locked-account", ""),
        ("mfa-recovery", "what kinds of problems should I take to ID.me", "fallback", ""),
        ("reset-idme-password", "what is id.me", "entry what-is-idme", ""),
        ("mfa-recovery", "how do I reset my id.me password?", "entry reset-idme-password", ""),
    ]

    func testLinesThatPointBackKeepTheTopic() throws {
        let matcher = try ShippedMatcher.get()
        for c in Self.cases {
            var conversation = Conversation(matcher: matcher)
            try conversation.focus(on: c.topic)
            let reply = conversation.respond(to: c.line)
            XCTAssertEqual(ConversationTests.summary(reply, unordered: true), c.expected, "\(c.topic) / \(c.line)")
            if !c.contains.isEmpty {
                let text = AnswerRenderer().render(reply, in: matcher.knowledgeBase)
                XCTAssertTrue(text.contains(c.contains), "\(c.topic) / \(c.line): \(text)")
            }
        }
    }

    /// With no topic in focus they ask for a question, as "tell me more" does ("tell me more about that" answered
    /// upgrading an ID.me account, "what does that mean" how sign-in problems affect a firm).
    func testWithNoTopicTheyAskForAQuestion() throws {
        let matcher = try ShippedMatcher.get()
        for line in ["tell me more about that", "can you explain that", "what does that mean", "explain that", "what do you mean by that"] {
            var conversation = Conversation(matcher: matcher)
            XCTAssertEqual(ConversationTests.summary(conversation.respond(to: line)), "needsTopic more", line)
        }
    }

    /// A correction or a question about a word names a topic with no topic in focus too ("I meant the IRS" answered
    /// "What ID.me is", "what do you mean by MFA" "What I can help with").
    func testCorrectionsNameATopicWithNoTopicInFocus() throws {
        let matcher = try ShippedMatcher.get()
        let cases = [("I meant the IRS", "clarify contact-irs,idme-required"), ("what do you mean by MFA", "entry mfa-recovery"),
                     ("who handles this?", "needsTopic contacts"), ("what about the IRS?", "clarify contact-irs,idme-required")]
        for (line, expected) in cases {
            var conversation = Conversation(matcher: matcher)
            XCTAssertEqual(ConversationTests.summary(conversation.respond(to: line), unordered: true), expected, line)
        }
    }

    /// Whose matter it is, asked with no topic in focus, names whom it asks about: the line is matched as a question
    /// of its own ("does the IRS handle this problem" got "If what doesn't work? Ask a question first.").
    func testWhoHandlesItWithNoTopicIsAQuestion() throws {
        let matcher = try ShippedMatcher.get()
        let cases = [("does the irs handle this problem", "entry who-to-contact"), ("should I call the irs instead", "entry who-to-contact"),
                     ("is that an irs problem", "entry contact-irs")]
        for (line, expected) in cases {
            var conversation = Conversation(matcher: matcher)
            XCTAssertEqual(ConversationTests.summary(conversation.respond(to: line), unordered: true), expected, line)
        }
    }

    /// The topic stays in focus after such a line: the walk through its steps goes on.
    func testTheStepsStayReachable() throws {
        let matcher = try ShippedMatcher.get()
        var conversation = Conversation(matcher: matcher)
        try conversation.focus(on: "reset-idme-password")
        let lines = ["can you explain that", "what does that mean", "step 2"]
        let replies = lines.map { ConversationTests.summary(conversation.respond(to: $0)) }
        XCTAssertEqual(replies, ["entry reset-idme-password", "entry reset-idme-password", "followUp reset-idme-password"])
    }
}
