import XCTest
@testable import HelpdeskCore

/// What a fallback points to: the top candidates with some confidence, never small talk.
final class MatchResultTests: XCTestCase {
    func testClosestTopicsLeaveOutSmallTalkAndZeroConfidence() {
        var hello = Entry(id: "greeting", title: "Hello", summary: "Hi.", questions: ["hi"])
        hello.kind = .smalltalk
        let kb = KnowledgeBase(entries: [
            hello,
            Entry(id: "reset", title: "Reset", summary: "Reset.", questions: ["reset"]),
            Entry(id: "phone", title: "Phone", summary: "Phone.", questions: ["phone"]),
        ], outOfScope: [], lexicon: Lexicon())
        let table: [(confidences: [(Int, Double)], expected: [String])] = [
            ([(0, 0.3), (1, 0.2), (2, 0.1)], ["reset", "phone"]),
            ([(1, 0.3), (2, 0.0), (0, 0.0)], ["reset"]),
            ([(0, 0.4)], []),
        ]
        for row in table {
            let candidates = row.confidences.map { Candidate(entryIndex: $0.0, id: kb.entries[$0.0].id, title: "", confidence: $0.1) }
            let result = MatchResult(question: "q", analysis: Analysis("q"), ranking: Ranking(candidates: candidates),
                                     decision: .fallback(.empty), settings: MatcherSettings())
            XCTAssertEqual(result.closestTopics(in: kb).map(\.id), row.expected, "\(row.confidences)")
        }
    }
}
