import Foundation
import XCTest

/// `ask --explain` in a pipe wraps its labelled lines as the answer is wrapped (80 columns, or COLUMNS), each
/// further line hanging under the value column; they ran to 134 columns.
final class AskExplainWrappingTests: CLITestCase {
    func testTheExplanationWrapsInAPipeUnderItsValueColumn() throws {
        let question = "my client jane doe called about her id.me account being locked after she tried to reset the "
            + "password three times yesterday"
        let cases: [(columns: String?, width: Int)] = [(nil, 80), ("60", 60)]
        for c in cases {
            let run = try run(["ask", "--explain", question], environment: c.columns.map { ["COLUMNS": $0] } ?? [:])
            XCTAssertEqual(run.status, 0, run.stderr)
            let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertEqual(lines.filter { $0.count > c.width }, [], "width \(c.width)")
            let question = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Question:   ") }, run.stdout)
            let hanging = lines[question + 1]
            XCTAssertTrue(hanging.hasPrefix(String(repeating: " ", count: 12)) && hanging.dropFirst(12).first != " ", run.stdout)
        }
    }
}
