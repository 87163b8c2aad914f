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

    func testALoneCRIsALineBreakInTextAndJSONL() throws {
        let cases: [(name: String, input: String, lines: [Int], texts: [String])] = [
            ("CR only", "forgot password\rlost phone\r", [1, 2], ["forgot password", "lost phone"]),
            ("CR, CRLF, LF and LF CR", "one\rtwo\r\rthree\r\nfour\n\rfive", [1, 2, 4, 5, 7], ["one", "two", "three", "four", "five"]),
        ]
        for c in cases {
            let bytes = Array(c.input.utf8)
            var whole = TextQuestionReader()
            let questions = try whole.feed(bytes) + whole.finish()
            var bytewise = TextQuestionReader()
            var pieces: [BatchQuestion] = []
            for byte in bytes { pieces += try bytewise.feed([byte]) }
            pieces += try bytewise.finish()
            XCTAssertEqual(pieces, questions, "\(c.name): chunking changed the result")
            XCTAssertEqual(questions.map(\.line), c.lines, c.name)
            XCTAssertEqual(questions.map { try? $0.content.get() }, c.texts, c.name)
        }
        var jsonl = JSONLQuestionReader()
        let records = try jsonl.feed(Array("{\"question\":\"a\"}\r{\"question\":\"b\"}\r\n\r{\"question\":\"c\"}\r".utf8)) + jsonl.finish()
        XCTAssertEqual(records, [
            BatchQuestion(line: 1, content: .success("a")), BatchQuestion(line: 2, content: .success("b")),
            BatchQuestion(line: 4, content: .success("c")),
        ])
    }

    func testTextReportsOverlongLines() throws {
        var reader = TextQuestionReader()
        let long = String(repeating: "y", count: LineSplitter.maximumLineBytes + 1)
        let questions = try reader.feed(Array("a\n\(long)\nb\n".utf8)) + reader.finish()
        XCTAssertEqual(questions.map(\.line), [1, 2, 3])
        XCTAssertEqual(questions[1].content, .failure(.tooLong(bytes: LineSplitter.maximumLineBytes + 1)))
    }

    /// The pass-through names are those of the first JSON object (not of a line before it that is none), redacted.
    func testJSONLPassThroughNamesAreTheFirstObjectsRedacted() throws {
        var reader = JSONLQuestionReader()
        XCTAssertEqual(reader.passThroughNames, [])
        let text = "not json\n{\"id\":1,\"question\":null,\"ssn 123-45-6789\":2}\n{\"other\":3,\"question\":\"a\"}\n"
        _ = try reader.feed(Array(text.utf8)) + reader.finish()
        XCTAssertEqual(reader.passThroughNames, ["id", "ssn [SSN]"])
    }

    /// A question holding a NUL once decoded is an error, as a raw NUL byte is; a pass-through value may hold one.
    func testJSONLQuestionHoldingANULIsAnError() throws {
        var reader = JSONLQuestionReader()
        let questions = try reader.feed(Array("{\"question\":\"hi\\u0000there\"}\n{\"n\":\"\\u0000\",\"question\":\"hi\"}\n".utf8))
            + reader.finish()
        XCTAssertEqual(questions.map(\.content), [.failure(.nulCharacter), .success("hi")])
        XCTAssertEqual(LineError.nulCharacter.description, "the question holds a NUL character")
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
        XCTAssertEqual(questions[2].content, .failure(.questionNotAString(.number)))
        XCTAssertEqual(questions[3].content, .failure(.noQuestionField))
        XCTAssertEqual(questions[4].content, .success("thanks"))
    }

    func testAJSONLQuestionGivenTwiceIsAnErrorNamingIt() throws {
        let cases: [(line: String, content: Result<String, LineError>)] = [
            (#"{"question": "lost phone", "question": "reset password"}"#, .failure(.repeatedQuestionField)),
            (#"{"question": "lost phone", "question": 5}"#, .failure(.repeatedQuestionField)),
            (#"{"question": 5}"#, .failure(.questionNotAString(.number))),
            (#"{"question": "lost phone", "id": 1, "id": 2}"#, .success("lost phone")),
        ]
        for c in cases {
            var reader = JSONLQuestionReader()
            let questions = try reader.feed(Array((c.line + "\n").utf8)) + reader.finish()
            XCTAssertEqual(questions.map(\.content), [c.content], c.line)
        }
        XCTAssertEqual(LineError.repeatedQuestionField.description, "the object gives the field \"question\" more than once")
    }

    /// A `question` that is not a string is an error that says what it is: it said "the object has no string field
    /// "question"", as if there were none. A missing `question` still says that.
    func testAJSONLQuestionThatIsNotAStringSaysWhatItIs() throws {
        let cases: [(value: String, message: String)] = [
            ("42", "the field \"question\" is a number, not a string"),
            ("-0.5e3", "the field \"question\" is a number, not a string"),
            ("true", "the field \"question\" is true, not a string"),
            ("false", "the field \"question\" is false, not a string"),
            ("null", "the field \"question\" is null, not a string"),
            (#"["lost phone"]"#, "the field \"question\" is an array, not a string"),
            ("[]", "the field \"question\" is an array, not a string"),
            (#"{"text": "lost phone"}"#, "the field \"question\" is an object, not a string"),
        ]
        for c in cases {
            var reader = JSONLQuestionReader()
            let line = #"{"id": 1, "question": \#(c.value)}"#
            let questions = try reader.feed(Array((line + "\n").utf8)) + reader.finish()
            guard questions.count == 1, case .failure(let error) = questions[0].content else {
                XCTFail("\(line): \(questions)")
                continue
            }
            XCTAssertEqual(error.description, c.message, line)
        }
        XCTAssertEqual(LineError.noQuestionField.description, "the object has no string field \"question\"")
    }

    /// An object whose `question` is missing, not a string or given twice is an error record that keeps the object's
    /// other fields, so the output says which ticket failed; they were dropped, and the record had only its line.
    func testAJSONLErrorRecordKeepsTheOtherFields() throws {
        let cases: [(line: String, error: LineError, kept: [PassThroughField])] = [
            (#"{"id":"T4","q":"reset password"}"#, .noQuestionField,
             [PassThroughField(name: "id", value: .text("T4")), PassThroughField(name: "q", value: .text("reset password"))]),
            (#"{"id":"T5","question":42}"#, .questionNotAString(.number), [PassThroughField(name: "id", value: .text("T5"))]),
            (#"{"question":null,"n":7}"#, .questionNotAString(.null), [PassThroughField(name: "n", value: .json("7"))]),
            (#"{"id":"T6","question":"a","tags":["x"],"question":"b"}"#, .repeatedQuestionField,
             [PassThroughField(name: "id", value: .text("T6")), PassThroughField(name: "tags", value: .json(#"["x"]"#))]),
            // The first `question` not being a string does not hide that there are two.
            (#"{"question":5,"question":"b","id":1}"#, .repeatedQuestionField, [PassThroughField(name: "id", value: .json("1"))]),
            (#"{}"#, .noQuestionField, []),
        ]
        for c in cases {
            var reader = JSONLQuestionReader()
            let questions = try reader.feed(Array((c.line + "\n").utf8)) + reader.finish()
            XCTAssertEqual(questions, [BatchQuestion(line: 1, content: .failure(c.error), passThrough: c.kept)], c.line)
        }
    }

    /// An empty or whitespace-only question is an error record in JSONL and CSV alike, its other fields kept; it fell
    /// back with the whole fallback answer. A blank text line, the same test, is still skipped.
    func testAnEmptyQuestionIsAnErrorInJSONLAndCSV() throws {
        let questions: [(json: String, csv: String)] = [
            (#""""#, ""), (#""   ""#, "   "), (#""\t \u00a0""#, "\t \u{A0}"), (#""\n""#, "\"\n\""),
        ]
        for q in questions {
            var jsonl = JSONLQuestionReader()
            let fromJSON = try jsonl.feed(Array(#"{"id":"T7","question":\#(q.json)}"#.utf8)) + jsonl.finish()
            var csv = CSVQuestionReader()
            let fromCSV = try csv.feed(Array("id,question\nT7,\(q.csv)\n".utf8)) + csv.finish()
            XCTAssertEqual(fromJSON.map(\.content), [.failure(.emptyQuestion)], q.json)
            XCTAssertEqual(fromCSV.map(\.content), [.failure(.emptyQuestion)], q.csv)
            XCTAssertEqual(fromJSON.first?.passThrough, [PassThroughField(name: "id", value: .text("T7"))], q.json)
            XCTAssertEqual(fromJSON.first?.passThrough, fromCSV.first?.passThrough, q.csv)
        }
        // A row of empty cells, as spreadsheets pad exports, is a blank line whatever its field count.
        var padded = CSVQuestionReader()
        let rows = try padded.feed(Array("id,question\n,\n , \n,,,\n\"\"\nT9,\n".utf8)) + padded.finish()
        XCTAssertEqual(rows, [BatchQuestion(line: 6, content: .failure(.emptyQuestion), passThrough: [PassThroughField(name: "id", value: .text("T9"))])])
        var text = TextQuestionReader()
        XCTAssertEqual(try text.feed(Array("  \n\t\u{A0}\nhi\n".utf8)) + text.finish(), [BatchQuestion(line: 3, content: .success("hi"))])
        XCTAssertEqual(LineError.emptyQuestion.description, "the question is empty")
    }
}
