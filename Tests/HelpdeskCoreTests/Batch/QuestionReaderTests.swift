import XCTest
@testable import HelpdeskCore

final class QuestionReaderTests: XCTestCase {
    func testInputFormatFromTheFileName() {
        let cases: [(String, InputFormat)] = [
            ("q.csv", .csv), ("Q.CSV", .csv), ("q.jsonl", .jsonl), ("q.ndjson", .jsonl), ("q.txt", .text), ("-", .text), ("q", .text),
        ]
        for (path, format) in cases { XCTAssertEqual(InputFormat(path: path), format, path) }
    }

    func testTextSkipsBlankLinesKeepsNumbersAndReportsBadLines() throws {
        var reader = TextQuestionReader()
        let bytes = Array("\u{FEFF}one\n\n  \r\ntwo\r\n".utf8) + [0xC3, 0x28, 10] + Array("th\u{0}ree\nfour".utf8)
        let questions = try reader.feed(bytes) + reader.finish()
        XCTAssertEqual(questions, [
            BatchQuestion(line: 1, content: .success("one")),
            BatchQuestion(line: 4, content: .success("two")),
            BatchQuestion(line: 5, content: .failure(.invalidUTF8)),
            BatchQuestion(line: 6, content: .failure(.nulByte)),
            BatchQuestion(line: 7, content: .success("four")),
        ])
    }

    func testTextReportsOverlongLines() throws {
        var reader = TextQuestionReader()
        let long = String(repeating: "y", count: LineSplitter.maximumLineBytes + 1)
        let questions = try reader.feed(Array("a\n\(long)\nb\n".utf8)) + reader.finish()
        XCTAssertEqual(questions.map(\.line), [1, 2, 3])
        XCTAssertEqual(questions[1].content, .failure(.tooLong(bytes: LineSplitter.maximumLineBytes + 1)))
    }

    func testJSONLReadsQuestionAndPassesOtherFieldsThrough() throws {
        var reader = JSONLQuestionReader()
        let text = """
            {"id": 17, "question": "lost my phone", "tags": ["a"], "who": "x\\ny"}

            not json
            {"question": 5}
            {"id": 3}
            {"question": "thanks"}
            """
        let questions = try reader.feed(Array(text.utf8)) + reader.finish()
        XCTAssertEqual(questions.map(\.line), [1, 3, 4, 5, 6])
        XCTAssertEqual(questions[0].content, .success("lost my phone"))
        XCTAssertEqual(questions[0].passThrough, [
            PassThroughField(name: "id", value: .json("17")), PassThroughField(name: "tags", value: .json("[\"a\"]")),
            PassThroughField(name: "who", value: .text("x\ny")),
        ])
        XCTAssertEqual(questions[1].content, .failure(.notJSON("expected '{' at column 1")))
        XCTAssertEqual(questions[2].content, .failure(.noQuestionField))
        XCTAssertEqual(questions[3].content, .failure(.noQuestionField))
        XCTAssertEqual(questions[4].content, .success("thanks"))
    }
}
