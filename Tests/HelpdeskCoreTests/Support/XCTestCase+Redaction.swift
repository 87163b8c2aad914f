import XCTest
@testable import HelpdeskCore

/// The two checks every table of redaction cases makes.
extension XCTestCase {
    /// Each input is redacted to its expected text, which a second redaction leaves as it is.
    func assertRedacts(_ cases: [(input: String, expected: String)], with redactor: Redactor = Redactor(),
                       file: StaticString = #filePath, line: UInt = #line) {
        for (input, expected) in cases {
            XCTAssertEqual(redactor.redact(input), expected, "input: \(input)", file: file, line: line)
            XCTAssertEqual(redactor.redact(expected), expected, "redacted again: \(expected)", file: file, line: line)
        }
    }

    /// Each input holds nothing to redact and is kept as typed.
    func assertKeeps(_ inputs: [String], with redactor: Redactor = Redactor(), file: StaticString = #filePath, line: UInt = #line) {
        for input in inputs {
            XCTAssertEqual(redactor.redact(input), input, "input: \(input)", file: file, line: line)
        }
    }
}
