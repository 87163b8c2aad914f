import XCTest
@testable import HelpdeskCore

final class BatchSummaryTests: XCTestCase {
    func testCountsAndExitStatus() {
        let cases: [(statuses: [BatchRecord.Status], exit: Int32, text: String)] = [
            ([], 0, "0 lines: 0 answered, 0 clarify, 0 fallback, 0 errors; 2.0 s, 0 lines/s"),
            ([.answered, .clarify, .fallback, .fallback], 0, "4 lines: 1 answered, 1 clarify, 2 fallback, 0 errors; 2.0 s, 2 lines/s"),
            ([.answered, .error], 65, "2 lines: 1 answered, 0 clarify, 0 fallback, 1 error; 2.0 s, 1 lines/s"),
        ]
        for c in cases {
            var summary = BatchSummary()
            for status in c.statuses {
                summary.add(BatchRecord(line: 1, question: "q", status: status, entry: nil, title: nil, confidence: 0, candidates: [], answer: ""))
            }
            XCTAssertEqual(summary.exitStatus, c.exit)
            XCTAssertEqual(summary.description(seconds: 2), c.text)
        }
    }

    /// A line that only acknowledges has status fallback, as in `ask --json`, but is counted apart: no question fell
    /// back. The count shows only when there is one.
    func testAcknowledgementsAreCountedApart() {
        var summary = BatchSummary()
        summary.add(BatchRecord(acknowledgement: "ok", line: 1, answer: "OK."))
        summary.add(BatchRecord(acknowledgement: "got it", line: 2, answer: "OK."))
        summary.add(BatchRecord(line: 3, question: "q", status: .fallback, entry: nil, title: nil, confidence: 0, candidates: [], answer: ""))
        XCTAssertEqual(summary.acknowledged, 2)
        XCTAssertEqual(summary.fallback, 1)
        XCTAssertEqual(summary.exitStatus, 0)
        XCTAssertEqual(summary.description(seconds: 2), "3 lines: 0 answered, 0 clarify, 1 fallback, 2 acknowledged, 0 errors; 2.0 s, 2 lines/s")
        var total = BatchSummary()
        total.add(summary)
        XCTAssertEqual(total, summary)
    }
}
