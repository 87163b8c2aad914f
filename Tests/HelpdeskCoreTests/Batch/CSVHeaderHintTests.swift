import XCTest
@testable import HelpdeskCore

final class CSVHeaderHintTests: XCTestCase {
    /// A first row without the needed column says why it may be missing: another separator, or no header at all.
    func testTheHintFollowsTheFirstRow() {
        let noHeader = "the first row is the header: name a 'question' column there, or add a header row if the file has none"
        let cases: [(names: [String], hint: String?)] = [
            (["id;question"], "the file looks separated by ';'; helpdesk reads comma-separated CSV"),
            (["id;ticket", "x;y"], "the file looks separated by ';'; helpdesk reads comma-separated CSV"),
            (["id\tquestion"], "the file looks separated by tabs; helpdesk reads comma-separated CSV"),
            (["a\tb\tc;d"], "the file looks separated by tabs; helpdesk reads comma-separated CSV"),
            (["lost my phone"], noHeader), (["id", "text"], noHeader), ([], nil),
        ]
        for c in cases { XCTAssertEqual(CSVHeaderHint.hint(for: c.names, columns: "a 'question' column"), c.hint, "\(c.names)") }
        XCTAssertEqual(BatchError.noQuestionColumn(header: ["id;question"]).description,
                       "the CSV header has no 'question' column (found: id;question); the file looks separated by ';'; "
                       + "helpdesk reads comma-separated CSV")
    }
}
