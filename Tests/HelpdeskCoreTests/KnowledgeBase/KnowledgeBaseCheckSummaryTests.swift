import XCTest
@testable import HelpdeskCore

final class KnowledgeBaseCheckSummaryTests: XCTestCase {
    /// Without errors, the counts; with errors, also which entries the warnings cover and what did not run.
    func testTheSummarySaysWhatWasChecked() {
        let cases: [(KnowledgeBaseCheckSummary, String)] = [
            (.init(errors: 0, warnings: 0, entries: 1, questions: 1), "OK: 1 entry, 1 example question, 0 warnings"),
            (.init(errors: 0, warnings: 2, entries: 26, questions: 1310), "OK: 26 entries, 1310 example questions, 2 warnings"),
            (.init(errors: 6, warnings: 4, entries: 2, questions: 2), "6 errors, 4 warnings (warnings cover the 2 entries that loaded)"),
            (.init(errors: 1, warnings: 1, entries: 1, questions: 3), "1 error, 1 warning (warnings cover the entry that loaded)"),
            (.init(errors: 2, warnings: 0, entries: 0, questions: 0), "2 errors, 0 warnings (no entry loaded, so none was checked for warnings)"),
            (.init(errors: 1, warnings: 0, entries: 3, questions: 9, overlapsSkipped: true),
             "1 error, 0 warnings (warnings cover the 3 entries that loaded; --overlaps needs a knowledge base without errors)"),
        ]
        for (summary, text) in cases { XCTAssertEqual(summary.text, text) }
    }
}
