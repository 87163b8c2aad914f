import XCTest
@testable import HelpdeskCore

/// Batch answers each line as `helpdesk ask` answers it with no topic in focus: a bare follow-up or a pick matched an
/// entry confidently ("the second one": multiple-idme-accounts at 0.999, "next step": back-to-irs-tools), and a line
/// that turns to a topic by name was matched whole ("what do you mean by MFA" answered "What I can help with").
final class BatchAnswererStandaloneTests: XCTestCase {
    /// Each line, its batch `kind` (nil: matched), and the entry it answers, or its status.
    static let cases: [(line: String, kind: BatchRecord.Kind?, expected: String)] = [
        ("the second one", .pick, "fallback"), ("and the phone number?", .contacts, "fallback"), ("more", .more, "fallback"),
        ("next step", .next, "fallback"), ("what if that fails?", .escalation, "fallback"), ("the first one", .pick, "fallback"),
        ("step 2", .steps, "fallback"), ("none", .pick, "fallback"),
        ("what about MFA", nil, "mfa-recovery"), ("what about the IRS", nil, "clarify"), ("lost my phone, can't get code", nil, "mfa-recovery"),
    ]

    /// A line of five words or more is matched as a question, without a conversation's checks (they cost about as much
    /// again as matching a short line): "what do you mean by MFA" gets what `Matcher.matchProblems` gives it.
    func testALongerLineIsMatchedAsAQuestion() throws {
        let matcher = try ShippedMatcher.get()
        let answerer = BatchAnswerer(matcher: matcher)
        for line in ["what do you mean by MFA", "no, I meant the password", "lost my phone, can't get code"] {
            let record = answerer.record(for: BatchQuestion(line: 4, content: .success(line)))
            XCTAssertNil(record.kind, line)
            XCTAssertEqual(record.entry, matcher.matchProblems(line).primary.chosen?.id, line)
        }
        XCTAssertTrue(StandaloneAnswerer.mayBeFollowUp("what if that fails?"))
        XCTAssertFalse(StandaloneAnswerer.mayBeFollowUp("what do you mean by MFA"))
    }

    func testEachLineGetsWhatAskGives() throws {
        let matcher = try ShippedMatcher.get()
        let answerer = BatchAnswerer(matcher: matcher)
        let records = RecordRenderer(candidateCount: matcher.settings.candidateCount)
        for c in Self.cases {
            let record = answerer.record(for: BatchQuestion(line: 4, content: .success(c.line)))
            XCTAssertEqual(record.kind, c.kind, c.line)
            XCTAssertEqual(record.status == .answered ? record.entry : record.status.rawValue, c.expected, c.line)
            XCTAssertEqual(record.question, c.line, "the line is echoed whole")
            // The same answer as `helpdesk ask --json` with no topic in focus.
            var conversation = Conversation(matcher: matcher)
            let reply = conversation.respond(to: c.line)
            switch reply {
            case .needsTopic(let intent):
                XCTAssertEqual(record.answer, AnswerRenderer().needsTopic(intent, in: matcher.knowledgeBase), c.line)
                XCTAssertTrue(records.json(needsTopic: intent, question: c.line, line: 4, in: matcher.knowledgeBase)
                    .contains("\"kind\":\"\(intent.rawValue)\""), c.line)
            case .nothingToPick: XCTAssertEqual(record.answer, "Nothing to pick from right now.", c.line)
            default: XCTAssertEqual(record.entry, conversation.lastProblems?.primary.chosen?.id, c.line)
            }
            if c.kind != nil {
                XCTAssertEqual(record.status, .fallback, c.line)
                XCTAssertNil(record.title)
                XCTAssertEqual(record.candidates, [])
            }
        }
    }

    /// `--explain` says why nothing was matched, as `helpdesk ask --explain` does.
    func testTheExplanationSaysNoTopicWasInFocus() throws {
        let answerer = BatchAnswerer(matcher: try ShippedMatcher.get(), explain: true)
        let record = answerer.record(for: BatchQuestion(line: 1, content: .success("next step")))
        XCTAssertEqual(record.explanation, "Follow-up:  'next' asked with no topic in focus (one of the follow_up_phrasings).\n"
            + "            No entry was matched.")
    }

    /// A bare follow-up is no question a knowledge base lacks: the summary counts it as a fallback, and the
    /// `--unanswered` report leaves it out, as it leaves out an acknowledgement.
    func testCountedAsAFallbackAndNotReportedUnanswered() throws {
        let answerer = BatchAnswerer(matcher: try ShippedMatcher.get())
        var summary = BatchSummary()
        var report = UnansweredReport(knowledgeBase: try ShippedMatcher.get().knowledgeBase)
        for line in ["more", "the second one", "recipe for banana bread"] {
            let record = answerer.record(for: BatchQuestion(line: 1, content: .success(line)))
            summary.add(record)
            report.add(record)
        }
        XCTAssertEqual(summary.fallback, 3)
        XCTAssertEqual(report.sortedGroups.map(\.question), ["recipe for banana bread"])
    }
}
