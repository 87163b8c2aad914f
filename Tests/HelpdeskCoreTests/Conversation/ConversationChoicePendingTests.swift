import XCTest
@testable import HelpdeskCore

/// A line that only acknowledges ("ok", "sure") while "which of these do you mean?" is open keeps the list open and
/// asks for a pick, so the next line can still pick; a none reply ("no", "none") keeps its meaning.
final class ConversationChoicePendingTests: XCTestCase {
    /// A wide clarify margin makes "locked email" a list of choices.
    private func clarifying(_ matcher: Matcher? = nil) throws -> (Conversation, [Candidate]) {
        var conversation = Conversation(matcher: try matcher ?? ShippedMatcher.with(answerThreshold: 0.1, clarifyMargin: 1))
        guard case .clarify(let candidates) = conversation.respond(to: "locked email") else {
            XCTFail("expected a clarify question")
            throw XCTSkip("no clarify question")
        }
        return (conversation, candidates)
    }

    /// The reply to each line with the list open ("pending": the list stays open and the reply asks for a pick), and
    /// whether the list is still open after it.
    static let cases: [(line: String, reply: String, open: Bool)] = [
        ("ok", "pending", true), ("OK!", "pending", true), ("  okay  ", "pending", true), ("yes", "pending", true),
        // "got it" picked "Password reset email didn't arrive" by title words (got, get and arrive are synonyms).
        ("sure", "pending", true), ("got it", "pending", true), ("Fair enough.", "pending", true), ("alright", "pending", true),
        // None replies keep their meaning: none of the choices.
        ("no", "fallback", false), ("Nope.", "fallback", false), ("none", "fallback", false), ("none of these", "fallback", false),
        // A pick, a number outside the list, and a new question, as before.
        ("2", "entry 2", false), ("the first one", "entry 1", false), ("9", "outOfRange", true),
        // Small talk is never a list of its own, even with this wide clarify margin: the better piece answers. The new
        // question's runner-up must score under this matcher's 0.1 threshold, or the wide margin makes it a list too.
        ("ok thanks", "entry thanks", false), ("I forgot my id.me password", "entry reset-idme-password", false),
    ]

    func testAnAcknowledgementKeepsTheListOpen() throws {
        for c in Self.cases {
            var (conversation, candidates) = try clarifying()
            let reply = conversation.respond(to: c.line)
            let summary: String
            switch reply {
            case .choicePending(let offered):
                XCTAssertEqual(offered, candidates, c.line)
                summary = "pending"
            case .entry(let entry, _):
                summary = candidates.firstIndex { $0.id == entry.id }.map { "entry \($0 + 1)" } ?? "entry \(entry.id)"
            case .fallback(let closest):
                XCTAssertEqual(closest, candidates, "\(c.line): the choices are the closest topics")
                summary = "fallback"
            case .choiceOutOfRange: summary = "outOfRange"
            default: summary = ConversationTests.summary(reply)
            }
            XCTAssertEqual(summary, c.reply, c.line)
            XCTAssertEqual(conversation.pendingChoices.isEmpty, !c.open, "\(c.line): the list is open")
        }
    }

    /// After "ok", "2" picks the second choice, and `:why` names the question that offered the list; a second "ok"
    /// asks again.
    func testAPickAfterTheAcknowledgementStillPicks() throws {
        var (conversation, candidates) = try clarifying()
        let kb = conversation.knowledgeBase
        let reply = conversation.respond(to: "ok")
        XCTAssertEqual(reply, .choicePending(candidates))
        XCTAssertEqual(AnswerRenderer().render(reply, in: kb), "Which one? Reply with a number from 1 to \(candidates.count), or \"none\".")
        XCTAssertEqual(conversation.lastAcknowledgement, "ok")
        let why = try XCTUnwrap(Explainer().explain(conversation))
        XCTAssertTrue(why.hasPrefix("Line:       'ok' only acknowledges"), why)
        XCTAssertTrue(why.contains("picks none of the \(candidates.count) choices offered.\n"), why)
        XCTAssertTrue(why.hasSuffix("The list stays open for a pick."), why)
        XCTAssertEqual(conversation.respond(to: "sure"), .choicePending(candidates))
        XCTAssertEqual(conversation.respond(to: "2"), .entry(kb.entries[candidates[1].entryIndex]))
        XCTAssertTrue(conversation.pendingChoices.isEmpty)
        let picked = try XCTUnwrap(Explainer().explain(conversation))
        XCTAssertTrue(picked.hasPrefix("Picked:     \(candidates[1].id) from the choices offered for:\nQuestion:   locked email"), picked)
    }

    /// An acknowledgement that an entry lists among its questions is that entry's question, list or not; and in a KB
    /// without `acknowledgements`, "ok" is read as any other line and closes the list.
    func testOnlyALineThatOnlyAcknowledgesKeepsTheList() throws {
        let wide = try ShippedMatcher.with(answerThreshold: 0.1, clarifyMargin: 1)
        let withYes = try ShippedMatcher.withYesIntent(wide)
        var (conversation, _) = try clarifying(withYes)
        XCTAssertEqual(ConversationTests.summary(conversation.respond(to: "Yes!")), "entry yes")
        XCTAssertTrue(conversation.pendingChoices.isEmpty)

        var kb = wide.knowledgeBase
        kb.lexicon.acknowledgements = []
        (conversation, _) = try clarifying(Matcher(knowledgeBase: kb, settings: wide.settings))
        XCTAssertFalse(ConversationTests.summary(conversation.respond(to: "ok")).hasPrefix("choicePending"))
        XCTAssertTrue(conversation.pendingChoices.isEmpty)
    }
}
