import XCTest
@testable import HelpdeskCore

/// User text printed for a person never carries a control character to the terminal.
final class StringTerminalSafeTests: XCTestCase {
    func testControlCharactersBecomeTheReplacementMark() {
        let table: [(text: String, safe: String, line: String)] = [
            ("forgot my password", "forgot my password", "forgot my password"),
            ("red \u{1B}[31mtext\u{1B}[0m", "red \u{FFFD}[31mtext\u{FFFD}[0m", "red \u{FFFD}[31mtext\u{FFFD}[0m"),
            ("title \u{1B}]0;pwned\u{07}", "title \u{FFFD}]0;pwned\u{FFFD}", "title \u{FFFD}]0;pwned\u{FFFD}"),
            ("back\u{08}space and \u{7F}", "back\u{FFFD}space and \u{FFFD}", "back\u{FFFD}space and \u{FFFD}"),
            ("c1 \u{9B}2J", "c1 \u{FFFD}2J", "c1 \u{FFFD}2J"),
            ("two\nlines\tand a tab", "two\nlines\tand a tab", "two lines and a tab"),
            ("crlf\r\nand lone\rcr", "crlf\nand lone\ncr", "crlf and lone cr"),
            ("nul\u{0}", "nul\u{FFFD}", "nul\u{FFFD}"),
            ("café 日本 \u{2014}", "café 日本 \u{2014}", "café 日本 \u{2014}"),
            ("", "", ""),
        ]
        for row in table {
            XCTAssertEqual(row.text.terminalSafe, row.safe, row.text.debugDescription)
            XCTAssertEqual(row.text.terminalSafeLine, row.line, row.text.debugDescription)
        }
    }

    func testCollapsingSpaces() {
        let table: [(text: String, collapsed: String)] = [
            ("  forgot my   password ", "forgot my password"),
            (" ; phone  ", "; phone"),
            ("", ""),
        ]
        for row in table { XCTAssertEqual(row.text.collapsingSpaces, row.collapsed, row.text.debugDescription) }
    }
}
