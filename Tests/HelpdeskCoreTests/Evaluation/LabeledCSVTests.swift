import XCTest
@testable import HelpdeskCore
import TestSupport

final class LabeledCSVTests: XCTestCase {
    func testPlainRows() throws {
        let rows = try LabeledCSV.parse("question,entry\nforgot password,reset\nbanana bread,\n")
        XCTAssertEqual(rows, [
            LabeledQuestion(question: "forgot password", entry: "reset", line: 2),
            LabeledQuestion(question: "banana bread", entry: nil, line: 3),
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
        XCTAssertEqual(rows.map(\.line), [2, 4], "a line break inside a field does not start a row; lines count it")
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

    func testFieldsAreTrimmedAndBlankRowsSkipped() throws {
        let rows = try LabeledCSV.parse("question,entry\n  padded  ,  e  \n\n , \n,,,\nlast,   \n")
        XCTAssertEqual(rows, [
            LabeledQuestion(question: "padded", entry: "e", line: 2),
            LabeledQuestion(question: "last", entry: nil, line: 6),
        ], "blank lines and rows of empty fields carry nothing; an empty entry after its comma means off topic")
    }

    /// A row that does not fit the header is never guessed at: a missing comma would make its label "off topic".
    func testMalformedRowsAreErrorsNamingTheirLines() {
        let table: [(text: String, problems: [String])] = [
            ("question,entry\nforgot my id.me password\nlost phone,mfa-recovery\n",
             ["2: error: expected 2 fields (question,entry), found 1"]),
            ("question,entry\nq,a,b\n", ["2: error: expected 2 fields (question,entry), found 3"]),
            ("question,entry\n,lonely\n   ,x\n", ["2: error: the question is empty", "3: error: the question is empty"]),
            ("Question,Entry,Title\nq,e\n\"two\nlines\",e,t,x\n",
             ["2: error: expected 3 fields (Question,Entry,Title), found 2", "3: error: expected 3 fields (Question,Entry,Title), found 4"]),
            ("question,entry\n\"q\"x,e\n", ["2: error: text follows a closing quote inside a field"]),
        ]
        for row in table {
            XCTAssertThrowsError(try LabeledCSV.parse(row.text, path: "e.csv"), row.text) { error in
                guard let error = error as? LabeledCSV.RowErrors else { return XCTFail("\(error)") }
                XCTAssertEqual(error.problems.map(\.description), row.problems, row.text)
                XCTAssertEqual(error.lines, row.problems.map { "e.csv:" + $0 }, row.text)
            }
        }
    }

    func testManyMalformedRowsListTheFirstTen() {
        let text = "question,entry\n" + (1...25).map { "question \($0) with no comma\n" }.joined()
        XCTAssertThrowsError(try LabeledCSV.parse(text, path: "e.csv")) { error in
            guard let error = error as? LabeledCSV.RowErrors else { return XCTFail("\(error)") }
            XCTAssertEqual(error.problems.count, 25)
            XCTAssertEqual(error.lines.count, 10)
            XCTAssertEqual(error.lines.first, "e.csv:2: error: expected 2 fields (question,entry), found 1")
            XCTAssertEqual(error.summary, "e.csv: 25 malformed rows (15 more not shown); the file is refused")
        }
    }

    /// The file's name is redacted on its own: read with the line number glued to it, a name ending in an SSN
    /// ("ssn-123-45-6789:2") would be kept.
    func testRedactedLinesRedactTheFileNameOnItsOwn() {
        XCTAssertThrowsError(try LabeledCSV.parse("question,entry\nno comma\n", path: "/tmp/ssn-123-45-6789")) { error in
            guard let error = error as? LabeledCSV.RowErrors else { return XCTFail("\(error)") }
            XCTAssertEqual(error.redactedLines(), ["/tmp/ssn-[SSN]:2: error: expected 2 fields (question,entry), found 1"])
        }
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

    /// A data row read as the header is echoed redacted and cut short.
    func testAHeaderWithoutTheColumnsIsEchoedRedacted() {
        let cases: [(csv: String, shown: String)] = [
            ("my ssn 123-45-6789,jane@x.com\nq,e\n", "my ssn [SSN],[EMAIL]"),
            // A cell before labels a cell, as in the row read as text.
            ("ssn,123 456 789\n", "ssn,[SSN]"),
            ("ref,123 456 789\n", "ref,123 456 789"),
        ]
        for (csv, shown) in cases {
            XCTAssertThrowsError(try LabeledCSV.parse(csv, path: "b.csv"), csv) { error in
                XCTAssertTrue("\(error)".contains("(found: \(shown))"), "\(error)")
            }
        }
    }

    /// A header separated by ';' or tabs, or a first row of data, gets the hint batch gives.
    func testAHeaderWithoutTheColumnsSaysWhatItLooksLike() {
        let cases: [(csv: String, hint: String)] = [
            ("question;entry\nq;e\n", "; the file looks separated by ';'; helpdesk reads comma-separated CSV"),
            ("question\tentry\nq\te\n", "; the file looks separated by tabs; helpdesk reads comma-separated CSV"),
            ("lost phone,mfa-recovery\n", "; the first row is the header: name the columns 'question' and 'entry' there, or add a header row if the file has none"),
        ]
        for c in cases {
            XCTAssertThrowsError(try LabeledCSV.parse(c.csv, path: "b.csv"), c.csv) { error in
                XCTAssertTrue("\(error)".hasSuffix(c.hint), "\(error)")
            }
        }
    }

    /// A quote left open is named on the line where it opens, as `file.csv:LINE: error:` (it named no line); with
    /// lines after it, the message says the rest of the file is inside it, strictly.
    func testMalformedQuotingIsAnErrorNamingItsLine() {
        let rest = ", so the rest of the file, to line 5, is inside it; the lines after it are checked as rows of their own"
        let cases = [("question,entry\nq\"x,e\n", 2, ""), ("question,entry\nok,e\n\"a \"\"quoted\"\" word\",e\n\"open,e\nnext,f\n", 4, rest),
                     ("question,entry\r\n\"two\r\nlines\",e\r\n\"open,e\r\n", 4, "")]
        for (text, line, more) in cases {
            XCTAssertThrowsError(try LabeledCSV.parse(text, path: "labels.csv")) { error in
                XCTAssertEqual("\(error)", "labels.csv:\(line): error: a quote opened on this line is never closed\(more)\n"
                    + "labels.csv: 1 malformed row; the file is refused", text)
            }
        }
    }

    /// The rows after a quote left open are checked as rows of their own, as batch reads them, and each bad one is
    /// listed: only the quote was ("1 malformed row"), though the rows after it were bad too.
    func testTheRowsAfterAQuoteLeftOpenAreCheckedToo() {
        let text = "question,entry\n\"forgot password,reset-idme-password\nbad row with,too,many,fields\nanother,bad,row\nlost phone,mfa-recovery\n"
        XCTAssertThrowsError(try LabeledCSV.parse(text, path: "e.csv")) { error in
            let rows = error as? LabeledCSV.RowErrors
            XCTAssertEqual(rows?.problems.map(\.line), [2, 3, 4])
            XCTAssertEqual(rows?.lines.first, "e.csv:2: error: a quote opened on this line is never closed, so the rest of the file, "
                + "to line 5, is inside it; the lines after it are checked as rows of their own")
            XCTAssertEqual(rows?.summary, "e.csv: 3 malformed rows; the file is refused")
        }
    }

    /// An empty file is said to be empty (it was "the header must name the columns 'question' and 'entry' (found:
    /// nothing)").
    func testAnEmptyFileIsSaidToBeEmpty() {
        let cases = [("", "the file is empty"), ("\u{FEFF}", "the file is empty"), ("\n\n", "the file holds only blank lines"),
                     (",,\n  \r\n", "the file holds only blank lines")]
        for (text, message) in cases {
            XCTAssertThrowsError(try LabeledCSV.parse(text, path: "e.csv")) { error in
                XCTAssertEqual("\(error)", "e.csv: \(message): it needs a header row naming the columns 'question' and 'entry'", text.debugDescription)
            }
        }
        XCTAssertEqual(try LabeledCSV.parse("\n,\nquestion,entry\nlost phone,mfa-recovery\n").map(\.line), [4], "blank rows before the header are skipped")
    }

    func testAQuoteLeftOpenDoesNotSwallowTheRows() throws {
        let text = "question,entry\n\"open,e\nnext,f\nthird,g\n"
        let rows = try? LabeledCSV.parse(text)
        XCTAssertFalse(rows?.count == 1 && rows?.first?.entry == nil, "\(rows ?? [])")
        XCTAssertThrowsError(try LabeledCSV.parse(text))
    }

    func testReadingFiles() throws {
        let directory = try makeTemporaryDirectory("helpdesk-csv")
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

    /// A file that cannot be read says why: missing, a folder, or not UTF-8.
    func testAnUnreadableFileSaysWhy() throws {
        let folder = try makeTemporaryDirectory("labeled")
        let latin1 = folder.appendingPathComponent("latin1.csv")
        try Data([0x71, 0x2C, 0x65, 0x0A, 0xE9, 0x2C, 0x61, 0x0A]).write(to: latin1)
        // UTF-16 without a byte-order mark decodes as UTF-8 full of NULs: it is named, with the command that converts it.
        let utf16 = folder.appendingPathComponent("utf16.csv")
        try "question,entry\nq,e\n".data(using: .utf16LittleEndian)!.write(to: utf16)
        // A workbook saved in Excel's own format is a ZIP archive: it said "not UTF-8 text".
        let workbook = folder.appendingPathComponent("labels.xlsx")
        try Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]).write(to: workbook)
        let table: [(path: String, message: String)] = [
            (workbook.path, "it is a ZIP archive (as Excel .xlsx and Word .docx files are), not text; "
                + "save it as CSV UTF-8 first (in Excel: File > Save As > CSV UTF-8)"),
            (folder.appendingPathComponent("none.csv").path, "cannot read the file: no such file"),
            (folder.path, "cannot read the file: it is a folder"),
            (latin1.path, "not UTF-8 text"),
            (utf16.path, "it is UTF-16 text (little-endian, no byte-order mark), not UTF-8; convert it first: "
                + "iconv -f UTF-16LE -t UTF-8 \(utf16.path) > \(utf16.path.dropLast(".csv".count))-utf8.csv"),
        ]
        for row in table {
            XCTAssertThrowsError(try LabeledCSV.read(path: row.path), row.path) { error in
                XCTAssertEqual("\(error)", "\(row.path): \(row.message)")
            }
        }
    }

    func testTheHeaderRefusesAColumnNamedTwiceAndNamesTheOnesNotRead() throws {
        let cases: [(header: String, error: String?, warnings: [String])] = [
            ("question,entry,title,answer", nil, []),
            ("Question,Entry,answr", nil, ["ignoring column 'answr' (columns read: question, entry, title, answer)"]),
            ("question,entry,notes,", nil, ["ignoring column 'notes' (columns read: question, entry, title, answer)"]),
            ("question,QUESTION,entry", "the header names the column 'QUESTION' twice (columns 1 and 2); give each column once", []),
            ("question,entry,title,x,title", "the header names the column 'title' twice (columns 3 and 5); give each column once", []),
        ]
        for c in cases {
            let fields = c.header.split(separator: ",", omittingEmptySubsequences: false).count
            let row = ["lost phone", "mfa"] + Array(repeating: "x", count: fields - 2)
            var warnings: [String] = []
            do {
                let questions = try LabeledCSV.parse(c.header + "\n" + row.joined(separator: ",") + "\n", path: "e.csv") { warnings.append($0) }
                XCTAssertNil(c.error, c.header)
                XCTAssertEqual(questions.map(\.entry), ["mfa"], c.header)
            } catch {
                XCTAssertEqual("\(error)", c.error.map { "e.csv: " + $0 }, c.header)
            }
            XCTAssertEqual(warnings, c.warnings, c.header)
        }
    }

    /// Input longer than the limit is refused before it fills memory: `eval /dev/zero` read until memory ran out.
    func testInputOverTheLimitIsRefused() throws {
        let folder = try makeTemporaryDirectory("labeled")
        let file = folder.appendingPathComponent("big.csv")
        try Data("question,entry\nforgot password,reset\n".utf8).write(to: file)
        XCTAssertEqual(try LabeledCSV.read(path: file.path, limit: 100).map(\.question), ["forgot password"])
        XCTAssertThrowsError(try LabeledCSV.read(path: file.path, limit: 20)) { error in
            XCTAssertEqual("\(error)", "\(file.path): it holds more than 20 bytes, the most eval and kb import read")
        }
        XCTAssertEqual(LabeledCSV.maximumBytes, 64 << 20)
    }

    /// A column name quoted in a warning is redacted with the redactor given (eval and kb import give the knowledge
    /// base's: "Marcy" is one of its `given_names`).
    func testAWarningIsRedactedWithTheRedactorGiven() throws {
        var warnings: [String] = []
        _ = try LabeledCSV.parse("question,entry,Marcy\nforgot password,reset,x\n", path: "e.csv",
                                 redactor: try ShippedMatcher.get().redactor) { warnings.append($0) }
        XCTAssertEqual(warnings, ["ignoring column '[NAME]' (columns read: question, entry, title, answer)"])
    }
}
