import XCTest
@testable import HelpdeskCore

/// A diagnostic shown to the user has personal data in its file name redacted, the name read on its own so that the
/// line number glued to it cannot hide a number the name ends with; `redacted` redacts its message too.
final class DiagnosticRedactedTests: XCTestCase {
    func testTheFileNameIsRedactedOnItsOwn() {
        let cases: [(location: SourceLocation, redacted: String, description: String)] = [
            (SourceLocation(file: "/tmp/ssn-123-45-6789", line: 1),
             "/tmp/ssn-[SSN]:1: error: knowledge-base folder not found",
             "/tmp/ssn-123-45-6789:1: error: knowledge-base folder not found"),
            (SourceLocation(file: "/tmp/Smith 123-45-6789/kb.yaml", line: 4, column: 5),
             "/tmp/Smith [SSN]/kb.yaml:4:5: error: knowledge-base folder not found",
             "/tmp/Smith 123-45-6789/kb.yaml:4:5: error: knowledge-base folder not found"),
            // Line 0: the folder as a whole, shown without a line number.
            (SourceLocation(file: "/tmp/ssn-123-45-6789", line: 0),
             "/tmp/ssn-[SSN]: error: knowledge-base folder not found",
             "/tmp/ssn-123-45-6789: error: knowledge-base folder not found"),
            (SourceLocation(file: "/work/kb/faq.yaml", line: 7, column: 13),
             "/work/kb/faq.yaml:7:13: error: knowledge-base folder not found",
             "/work/kb/faq.yaml:7:13: error: knowledge-base folder not found"),
        ]
        for c in cases {
            let diagnostic = Diagnostic(.error, "knowledge-base folder not found", at: c.location)
            XCTAssertEqual(diagnostic.redacted(), c.redacted)
            XCTAssertEqual(diagnostic.redactingLocation(), c.redacted)
            XCTAssertEqual(diagnostic.description, c.description)
        }
    }

    func testRedactedRedactsTheMessageAndEntryWhereRedactingLocationKeepsThem() {
        let diagnostic = Diagnostic(.warning, "answer quotes 123-45-6789", at: SourceLocation(file: "kb.yaml", line: 2),
                                    entry: "ssn-123-45-6789")
        XCTAssertEqual(diagnostic.redacted(), "kb.yaml:2: warning: answer quotes [SSN] (entry 'ssn-[SSN]')")
        XCTAssertEqual(diagnostic.redactingLocation(), "kb.yaml:2: warning: answer quotes 123-45-6789 (entry 'ssn-123-45-6789')")
    }
}
