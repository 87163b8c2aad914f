import XCTest
@testable import HelpdeskCore

/// A column's or field's name labels its value: digits that are data only after a label are redacted under it.
final class RedactorLabelTests: XCTestCase {
    private let redactor = Redactor()

    func testALabelIsReadAsTheWordsBeforeTheValue() {
        let cases: [(text: String, label: String?, expected: String)] = [
            ("123 456 789", nil, "123 456 789"),
            ("123 456 789", "ssn", "[SSN]"),
            ("123 456 789", "notes", "123 456 789"),
            ("12 3456789", "ein", "[EIN]"),
            ("19800102", "dob", "[DOB]"),
            ("123-45-6789", nil, "[SSN]"),
            ("123-45-6789", "notes", "[SSN]"),
            // A label that holds data itself: the value is redacted on its own.
            ("123 456 789", "123-45-6789", "123 456 789"),
        ]
        for c in cases {
            XCTAssertEqual(redactor.redact(c.text, labelledBy: c.label), c.expected, "\(c.label ?? "no label"): \(c.text)")
        }
    }

    /// Each cell is labelled by the redacted cell before it, as the row read as text would be.
    func testCellsAreLabelledByTheCellBefore() {
        let cases: [(cells: [String], expected: [String])] = [
            (["SSN", "123 456 789"], ["SSN", "[SSN]"]),
            (["ein", "12 3456789", "12 3456789"], ["ein", "[EIN]", "12 3456789"]),
            (["123 456 789", "ssn"], ["123 456 789", "ssn"]),
            ([], []),
        ]
        for c in cases {
            XCTAssertEqual(redactor.redact(cells: c.cells), c.expected, "\(c.cells)")
        }
    }
}
