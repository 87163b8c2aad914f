import XCTest
@testable import HelpdeskCore

/// The report as `eval` prints it: an undefined ratio is `n/a` in text and `null` in JSON, never 0%.
final class EvaluationRendererTests: XCTestCase {
    /// Two in-scope questions: `a` answered right, `b` asked about; no off-topic question, nothing fell back.
    private var report: EvaluationReport {
        var report = EvaluationReport()
        report.total = 2
        report.inScope = 2
        report.inScopeCorrect = 1
        report.inScopeTopOne = 2
        report.clarified = 1
        report.entries = ["a": .init(id: "a", truePositives: 1), "b": .init(id: "b", falseNegatives: 1)]
        report.latencies = [0.001, 0.002]
        return report
    }

    func testTextSaysNAForUndefinedRatios() {
        let lines = EvaluationRenderer().text(report).split(separator: "\n").map(String.init)
        XCTAssertEqual(Array(lines.prefix(6)), [
            "Questions:            2 (2 in scope, 0 off-topic)",
            "In-scope accuracy:    50.0%  (answered with the right entry; top-1 ranking 100.0%)",
            "Off-topic recall:     n/a  (off-topic questions that fell back)",
            "Off-topic precision:  n/a  (fallbacks that were off-topic)",
            "Clarify rate:         50.0%",
            "Confidently wrong:    0.0%  (answered with a wrong entry)",
        ])
        XCTAssertTrue(lines.contains("  n/a / 0.0%  b"), lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains("  100.0% / 100.0%  a"), lines.joined(separator: "\n"))
    }

    func testJSONSaysNullForUndefinedRatios() {
        let json = EvaluationRenderer().json(report)
        for field in ["\"in_scope_accuracy\":0.5000", "\"out_of_scope_recall\":null", "\"out_of_scope_precision\":null",
                      "\"confidently_wrong_rate\":0.0000", "\"b\":{\"precision\":null,\"recall\":0.0000,\"support\":1}"] {
            XCTAssertTrue(json.contains(field), "\(field) in \(json)")
        }
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(json.utf8)))
    }
}
