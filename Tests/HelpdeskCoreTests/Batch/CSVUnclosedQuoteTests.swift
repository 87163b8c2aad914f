import XCTest
@testable import HelpdeskCore

/// The line where a quote that never closes opens, counting LF, CRLF and lone CR as one line each.
final class CSVUnclosedQuoteTests: XCTestCase {
    static let cases: [(text: String, line: Int?)] = [
        ("question,entry\nq,e\n", nil),
        ("\"a, b\",e\n\"\",f\n", nil),
        ("\"say \"\"hi\"\"\",e\n", nil),
        ("\"two\nlines\",e\n", nil),
        ("q\"x,e\n", 1),
        ("a,b\n\"open,e\nnext,f\n", 2),
        ("a,b\r\nc,d\r\n\"open\r\n", 3),
        ("a,b\rc,d\r\"open\r", 3),
        ("\"closed\nover lines\",e\nx,\"open\n", 3),
        ("\"\"\"\n", 1),
    ]

    func testFindsTheLineWhereTheQuoteOpens() {
        for c in Self.cases {
            XCTAssertEqual(CSVUnclosedQuote.line(in: Array(c.text.utf8)), c.line, c.text.debugDescription)
        }
    }
}
