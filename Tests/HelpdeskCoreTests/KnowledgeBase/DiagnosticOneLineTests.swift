import XCTest
@testable import HelpdeskCore

/// A diagnostic quoting text from a file prints as one line: line breaks and control characters become escapes.
final class DiagnosticOneLineTests: XCTestCase {
    func testControlCharactersAreEscaped() {
        let cases: [(message: String, expected: String)] = [
            ("unknown key 'colour'", "unknown key 'colour'"),
            ("found 'a\nb'", "found 'a\\nb'"),
            ("a\r\nb\tc", "a\\r\\nb\\tc"),
            ("bell\u{7}", "bell\\u{7}"),
            ("del\u{7F} and \u{85}", "del\\u{7f} and \\u{85}"),
            ("line\u{2028}para\u{2029}", "line\\u{2028}para\\u{2029}"),
            ("café – naïve", "café – naïve"),
            ("", ""),
        ]
        for c in cases {
            XCTAssertEqual(Diagnostic.oneLine(c.message), c.expected, c.message.debugDescription)
        }
    }
}
