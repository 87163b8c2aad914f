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

    /// A header naming `question` twice is refused, as eval and kb import refuse it (the first was used silently).
    func testAHeaderNamingTheQuestionTwiceIsFatal() {
        XCTAssertThrowsError(try read("question,id,Question\nforgot password,1,new phone\n")) { error in
            XCTAssertEqual(error as? BatchError, .repeatedColumn(name: "Question", first: 1, second: 3))
            XCTAssertEqual("\(error)", "the header names the column 'Question' twice (columns 1 and 3); give each column once")
        }
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

    /// A stray quote that closes on a later line makes the rows between part of its own; when that row is bad, its
    /// error says which lines it ran over, so no row is lost without notice (it said only "text follows a closing
    /// quote inside a field" on line 5, and the summary counted 4 lines of a 6-line file).
    func testARowJoinedByAQuoteSaysWhichLinesItTook() throws {
        let cases: [(csv: String, lines: [Int], error: LineError, text: String)] = [
            ("id,question\n1,a\n2,b\n3,c\n4,\"d\n5,e\"x\n", [2, 3, 4, 5], .joinedLines(from: 5, to: 6, .textAfterClosingQuote),
             "a quote opened on line 5 runs to line 6, so lines 5-6 were read as one row: text follows a closing quote inside a field"),
            ("id,question\n1,\"a\n2,b\n3,c\",x\n4,d\n", [2, 5], .joinedLines(from: 2, to: 4, .wrongFieldCount(found: 3, expected: 2)),
             "a quote opened on line 2 runs to line 4, so lines 2-4 were read as one row: the row has 3 fields; the header has 2"),
        ]
        for c in cases {
            let questions = try read(c.csv).questions
            XCTAssertEqual(questions.map(\.line), c.lines, c.csv)
            let error = try XCTUnwrap(questions.first { $0.line == c.error.joinedFrom }?.content, c.csv)
            XCTAssertEqual(error, .failure(c.error), c.csv)
            XCTAssertEqual(c.error.description, c.text)
        }
        // One line's row is reported as before.
        XCTAssertEqual(try read("question\n\"a\"b\n").questions.map(\.content), [.failure(.textAfterClosingQuote)])
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
    /// and exited 0), and said to be empty (it was "the CSV header has no 'question' column (found: nothing)").
    func testEmptyInputHasNoQuestionColumn() {
        for csv in ["", "\n\n", "\r\n  \r\n", "\u{FEFF}", ",,\n"] {
            XCTAssertThrowsError(try read(csv)) { error in
                XCTAssertEqual(error as? BatchError, .emptyCSV, csv.debugDescription)
                XCTAssertEqual((error as? BatchError)?.description,
                               "the CSV input is empty (no row, or only blank lines): it needs a header row naming a 'question' column")
            }
        }
        XCTAssertEqual(try read("question\n").questions.count, 0, "a header alone is a valid empty batch")
    }
}

private extension LineError {
    var joinedFrom: Int? {
        if case .joinedLines(let from, _, _) = self { return from }
        return nil
    }

    /// The column names shown are redacted with the redactor given: batch gives the knowledge base's, whose
    /// `given_names` make "Marcy" a name (a plain redactor keeps it).
    func testTheHeaderIsRedactedWithTheRedactorGiven() throws {
        var reader = CSVQuestionReader(redactor: try ShippedMatcher.get().redactor)
        XCTAssertThrowsError(try reader.feed(Array("Marcy,notes\n".utf8)) + reader.finish()) { error in
            XCTAssertEqual(error as? BatchError, .noQuestionColumn(header: ["[NAME]", "notes"]))
        }
    }
}
