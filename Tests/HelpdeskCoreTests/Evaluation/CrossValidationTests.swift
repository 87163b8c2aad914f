import XCTest
@testable import HelpdeskCore

final class CrossValidationTests: XCTestCase {
    /// The crafted KB without its two near-identical export entries: every question is distinct and on one topic.
    private static let distinct: KnowledgeBase = {
        var kb = MatcherFixture.knowledgeBase
        kb.entries.removeAll { $0.id.hasPrefix("export-") }
        return kb
    }()

    private static func tiny(questions: [Int], outOfScope: Int) -> KnowledgeBase {
        let entries = questions.enumerated().map { e, count in
            MatcherFixture.entry("e\(e)", "Entry \(e)", (0..<count).map { "question \($0) about topic \(e)" })
        }
        return KnowledgeBase(entries: entries, outOfScope: (0..<outOfScope).map { "off topic \($0)" })
    }

    func testFoldCount() {
        // Total examples (questions + off-topic), folds asked for, folds used, and the note saying fewer ran than asked.
        let table: [(questions: [Int], outOfScope: Int, asked: Int?, folds: Int, note: String?)] = [
            ([3, 2], 1, nil, 6, nil),   // leave-one-out: one fold per example
            ([3, 2], 0, nil, 5, nil),
            ([3, 2], 1, 3, 3, nil),
            ([3, 2], 1, 6, 6, nil),
            ([3, 2], 1, 100, 6,         // never more folds than examples, and said so
             "--folds 100 is more than the 6 examples to hold out (example questions and off-topic examples); 6 folds ran, one example each (leave-one-out)"),
            ([3], 0, 5, 3, "--folds 5 is more than the 3 examples to hold out (example questions and off-topic examples); 3 folds ran, one example each (leave-one-out)"),
            ([1], 0, 5, 2, "--folds 5 is more than the 1 example to hold out (example questions and off-topic examples); 2 folds ran"),
            ([3, 2], 1, 1, 2, nil),     // at least two
            ([3, 2], 1, 0, 2, nil),
            ([1], 0, nil, 2, nil),
        ]
        for row in table {
            let cv = CrossValidation(knowledgeBase: Self.tiny(questions: row.questions, outOfScope: row.outOfScope), folds: row.asked)
            XCTAssertEqual(cv.folds, row.folds, "\(row)")
            XCTAssertEqual(cv.fewerFoldsNote, row.note, "\(row)")
        }
    }

    func testLargeKnowledgeBasesUseTenFolds() {
        let over = Self.tiny(questions: [CrossValidation.leaveOneOutLimit + 1], outOfScope: 0)
        XCTAssertEqual(CrossValidation(knowledgeBase: over).folds, 10)
        let at = Self.tiny(questions: [CrossValidation.leaveOneOutLimit], outOfScope: 0)
        XCTAssertEqual(CrossValidation(knowledgeBase: at).folds, CrossValidation.leaveOneOutLimit)
    }

    func testEveryExampleIsHeldOutOnce() {
        // Two folds over 5 questions and 2 off-topic phrasings: running index mod 2 puts each in exactly one fold.
        let kb = Self.tiny(questions: [3, 2], outOfScope: 2)
        let report = CrossValidation(knowledgeBase: kb, folds: 2).run()
        XCTAssertEqual(report.folds, 2)
        XCTAssertEqual(report.tested, 5)
        XCTAssertEqual(report.offTopicTested, 2)
        let inScopeFailures = report.failures.filter { $0.expected != "(fallback)" }.count
        XCTAssertEqual(report.correct + inScopeFailures, report.tested)
        XCTAssertEqual(report.offTopicFellBack + (report.failures.count - inScopeFailures), report.offTopicTested)
    }

    func testDistinctQuestionsReachTheirOwnEntry() {
        let kb = Self.distinct
        let report = CrossValidation(knowledgeBase: kb).run()
        let questions = kb.entries.reduce(0) { $0 + $1.questions.count }
        XCTAssertEqual(report.folds, questions + kb.outOfScope.count, "leave-one-out")
        XCTAssertEqual(report.tested, questions)
        XCTAssertEqual(report.offTopicTested, kb.outOfScope.count, "off-topic examples are held out and counted too")
        XCTAssertGreaterThanOrEqual(report.topOneAccuracy, 0.95, "\(report.failures.map { ($0.question, $0.got ?? "-") })")
        XCTAssertGreaterThanOrEqual(report.accuracy, 0.85, "\(report.failures.map { ($0.question, $0.status) })")
        XCTAssertGreaterThanOrEqual(Double(report.offTopicFellBack) / Double(report.offTopicTested), 0.75)
        XCTAssertEqual(report.accuracy, Double(report.correct) / Double(report.tested), accuracy: 1e-12)
    }

    func testOverlappingEntriesShowUpAsOverlaps() {
        // The two export entries share an example and differ by one word: held out, their questions reach each other.
        var kb = MatcherFixture.knowledgeBase
        kb.entries.removeAll { !$0.id.hasPrefix("export-") && $0.id != "office-hours" }
        let report = CrossValidation(knowledgeBase: kb).run()
        for overlap in report.overlaps() {
            XCTAssertEqual([overlap.a, overlap.b], ["export-csv", "export-pdf"], "only the export pair overlaps")
        }
        XCTAssertTrue(report.failures.contains { $0.question == "export the client list" })
    }

    func testOverlapCounting() {
        var report = CrossValidation.Report()
        report.failures = [
            .init(question: "1", expected: "b", status: "answered", got: "a"),
            .init(question: "2", expected: "a", status: "clarify", got: "b"),
            .init(question: "3", expected: "c", status: "answered", got: "d"),
            .init(question: "4", expected: "c", status: "fallback", got: nil),
            .init(question: "5", expected: "(fallback)", status: "answered", got: "a"),
            .init(question: "6", expected: "a", status: "clarify", got: "a"),
        ]
        let overlaps = report.overlaps()
        XCTAssertEqual(overlaps.map { "\($0.a)/\($0.b)=\($0.count)" }, ["a/b=2", "c/d=1"])
    }
}
