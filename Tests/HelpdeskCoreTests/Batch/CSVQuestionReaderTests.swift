import XCTest
@testable import HelpdeskCore

final class CSVQuestionReaderTests: XCTestCase {
    private func read(_ text: String) throws -> (reader: CSVQuestionReader, questions: [BatchQuestion]) {
        var reader = CSVQuestionReader()
        let questions = try reader.feed(Array(text.utf8)) + reader.finish()
        return (reader, questions)
    }

    func testQuestionColumnAnywhereOtherColumnsPassThrough() throws {
        let (reader, questions) = try read("\u{FEFF}id,Question,note\n7,\"lost phone, no code\",\"a \"\"b\"\"\nc\"\n8,hi,\n")
        XCTAssertEqual(reader.passThroughNames, ["id", "note"])
        XCTAssertEqual(questions.map(\.line), [2, 4])
        XCTAssertEqual(questions[0].content, .success("lost phone, no code"))
        XCTAssertEqual(questions[0].passThrough, [PassThroughField(name: "id", value: .text("7")),
                                                  PassThroughField(name: "note", value: .text("a \"b\"\nc"))])
        XCTAssertEqual(questions[1].passThrough.map(\.text), ["8", ""])
    }

    func testWrongFieldCountIsAnErrorInPlace() throws {
        let (_, questions) = try read("id,question\n1,a\n2\n3,c,extra\n4,d\n")
        XCTAssertEqual(questions.map(\.line), [2, 3, 4, 5])
        XCTAssertEqual(questions[1].content, .failure(.wrongFieldCount(found: 1, expected: 2)))
        XCTAssertEqual(questions[2].content, .failure(.wrongFieldCount(found: 3, expected: 2)))
        XCTAssertEqual(questions[3].content, .success("d"))
        XCTAssertEqual(LineError.wrongFieldCount(found: 1, expected: 2).description, "the row has 1 field; the header has 2")
        XCTAssertEqual(LineError.wrongFieldCount(found: 3, expected: 2).description, "the row has 3 fields; the header has 2")
    }

    func testHeaderWithoutQuestionColumnIsFatalAndShowsItsNamesRedactedAndShort() {
        let long = String(repeating: "x", count: 60)
        let cases: [(csv: String, shown: [String])] = [
            ("id,text\n1,a\n", ["id", "text"]),
            // The first row is data: what is shown of it is redacted, and each name cut to 40 characters.
            ("q,ssn 123-45-6789\n", ["q", "ssn [SSN]"]),
            ("\(long),call 866-255-0654\n", [String(repeating: "x", count: 39) + "…", "call [PHONE]"]),
            (String(repeating: "y", count: 40) + "\n", [String(repeating: "y", count: 40)]),
            // A cell before labels a cell, as in the row read as text.
            ("SSN,123 456 789,forgot my password\n", ["SSN", "[SSN]", "forgot my password"]),
            ("dob,19800102\n", ["dob", "[DOB]"]),
            ("ref,123 456 789\n", ["ref", "123 456 789"]),
        ]
        for (csv, shown) in cases {
            XCTAssertThrowsError(try read(csv), csv) { error in
                XCTAssertEqual(error as? BatchError, .noQuestionColumn(header: shown), csv)
            }
        }
    }

    /// An empty file has no header row, so no `question` column: fatal, as for eval and kb import (it wrote a header
    /// and exited 0).
    func testEmptyInputHasNoQuestionColumn() {
        XCTAssertThrowsError(try read("")) { error in
            XCTAssertEqual(error as? BatchError, .noQuestionColumn(header: []))
            XCTAssertEqual((error as? BatchError)?.description, "the CSV header has no 'question' column (found: nothing)")
        }
        XCTAssertEqual(try read("question\n").questions.count, 0, "a header alone is a valid empty batch")
    }
}
