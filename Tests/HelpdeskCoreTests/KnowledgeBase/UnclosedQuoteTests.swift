import XCTest
@testable import HelpdeskCore

final class UnclosedQuoteTests: XCTestCase {
    /// The quote still open when line `errorLine` starts, opened on an earlier line; quotes inside plain and block
    /// scalars, closed quotes, escapes and comments open nothing.
    func testFindsTheQuoteLibyamlReadPast() {
        let cases: [(name: String, yaml: String, errorLine: Int, expected: UnclosedQuote?)] = [
            ("double quote", "a: 1\ntitle: \"You are welcome\nsummary: x\nq: \"y\"\n", 4, UnclosedQuote(line: 2, column: 8)),
            ("single quote in a list", "q:\n  - 'thanks\n  - fine\n", 3, UnclosedQuote(line: 2, column: 5)),
            ("still open at the end", "title: \"abc\n", 2, UnclosedQuote(line: 1, column: 8)),
            ("flow list", "q: [\"a\", \"b]\nx: 1\n", 2, UnclosedQuote(line: 1, column: 10)),
            ("a value on the line after its key", "title:\n  \"abc\nx: 1\n", 3, UnclosedQuote(line: 2, column: 3)),
            ("closed on its line", "title: \"abc\"\nx: 1\n", 2, nil),
            ("apostrophe in a plain scalar", "title: You're welcome\nsummary: \"it's\" fine\nx: 1\n", 3, nil),
            ("quotes inside a plain scalar", "summary: say \"hi\nx: 1\n", 2, nil),
            ("escaped quote", "title: \"a \\\" b\"\nx: 1\n", 2, nil),
            ("doubled single quote", "title: 'it''s'\nx: 1\n", 2, nil),
            ("comment", "# \"not a quote\nx: 1 # 'nor this\ny: 2\n", 3, nil),
            ("block scalar", "summary: >\n  \"Sign in\n  with ID.me\nx: 1\n", 4, nil),
            ("opened on the error line", "x: 1\ntitle: \"abc\n", 2, nil),
            ("a multi-line quote that closed before", "title: \"abc\n  def\"\nx: [\n", 4, nil),
        ]
        for c in cases {
            XCTAssertEqual(UnclosedQuote.find(in: c.yaml, before: c.errorLine), c.expected, c.name)
        }
    }
}
