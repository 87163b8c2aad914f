import XCTest
@testable import HelpdeskCore

final class CSVRecordReaderTests: XCTestCase {
    /// Reads `bytes` whole, and again one byte at a time: chunk boundaries must not matter.
    private func rows(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> [CSVRow] {
        var whole = CSVRecordReader()
        let result = whole.feed(bytes) + whole.finish()
        var bytewise = CSVRecordReader()
        var pieces: [CSVRow] = []
        for byte in bytes { pieces += bytewise.feed([byte]) }
        pieces += bytewise.finish()
        XCTAssertEqual(result, pieces, "chunking changed the result", file: file, line: line)
        return result
    }

    private func ok(_ line: Int, _ fields: [String], through last: Int? = nil) -> CSVRow {
        CSVRow(line: line, through: last, fields: .success(fields))
    }
    /// A bad row; one that a quote joined to later lines ends on the last of them.
    private func bad(_ line: Int, _ error: LineError) -> CSVRow {
        guard case .joinedLines(_, let last, _) = error else { return CSVRow(line: line, fields: .failure(error)) }
        return CSVRow(line: line, through: last, fields: .failure(error))
    }

    func testRFC4180Cases() {
        let cases: [(name: String, input: String, expected: [CSVRow])] = [
            ("plain", "a,b\nc,d\n", [ok(1, ["a", "b"]), ok(2, ["c", "d"])]),
            ("no final newline", "a,b\nc,d", [ok(1, ["a", "b"]), ok(2, ["c", "d"])]),
            ("CRLF", "a,b\r\nc,d\r\n", [ok(1, ["a", "b"]), ok(2, ["c", "d"])]),
            ("quoted comma", "\"a,b\",c\n", [ok(1, ["a,b", "c"])]),
            ("doubled quote", "\"say \"\"hi\"\"\",x\n", [ok(1, ["say \"hi\"", "x"])]),
            ("newline in quotes keeps the start line", "\"one\ntwo\",x\ny,z\n", [ok(1, ["one\ntwo", "x"], through: 2), ok(3, ["y", "z"])]),
            ("CRLF inside quotes kept", "\"a\r\nb\"\r\nc\r\n", [ok(1, ["a\r\nb"], through: 2), ok(3, ["c"])]),
            ("empty fields", ",,\n", [ok(1, ["", "", ""])]),
            ("quoted empty field", "\"\"\n", [ok(1, [""])]),
            ("blank lines skipped, numbering kept", "a\n\n\r\nb\n", [ok(1, ["a"]), ok(4, ["b"])]),
            ("quote inside an unquoted field is literal", "ab\"c,d\n", [ok(1, ["ab\"c", "d"])]),
            ("text after a closing quote", "\"a\"b,c\nd\n", [bad(1, .textAfterClosingQuote), ok(2, ["d"])]),
            ("unclosed quote at the end", "a\n\"b,c", [ok(1, ["a"]), bad(2, .unclosedQuote)]),
            // A quote that closes lines later joins them into one row: a bad row says which lines it took with it.
            ("text after a quote closed lines later", "a\n\"b\nc\nd\"e\nf\n",
             [ok(1, ["a"]), bad(2, .joinedLines(from: 2, to: 4, .textAfterClosingQuote)), ok(5, ["f"])]),
            ("NUL in a quote over CRLF lines", "\"a\r\n\u{0}\"\r\nf", [bad(1, .joinedLines(from: 1, to: 2, .nulByte)), ok(3, ["f"])]),
            ("joined at the end of the input", "\"a\rb\"c", [bad(1, .joinedLines(from: 1, to: 2, .textAfterClosingQuote))]),
            ("unclosed quote over lines is re-read", "a\n\"b\nc,d\ne", [ok(1, ["a"]), bad(2, .unclosedQuote), ok(3, ["c", "d"]), ok(4, ["e"])]),
            ("lone CR ends a row (old Mac)", "question,id\rforgot password,1\rlost phone,2\r",
             [ok(1, ["question", "id"]), ok(2, ["forgot password", "1"]), ok(3, ["lost phone", "2"])]),
            ("CR, LF and CRLF mixed", "a\rb\nc\r\nd\n\re", [ok(1, ["a"]), ok(2, ["b"]), ok(3, ["c"]), ok(4, ["d"]), ok(6, ["e"])]),
            ("blank CR lines skipped, numbering kept", "a\r\r\rb\r", [ok(1, ["a"]), ok(4, ["b"])]),
            ("CR inside quotes kept, and counted as a line", "\"a\rb\"\rc\r", [ok(1, ["a\rb"], through: 2), ok(3, ["c"])]),
            ("CR after a closing quote", "\"a\",\"b\"\rc,d\r", [ok(1, ["a", "b"]), ok(2, ["c", "d"])]),
            ("CR after an empty last field", "a,\rb,c", [ok(1, ["a", ""]), ok(2, ["b", "c"])]),
            ("unclosed quote over CR lines is re-read", "a\r\"b\rc,d\re", [ok(1, ["a"]), bad(2, .unclosedQuote), ok(3, ["c", "d"]), ok(4, ["e"])]),
            ("unclosed quote over CRLF lines is re-read", "a\r\n\"b\r\nc,d\r\ne",
             [ok(1, ["a"]), bad(2, .unclosedQuote), ok(3, ["c", "d"]), ok(4, ["e"])]),
        ]
        for c in cases {
            XCTAssertEqual(rows(Array(c.input.utf8)), c.expected, c.name)
        }
    }

    func testBadBytesBecomeErrorRowsInPlace() {
        let bytes = Array("a\n".utf8) + [0xFF, 0xFE] + Array(",x\nb\u{0}c\nd\n".utf8)
        XCTAssertEqual(rows(bytes), [ok(1, ["a"]), bad(2, .invalidUTF8), bad(3, .nulByte), ok(4, ["d"])])
    }

    /// However lines end (LF, CR or CRLF), a record over the limit is one bad row and reading goes on.
    func testOverlongRecordIsReportedAndReadingGoesOn() {
        let long = String(repeating: "x", count: CSVRecordReader.maximumRecordBytes + 10)
        for breakBytes in ["\n", "\r", "\r\n"] {
            let result = rows(Array("a\(breakBytes)\(long)\(breakBytes)b\(breakBytes)".utf8))
            XCTAssertEqual(result, [ok(1, ["a"]), bad(2, .tooLong(bytes: CSVRecordReader.maximumRecordBytes + 10)), ok(3, ["b"])],
                           breakBytes.debugDescription)
        }
    }

    /// However lines end (LF or CR), a stray quote costs one row, not the rest of the file.
    func testStrayQuoteCostsOneRowNotTheRestOfTheFile() {
        for breakBytes in ["\n", "\r"] {
            var text = "\"stray,1" + breakBytes
            for number in 2...3000 { text += "q\(number),\(number)" + breakBytes }
            let result = rows(Array(text.utf8))
            XCTAssertEqual(result.first, bad(1, .unclosedQuote), breakBytes.debugDescription)
            XCTAssertEqual(result.count, 3000, breakBytes.debugDescription)
            XCTAssertEqual(result.last, ok(3000, ["q3000", "3000"]), breakBytes.debugDescription)
        }
    }
}
