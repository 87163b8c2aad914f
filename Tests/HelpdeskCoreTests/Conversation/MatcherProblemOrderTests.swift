import XCTest
@testable import HelpdeskCore

/// `Matcher.wholeTopicFirst`: the whole text's topic moves ahead of the writer's first problem only when it answers
/// more surely by more than the clarify margin.
final class MatcherProblemOrderTests: XCTestCase {
    /// The first problem's confidence, the whole text's topic's (the second problem), and whether it moves first.
    static let cases: [(first: Double, topic: Double, moves: Bool)] = [
        (0.74, 1.00, true),
        (0.80, 0.86, true),
        (0.80, 0.84, false),   // within the margin (0.05): as sure, the writer's order stands
        (0.80, 0.85, false),   // the margin itself
        (0.90, 0.80, false),
    ]

    func testTheTopicLeadsOnlyByMoreThanTheMargin() throws {
        var matcher = try ShippedMatcher.get()
        matcher.settings.clarifyMargin = 0.05
        let entries = matcher.knowledgeBase.entries.prefix(2).enumerated().map { ($0.offset, $0.element.id) }
        func result(_ k: Int, _ confidence: Double) -> MatchResult {
            let candidate = Candidate(entryIndex: entries[k].0, id: entries[k].1, title: "", confidence: confidence)
            return MatchResult(question: "q\(k)", analysis: Analysis("q\(k)"), ranking: Ranking(candidates: [candidate]),
                               decision: .answer(candidate), settings: matcher.settings)
        }
        for c in Self.cases {
            let problems = [result(0, c.first), result(1, c.topic)]
            let ordered = matcher.wholeTopicFirst(problems, whole: problems[1]) { _ in false }
            XCTAssertEqual(ordered.map(\.question), c.moves ? ["q1", "q0"] : ["q0", "q1"], "\(c)")
            // Set apart by the writer ("also", a list item): it never moves.
            XCTAssertEqual(matcher.wholeTopicFirst(problems, whole: problems[1]) { _ in true }.map(\.question), ["q0", "q1"])
        }
    }
}
