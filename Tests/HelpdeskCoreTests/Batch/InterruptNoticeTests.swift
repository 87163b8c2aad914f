import XCTest
import HelpdeskCore

final class InterruptNoticeTests: XCTestCase {
    func testTheNoticeSaysHowFarTheRunGotAndWhatBecameOfItsOutput() {
        let cases: [(notice: InterruptNotice, expected: String)] = [
            (InterruptNotice(lines: 67260, fraction: 0.074, unwritten: ["out.jsonl"]),
             "interrupted after 67260 lines (7% of the input); out.jsonl was not written (nothing is written until the run ends)"),
            (InterruptNotice(lines: 1, unwritten: ["out.jsonl", "unanswered.csv"]),
             "interrupted after 1 line; out.jsonl and unanswered.csv were not written (nothing is written until the run ends)"),
            (InterruptNotice(lines: 0, streamedTo: "standard output"),
             "interrupted after 0 lines; the records already written to standard output are complete"),
            (InterruptNotice(lines: 12, fraction: 1.5, streamedTo: "/dev/stdout", unwritten: ["u.csv"]),
             "interrupted after 12 lines (100% of the input); the records already written to /dev/stdout are complete; "
                + "u.csv was not written (nothing is written until the run ends)"),
        ]
        for c in cases { XCTAssertEqual(c.notice.description, c.expected) }
    }
}
