import XCTest
@testable import HelpdeskCore

/// `:why` and `--explain` explain the last reply: a pick from a list, a topic opened by id, a follow-up or a match.
final class ExplainerConversationTests: XCTestCase {
    /// Lines of a session ("#ID" opens a topic by id, as `:show ID` does), then how the explanation starts and
    /// a line it holds; nil when there is nothing to explain.
    static let cases: [(lines: [String], prefix: String?, holds: String)] = [
        ([], nil, ""),
        (["lost my phone, can't get code"], "Question:   lost my phone, can't get code", "Decision:   answered: mfa-recovery"),
        (["lost my phone, can't get code", "what's the number?"], "Follow-up:  answered in the context of mfa-recovery", ""),
        // Before, `:why` explained the line matched before `:show` ("lost my phone") or only the clarify question.
        (["lost my phone, can't get code", "#locked-account"], "Opened:     locked-account, by its id", ""),
        (["locked email", "1"], "Picked:     ", "Question:   locked email"),
        // A reply that rejects every choice: `:why` explained the clarify decision, as if the list were still open.
        (["locked email", "none"], "Line:       'none' rejects all ", "(a none reply).\n            No entry was matched; the fallback lists them as closest topics.\n            The choices were offered for:\nQuestion:   locked email"),
        (["locked email", "No."], "Line:       'No.' rejects all ", "The choices were offered for:\nQuestion:   locked email"),
        (["locked email", "none", "hello"], "Question:   hello", ""),
        (["locked email", "1", "what's the number?"], "Follow-up:  ", ""),
        // A bare follow-up with no topic: "Nothing to explain." before.
        (["who do I call"], "Follow-up:  'contacts' asked with no topic in focus", "the general contacts were given"),
        (["more"], "Follow-up:  'more' asked with no topic in focus", "No entry was matched."),
        (["then what?"], "Follow-up:  'next' asked with no topic in focus", "No entry was matched."),
        (["lost my phone, can't get code", "and after that?"], "Follow-up:  answered in the context of mfa-recovery",
         "Matched:    the generic follow-up 'next'"),
        (["more", "lost my phone, can't get code"], "Question:   lost my phone, can't get code", ""),
        // "none" with no list open: "Nothing to explain yet" before, though a question had been asked.
        (["lost my phone, can't get code", "none"], "Pick:       'none' answers a list of choices, and no list was open", ""),
        // A bare number with no list open reads the steps in focus, as "step 2" does, also of a topic without steps
        // (which said "Pick: '2' answers a list of choices, and no list was open (nor steps to read it as a step
        // number)"); with no topic in focus, there is nothing it picks.
        (["lost my phone, can't get code", "2"], "Follow-up:  answered in the context of mfa-recovery", "Matched:    a reference to step 2"),
        (["what is id.me", "2"], "Follow-up:  answered in the context of what-is-idme", "Matched:    a reference to step 2"),
        (["2"], "Pick:       '2' answers a list of choices, and no list was open (nor a topic in focus to read it as a step of)", ""),
        (["I forgot my password. Also my phone was stolen so I cannot get the code.", "2"],
         "Picked:     mfa-recovery, problem 2 of the ones answered together before.", ""),
        // Naming one of them goes back to it, explained by the line and the words it was matched on, as for one topic
        // (it began "Picked:", without them); "the second one" only gives its number, as "2" does.
        (["I forgot my password. Also my phone was stolen so I cannot get the code.", "what about the code problem?"],
         "Line:       what about the code problem?\nTurned to:  'the code problem', the topic the line names; matched on those words\n"
            + "Picked:     mfa-recovery, problem 2 of the ones answered together before.", ""),
        (["I forgot my password. Also my phone was stolen so I cannot get the code.", "what about the second one"],
         "Picked:     mfa-recovery, problem 2 of the ones answered together before.", ""),
        // A line that turns to a topic by name is explained by the words it was matched on.
        (["forgot my id.me password", "what about the code problem?"], "Line:       what about the code problem?\nTurned to:  'the code problem', the topic the line names; matched on those words\nQuestion:   the code problem", "Decision:   answered: mfa-recovery"),
        (["lost my phone, can't get code", "what about step 3?"], "Line:       what about step 3?\nTurned to:  'step 3'", "Follow-up:  answered in the context of mfa-recovery"),
        // A bare acknowledgement: it was explained as a match that fell back.
        (["lost my phone, can't get code", "Got it."], "Line:       'Got it.' only acknowledges (one of the lexicon's acknowledgements",
         "as the whole line).\n            No entry was matched; mfa-recovery stays in focus."),
        (["ok"], "Line:       'ok' only acknowledges", "no topic is in focus."),
        // What a follow-up gets on its own is what `ask` gives it: "what about the IRS?" is matched there on "the IRS",
        // a list of choices (it said "fallback: 0.546 below threshold", the whole line's match).
        (["new phone, no code", "what about the IRS"], "Follow-up:  answered in the context of mfa-recovery",
         "On its own the line would have been:\n  Line:       what about the IRS\n  Turned to:  'the IRS'"),
        (["new phone, no code", "what about the IRS"], "Follow-up:  ", "  Decision:   clarify: "),
        // A bare follow-up on its own asks for a topic.
        (["new phone, no code", "then what?"], "Follow-up:  ", "On its own the line would have been:\n  Follow-up:  'next' asked with no topic in focus"),
        (["lost my phone, can't get code", "ok", "no code"], "Question:   no code", "Decision:   answered: mfa-recovery"),
    ]

    func testExplainsHowTheLastReplyWasReached() throws {
        // A wide clarify margin makes "locked email" a list of choices.
        let wide = try ShippedMatcher.with(answerThreshold: 0.1, clarifyMargin: 1)
        for (lines, prefix, holds) in Self.cases {
            let matcher = try lines.first == "locked email" ? wide : ShippedMatcher.get()
            var conversation = Conversation(matcher: matcher)
            for line in lines {
                if line.hasPrefix("#") { try conversation.focus(on: String(line.dropFirst())) } else { _ = conversation.respond(to: line) }
            }
            let text = Explainer(scorer: matcher.scorer).explain(conversation)
            guard let prefix else { XCTAssertNil(text, "\(lines)"); continue }
            let explanation = try XCTUnwrap(text, "\(lines)")
            XCTAssertTrue(explanation.hasPrefix(prefix), "\(lines): \(explanation)")
            XCTAssertTrue(holds.isEmpty || explanation.contains(holds), "\(lines): \(explanation)")
            // A line that ends in a comma read as cut off ("rejects both choices offered (a none reply),").
            for line in explanation.split(separator: "\n") where line.first != " " {
                XCTAssertFalse(line.hasSuffix(","), "\(lines): \(line)")
            }
        }
    }

    func testAPickNamesTheEntryPicked() throws {
        var conversation = Conversation(matcher: try ShippedMatcher.with(answerThreshold: 0.1, clarifyMargin: 1))
        guard case .clarify(let candidates) = conversation.respond(to: "locked email") else { return XCTFail("expected a list") }
        _ = conversation.respond(to: "2")
        let text = try XCTUnwrap(Explainer().explain(conversation))
        XCTAssertTrue(text.hasPrefix("Picked:     \(candidates[1].id) from the choices offered for:\nQuestion:   locked email"), text)
    }
}
