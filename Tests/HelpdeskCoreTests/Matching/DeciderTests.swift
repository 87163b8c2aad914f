import XCTest
@testable import HelpdeskCore

final class DeciderTests: XCTestCase {
    private func ranking(_ scores: [Double], outOfScope: Double = 0) -> Ranking {
        Ranking(candidates: scores.enumerated().map { Candidate(entryIndex: $0, id: "e\($0)", title: "E\($0)", confidence: $1) },
                outOfScope: outOfScope)
    }

    func testDecisionTable() {
        var settings = MatcherSettings()
        settings.answerThreshold = 0.4
        settings.clarifyMargin = 0.05
        let decider = Decider(settings: settings)
        var analysis = Analysis("x")
        analysis.tokens = [Token(text: "x", range: 0..<1)]
        let table: [(scores: [Double], oos: Double, status: String)] = [
            ([0.9, 0.2, 0.1], 0, "answered"),
            ([0.41, 0.1, 0.0], 0, "answered"),
            ([0.39, 0.1, 0.0], 0, "fallback"),
            ([0.9, 0.88, 0.1], 0, "clarify"),
            ([0.9, 0.86, 0.1], 0, "clarify"),
            ([0.9, 0.85, 0.1], 0, "answered"),
            ([0.42, 0.38, 0.1], 0, "answered"),  // the runner-up is itself below the threshold
            ([0.9, 0.1, 0.0], 0.95, "fallback"),
            ([0.9, 0.1, 0.0], 0.5, "answered"),
        ]
        for row in table {
            let decision = decider.decide(ranking(row.scores, outOfScope: row.oos), analysis: analysis)
            XCTAssertEqual(decision.status, row.status, "\(row.scores) oos \(row.oos)")
        }
    }

    func testNoWordsFallsBack() {
        let decision = Decider(settings: MatcherSettings()).decide(ranking([0.9]), analysis: Analysis(""))
        XCTAssertEqual(decision, .fallback(.empty))
    }
}
