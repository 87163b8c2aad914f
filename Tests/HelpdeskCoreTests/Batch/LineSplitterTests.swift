import XCTest
@testable import HelpdeskCore

/// Lines come out the same however the input is cut into chunks, and each is checked: valid UTF-8 (ASCII or not), no
/// NUL, not over the length limit, which counts the bytes of a long line across chunks.
final class LineSplitterTests: XCTestCase {
    static let input: [UInt8] = Array("plain ascii\r\ncafé ok\r".utf8) + [0xC3, 0x28, 10, 0xE2, 0x82, 10]
        + Array("a\u{0}b\n\n".utf8) + Array(repeating: UInt8(ascii: "y"), count: LineSplitter.maximumLineBytes + 3)
        + Array("\r\r\nlast".utf8)

    static let expected: [InputLine] = [
        InputLine(number: 1, content: .success("plain ascii")), InputLine(number: 2, content: .success("café ok")),
        InputLine(number: 3, content: .failure(.invalidUTF8)), InputLine(number: 4, content: .failure(.invalidUTF8)),
        InputLine(number: 5, content: .failure(.nulByte)), InputLine(number: 6, content: .success("")),
        InputLine(number: 7, content: .failure(.tooLong(bytes: LineSplitter.maximumLineBytes + 3))),
        InputLine(number: 8, content: .success("")), InputLine(number: 9, content: .success("last")),
    ]

    func testWholeInput() {
        var splitter = LineSplitter()
        XCTAssertEqual(splitter.feed(Self.input) + splitter.finish(), Self.expected)
    }

    func testChunkedInput() {
        for size in [1, 2, 3, 7, 1000] {
            var splitter = LineSplitter()
            var lines: [InputLine] = []
            var start = 0
            while start < Self.input.count {
                lines += splitter.feed(Self.input[start..<min(start + size, Self.input.count)])
                start += size
            }
            XCTAssertEqual(lines + splitter.finish(), Self.expected, "chunks of \(size)")
        }
    }

    /// A sequence without contiguous storage is read as well.
    func testAnySequence() {
        var splitter = LineSplitter()
        XCTAssertEqual(splitter.feed(AnySequence(Array("one\ntwo".utf8))) + splitter.finish(),
                       [InputLine(number: 1, content: .success("one")), InputLine(number: 2, content: .success("two"))])
    }

    /// A line of whitespace only is skipped, a line that opens with a visible character is a question.
    func testBlankLinesAreNoQuestions() {
        let parse = { (text: String) in BatchQuestion(line: 1, content: .success(text)) }
        for blank in ["  ", "\t", "\u{00A0}", "\u{3000} "] {
            XCTAssertNil(InputLine(number: 1, content: .success(blank)).question(parsing: parse), blank.debugDescription)
        }
        for text in ["a", " a", "\u{00A0}a", "é"] {
            XCTAssertEqual(InputLine(number: 1, content: .success(text)).question(parsing: parse), parse(text), text.debugDescription)
        }
    }
}
