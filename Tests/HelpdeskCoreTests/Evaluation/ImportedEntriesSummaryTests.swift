import XCTest
@testable import HelpdeskCore

final class ImportedEntriesSummaryTests: XCTestCase {
    private let importer = KnowledgeBaseImporter(source: "imported from test.csv", reviewed: ReviewDate(year: 2026, month: 3, day: 4))

    private func row(_ question: String, _ entry: String?) -> LabeledQuestion {
        LabeledQuestion(question: question, entry: entry, title: nil, answer: nil, line: 0)
    }

    /// What the rows made, counted from them alone: a folder's other files never enter it (an import of 2 rows into
    /// the shipped KB reported "27 entries, 1312 questions").
    func testTheSummaryCountsWhatTheRowsMade() {
        let cases: [(rows: [LabeledQuestion], summary: String)] = [
            ([row("how do i print", "printer"), row("printer jammed", "printer")], "1 entry, 2 questions, 0 off-topic examples"),
            ([row("a b", "x"), row("A b?", "x"), row("c d", "y"), row("weather", nil)],
             "2 entries, 2 questions (1 repeated row merged), 1 off-topic example"),
            ([row("a b", "x"), row("a b", "y"), row("c d", "y")],
             "2 entries, 2 questions (1 row left out: the question already belongs to another entry or is off topic), 0 off-topic examples"),
        ]
        for c in cases { XCTAssertEqual(importer.entries(from: c.rows).summary(rows: c.rows.count), c.summary) }
    }

    func testAKnowledgeBaseSummary() {
        let entry = Entry(id: "a", title: "A", summary: "A.", questions: ["one", "two"], source: "s", lastReviewed: ReviewDate(year: 2026, month: 1, day: 1))
        XCTAssertEqual(KnowledgeBase(entries: [entry], outOfScope: ["x"]).summary, "1 entry, 2 example questions, 1 off-topic example")
    }
}
