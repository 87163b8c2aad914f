import XCTest
@testable import HelpdeskCore

/// The decision line says why: a close runner-up that is below the threshold, or small talk, is no choice.
final class ExplainerTests: XCTestCase {
    func testTheDecisionLineNamesWhyACloseRunnerUpWasNoChoice() {
        let settings = DecisionFixture.settings(threshold: 0.4, margin: 0.5)
        let decider = DecisionFixture.decider(threshold: 0.4, margin: 0.5, chitChat: [0])
        let analysis = DecisionFixture.analysis
        let table: [(scores: [Double], decision: String)] = [
            ([0.1, 0.95, 0.2], "answered: e1 scored 0.950, above the threshold and clear of the runner-up"),
            ([0.1, 0.6, 0.3], "answered: e1 scored 0.600, above the threshold; the runner-up is close but below the threshold"),
            ([0.9, 0.8, 0.1], "answered: e1 scored 0.800, above the threshold; the runner-up is close but small talk, never offered beside a help topic"),
            ([0.1, 0.9, 0.8], "clarify: e1, e2 are too close to choose between"),
        ]
        for row in table {
            let ranking = Ranking(candidates: DecisionFixture.ranking(row.scores).candidates.sorted { $0.confidence > $1.confidence })
            let result = MatchResult(question: "x", analysis: analysis, ranking: ranking,
                                     decision: decider.decide(ranking, analysis: analysis), settings: settings)
            let text = Explainer().explain(result, in: KnowledgeBase(entries: []))
            XCTAssertTrue(text.contains("clarify when the top two both reach it and are within 0.500"), text)
            XCTAssertTrue(text.hasSuffix("Decision:   " + row.decision), "\(row.scores): \(text)")
        }
    }

    /// An entry with its own threshold is named on the thresholds line, and an answer above it says so.
    func testAnEntrysOwnThresholdIsNamed() {
        let settings = DecisionFixture.settings(threshold: 0.6, margin: 0.05)
        let decider = Decider(settings: settings, onTopicPhrases: [["x"]], entryThresholds: [0: 0.25])
        var triage = Entry(id: "e0", title: "E0", summary: "S", questions: ["q"])
        triage.answerThreshold = 0.25
        let kb = KnowledgeBase(entries: [triage, Entry(id: "e1", title: "E1", summary: "S", questions: ["r"])])
        let ranking = DecisionFixture.ranking([0.37, 0.1])
        let result = MatchResult(question: "x", analysis: DecisionFixture.analysis, ranking: ranking,
                                 decision: decider.decide(ranking, analysis: DecisionFixture.analysis), settings: settings)
        let text = Explainer().explain(result, in: kb)
        XCTAssertTrue(text.contains("Thresholds: answer at 0.600 or more (e0 at 0.250, its own); clarify"), text)
        XCTAssertTrue(text.hasSuffix("Decision:   answered: e0 scored 0.370, above its own threshold 0.250 and clear of the runner-up"), text)
    }

    /// What the user typed is echoed redacted and without control characters; the spaces that blank out personal data
    /// for matching are not shown as a gap.
    func testTheQuestionIsEchoedSafely() throws {
        var conversation = Conversation(matcher: try ShippedMatcher.get())
        _ = conversation.respond(to: "ssn 123-45-6789 forgot my id.me password \u{1B}]0;pwned\u{07}")
        let text = try XCTUnwrap(Explainer().explain(conversation))
        XCTAssertFalse(text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, text)
        XCTAssertFalse(text.contains("6789"), text)
        for line in text.split(separator: "\n") where line.hasPrefix("Matched on:") || line.hasPrefix("Normalized:") {
            XCTAssertFalse(line.contains("  "), String(line))
        }
        XCTAssertTrue(text.contains("Question:   ssn [SSN] forgot my id.me password \u{FFFD}]0;pwned\u{FFFD}"), text)
    }
}
