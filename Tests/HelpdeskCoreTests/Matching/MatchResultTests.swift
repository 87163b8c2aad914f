import XCTest
@testable import HelpdeskCore

/// What a fallback points to: the top candidates with some confidence, never small talk; and what an answer names
/// as also close.
final class MatchResultTests: XCTestCase {
    static let kb: KnowledgeBase = {
        var hello = Entry(id: "greeting", title: "Hello", summary: "Hi.", questions: ["hi"])
        hello.kind = .smalltalk
        return KnowledgeBase(entries: [
            hello,
            Entry(id: "reset", title: "Reset", summary: "Reset.", questions: ["reset"]),
            Entry(id: "phone", title: "Phone", summary: "Phone.", questions: ["phone"]),
        ], outOfScope: [], lexicon: Lexicon())
    }()

    func testClosestTopicsLeaveOutSmallTalkAndZeroConfidence() {
        let kb = Self.kb
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

    /// Candidates (entry index, confidence) best first, whether the best was answered, the `also_close` setting, and
    /// the entry named as also close.
    static let alsoCloseCases: [(candidates: [(Int, Double)], answered: Bool, alsoClose: Double, expected: String?)] = [
        ([(1, 0.9), (2, 0.35)], true, 0.3, "phone"),
        ([(1, 0.9), (2, 0.3)], true, 0.3, "phone"),
        ([(1, 0.9), (2, 0.29)], true, 0.3, nil),
        ([(1, 0.9), (2, 0.5)], true, 1, nil),
        ([(1, 0.9), (0, 0.6), (2, 0.1)], true, 0.3, nil),  // small talk is never offered
        ([(1, 0.5), (2, 0.4)], false, 0.3, nil),  // only an answer names one
        ([(1, 0.9)], true, 0.3, nil),
    ]

    func testAlsoCloseNamesARunnerUpTopicAtTheSetting() {
        let kb = Self.kb
        for row in Self.alsoCloseCases {
            let candidates = row.candidates.map { Candidate(entryIndex: $0.0, id: kb.entries[$0.0].id, title: "", confidence: $0.1) }
            var settings = MatcherSettings()
            settings.alsoClose = row.alsoClose
            let result = MatchResult(question: "q", analysis: Analysis("q"), ranking: Ranking(candidates: candidates),
                                     decision: row.answered ? .answer(candidates[0]) : .fallback(.empty), settings: settings)
            XCTAssertEqual(result.alsoClose(in: kb)?.id, row.expected, "\(row)")
        }
    }
}
