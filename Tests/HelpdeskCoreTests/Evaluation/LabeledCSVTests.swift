import XCTest
@testable import HelpdeskCore

final class LabeledCSVTests: XCTestCase {
    func testPlainRows() throws {
        let rows = try LabeledCSV.parse("question,entry\nforgot password,reset\nbanana bread,\n")
        XCTAssertEqual(rows, [
            LabeledQuestion(question: "forgot password", entry: "reset", row: 1),
            LabeledQuestion(question: "banana bread", entry: nil, row: 2),
        ])
    }

    func testQuotedFields() throws {
        let text = "question,entry,title,answer\n"
            + "\"I said \"\"hi\"\", then left\",greet,\"Hi, there\",\"Line one\nLine two\"\n"
            + "\"a, b, c\",\"x\",,\n"
        let rows = try LabeledCSV.parse(text)
        XCTAssertEqual(rows.count, 2)
        XCTAssertEqual(rows[0].question, "I said \"hi\", then left")
        XCTAssertEqual(rows[0].entry, "greet")
        XCTAssertEqual(rows[0].title, "Hi, there")
        XCTAssertEqual(rows[0].answer, "Line one\nLine two")
        XCTAssertEqual(rows[1].question, "a, b, c")
        XCTAssertEqual(rows[1].entry, "x")
        XCTAssertNil(rows[1].title)
        XCTAssertNil(rows[1].answer)
        XCTAssertEqual(rows.map(\.row), [1, 2], "a line break inside a field does not start a row")
    }

    func testHeaderVariants() throws {
        let table: [(name: String, text: String)] = [
            ("byte-order mark", "\u{FEFF}question,entry\nq,e\n"),
            ("case and spaces", " Question , ENTRY \nq,e\n"),
            ("other column order", "entry,question\ne,q\n"),
            ("extra columns", "id,question,notes,entry\n7,q,n,e\n"),
            ("CRLF line ends", "question,entry\r\nq,e\r\n"),
            ("no final line break", "question,entry\nq,e"),
        ]
        for row in table {
            let rows = try LabeledCSV.parse(row.text)
            XCTAssertEqual(rows.map(\.question), ["q"], row.name)
            XCTAssertEqual(rows.map(\.entry), ["e"], row.name)
        }
    }

    func testFieldsAreTrimmedAndBlankQuestionsSkipped() throws {
        let rows = try LabeledCSV.parse("question,entry\n  padded  ,  e  \n,lonely\n   ,x\nlast,   \n")
        XCTAssertEqual(rows, [
            LabeledQuestion(question: "padded", entry: "e", row: 1),
            LabeledQuestion(question: "last", entry: nil, row: 4),
        ])
    }

    func testMissingColumnsAreAnError() {
        let table = ["question\nq\n", "entry\ne\n", "text,label\nq,e\n", ""]
        for text in table {
            XCTAssertThrowsError(try LabeledCSV.parse(text, path: "labels.csv"), text) { error in
                let message = "\(error)"
                XCTAssertTrue(message.hasPrefix("labels.csv: "), message)
                XCTAssertTrue(message.contains("'question'") && message.contains("'entry'"), message)
            }
        }
    }

    func testMalformedQuotingIsAnError() {
        XCTAssertThrowsError(try LabeledCSV.parse("question,entry\nq\"x,e\n", path: "labels.csv")) { error in
            XCTAssertTrue("\(error)".hasPrefix("labels.csv: not valid CSV"), "\(error)")
        }
    }

    func testAQuoteLeftOpenDoesNotSwallowTheRows() throws {
        let text = "question,entry\n\"open,e\nnext,f\nthird,g\n"
        let rows = try? LabeledCSV.parse(text)
        XCTAssertFalse(rows?.count == 1 && rows?.first?.entry == nil, "\(rows ?? [])")
        XCTAssertThrowsError(try LabeledCSV.parse(text))
    }

    func testReadingFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("good.csv")
        try Data("\u{FEFF}question,entry\nq,e\n".utf8).write(to: good)
        XCTAssertEqual(try LabeledCSV.read(path: good.path).map(\.question), ["q"])

        let latin1 = directory.appendingPathComponent("latin1.csv")
        try Data([0x71, 0x2C, 0x65, 0x0A, 0xE9, 0x2C, 0x65, 0x0A]).write(to: latin1)
        XCTAssertThrowsError(try LabeledCSV.read(path: latin1.path)) { XCTAssertTrue("\($0)".contains("not UTF-8")) }
        XCTAssertThrowsError(try LabeledCSV.read(path: directory.appendingPathComponent("missing.csv").path)) {
            XCTAssertTrue("\($0)".contains("cannot read"))
        }
    }
}
