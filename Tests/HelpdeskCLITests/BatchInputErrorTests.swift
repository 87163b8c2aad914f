import Foundation
import XCTest
import TestSupport

/// Batch input that cannot be answered, as a user sees it: which record failed, and why.
final class BatchInputErrorTests: CLITestCase {
    /// A JSONL object with a bad `question` keeps its other fields, redacted as a good record's are, so an agent can
    /// tell which ticket failed; the record had only `line` and `error`.
    func testAJSONLErrorRecordKeepsItsOtherFieldsRedacted() throws {
        let input = """
            {"id":"T1","question":"lost my phone"}
            {"id":"T4","q":"reset password"}
            {"id":"T5","question":42,"ssn":"123-45-6789"}
            {"id":"T6","question":"a","question":"b","note":"call 555-201-4477"}

            """
        let run = try run(["batch", "--input-format", "jsonl", "--format", "jsonl", "-"], stdin: input)
        XCTAssertEqual(run.status, 65, run.stderr)
        let records = try jsonLines(run.stdout)
        XCTAssertEqual(records.map { $0["id"] as? String }, ["T1", "T4", "T5", "T6"])
        XCTAssertEqual(records.map { $0["status"] as? String }, ["answered", "error", "error", "error"])
        XCTAssertEqual(records[1]["q"] as? String, "reset password")
        XCTAssertEqual(records[2]["ssn"] as? String, "[SSN]")
        XCTAssertEqual(records[3]["note"] as? String, "call [PHONE]")
        XCTAssertEqual(records[3]["error"] as? String, "the object gives the field \"question\" more than once")
        for secret in ["6789", "4477"] { XCTAssertFalse(run.stdout.contains(secret) || run.stderr.contains(secret), secret) }
    }

    /// CSV output of JSONL input has the first object's fields as columns, so an error row keeps its ticket's id (it
    /// had no pass-through column at all); a JSONL question holding "\u0000" is an error record, and no NUL is written.
    func testCSVOutputOfJSONLKeepsTheIdsAndWritesNoNUL() throws {
        let input = """
            {"id":"T-1","question":"forgot password"}
            {"question":null,"id":"T-2"}
            {"id":"T-3","question":"hi\\u0000there","note":"a\\u0000b"}

            """
        let run = try run(["batch", "--input-format", "jsonl", "--format", "csv", "-"], stdin: input)
        XCTAssertEqual(run.status, 65, run.stderr)
        XCTAssertFalse(run.stdout.utf8.contains(0), run.stdout.debugDescription)
        // An answer's cell holds line breaks: the rows' first lines are those that start with the header or an id.
        let rows = run.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("id,") || $0.hasPrefix("T-") }
        XCTAssertTrue(rows[0].hasPrefix("id,line,question,status,"), rows[0])
        XCTAssertTrue(rows[1].hasPrefix("T-1,1,forgot password,answered,"), rows[1])
        XCTAssertTrue(rows[2].hasPrefix("T-2,2,,error,"), rows[2])
        XCTAssertTrue(rows[2].hasSuffix(",\"the field \"\"question\"\" is null, not a string\""), rows[2])
        XCTAssertTrue(rows[3].hasPrefix("T-3,3,,error,"), rows[3])
        XCTAssertTrue(rows[3].hasSuffix(",the question holds a NUL character"), rows[3])
    }

    /// Fields the first JSON object lacks have no CSV column: named once on stderr, redacted, so a ticket's id that only
    /// later objects give is not lost without a word; JSONL output keeps them and says nothing.
    func testCSVOutputNamesTheFieldsItLeavesOut() throws {
        let input = """
            {"question":"forgot password"}
            {"id":"T-9","question":"lost my phone","note":"x"}
            {"id":"T-10","question":"locked out","555-201-4477":"y"}

            """
        let csv = try run(["batch", "--input-format", "jsonl", "--format", "csv", "-"], stdin: input)
        XCTAssertEqual(csv.status, 0, csv.stderr)
        let warnings = csv.stderr.split(separator: "\n").filter { $0.contains("warning") }
        XCTAssertEqual(warnings.count, 1, csv.stderr)
        XCTAssertTrue(warnings[0].contains("'id', 'note', '[PHONE]' were left out"), csv.stderr)
        XCTAssertFalse(csv.stderr.contains("4477"), csv.stderr)
        let jsonl = try run(["batch", "--input-format", "jsonl", "--format", "jsonl", "-"], stdin: input)
        XCTAssertFalse(jsonl.stderr.contains("warning"), jsonl.stderr)
    }

    /// A CSV header naming `question` twice is refused as eval and kb import refuse it; the first column was used.
    func testACSVHeaderNamingTheQuestionTwiceIsRefused() throws {
        let run = try run(["batch", "--input-format", "csv", "--format", "jsonl", "-"], stdin: "question,question\nforgot password,new phone\n")
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stdout, "")
        XCTAssertEqual(run.stderr, "helpdesk: error: the header names the column 'question' twice (columns 1 and 2); give each column once\n")
    }

    /// An empty or blank question is an error record with a reason, in CSV and JSONL alike, counted as an error (exit
    /// 65); it fell back with the whole fallback answer. A blank text line is skipped, as before.
    func testAnEmptyQuestionIsAnErrorRecord() throws {
        let inputs: [(format: String, text: String)] = [
            ("jsonl", "{\"id\":\"T7\",\"question\":\"\"}\n{\"id\":\"T8\",\"question\":\"   \"}\n{\"id\":\"T9\",\"question\":\"thanks\"}\n"),
            ("csv", "id,question\nT7,\nT8,\"   \"\nT9,thanks\n"),
        ]
        for input in inputs {
            let run = try run(["batch", "--input-format", input.format, "--format", "jsonl", "-"], stdin: input.text)
            XCTAssertEqual(run.status, 65, run.stderr)
            let records = try jsonLines(run.stdout)
            XCTAssertEqual(records.map { $0["id"] as? String }, ["T7", "T8", "T9"], input.format)
            XCTAssertEqual(records.map { $0["status"] as? String }, ["error", "error", "answered"], input.format)
            XCTAssertEqual(records.map { $0["error"] as? String }, ["the question is empty", "the question is empty", nil], input.format)
            XCTAssertTrue(run.stderr.contains("3 lines: 1 answered, 0 clarify, 0 fallback, 2 errors;"), run.stderr)
        }
        let text = try run(["batch", "--format", "jsonl", "-"], stdin: "   \nthanks\n")
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertEqual(try jsonLines(text.stdout).map { $0["line"] as? Int }, [2])
    }

    /// A stray quote that closes a line later takes the row after it along: the error says so, naming the lines,
    /// instead of only "text follows a closing quote inside a field" while the summary counted 4 lines of 6.
    func testAQuoteThatJoinsRowsNamesTheLinesItTook() throws {
        let csv = "id,question\n1,lost my phone\n2,thanks\n3,hello\n4,\"reset password\n5,lost phone\"x\n"
        let run = try run(["batch", "--input-format", "csv", "--format", "jsonl", "-"], stdin: csv)
        XCTAssertEqual(run.status, 65, run.stderr)
        let records = try jsonLines(run.stdout)
        XCTAssertEqual(records.map { $0["line"] as? Int }, [2, 3, 4, 5])
        XCTAssertEqual(records.last?["error"] as? String, "a quote opened on line 5 runs to line 6, so lines 5-6 were read as one row: "
                       + "text follows a closing quote inside a field")
    }

    /// A UTF-16 or UTF-32 file (as `iconv -t UTF-16` writes it) fails once, with the command that converts it, exit 1
    /// as for a file that cannot be read; it gave "the line holds a NUL byte" on every line, exit 65.
    func testAUTF16FileIsRefusedOnceWithTheCommandThatConvertsIt() throws {
        let directory = try makeTemporaryDirectory("batch-utf16")
        let text = "lost my phone\nthanks\n"
        let files: [(name: String, data: Data, iconv: String)] = [
            ("bom.txt", text.data(using: .utf16)!, "UTF-16"),
            ("le.csv", ("question\n" + text).data(using: .utf16LittleEndian)!, "UTF-16LE"),
            ("be.jsonl", "{\"question\":\"a\"}\n".data(using: .utf16BigEndian)!, "UTF-16BE"),
            ("u32.txt", text.data(using: .utf32LittleEndian)!, "UTF-32LE"),
        ]
        for file in files {
            let path = directory.appendingPathComponent(file.name).path
            try file.data.write(to: URL(fileURLWithPath: path))
            let run = try run(["batch", "--format", "jsonl", path])
            XCTAssertEqual(run.status, 1, file.name)
            XCTAssertEqual(run.stdout, "", file.name)
            XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
            // The converted file keeps the extension, so batch reads it in the same format.
            let name = (file.name as NSString).deletingPathExtension, ext = (file.name as NSString).pathExtension
            let converted = directory.appendingPathComponent("\(name)-utf8.\(ext)").path
            XCTAssertTrue(run.stderr.contains("and batch reads UTF-8; convert it first: iconv -f \(file.iconv) -t UTF-8 \(path) > \(converted)"),
                          run.stderr)
        }
    }

    /// A file that is no text (a spreadsheet in Excel's format, a PDF, the helpdesk program itself) fails once, on one
    /// line saying what it is and what to do, exit 1; the helpdesk binary gave 548,072 lines of NUL-byte errors and
    /// fallback answers, exit 65.
    func testABinaryFileIsRefusedOnceSayingWhatItIs() throws {
        let directory = try makeTemporaryDirectory("batch-binary")
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array("xl/worksheets/sheet1.xml\n\0\0".utf8)
        let files: [(name: String, bytes: [UInt8], says: String)] = [
            ("tickets.xlsx", zip, "it is a ZIP archive (as Excel .xlsx and Word .docx files are), not text; save it as CSV UTF-8 first"),
            ("old.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0x0A], "it is an old Office file (.xls or .doc)"),
            ("q.pdf", Array("%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj\n".utf8), "it is a PDF document"),
        ]
        for file in files {
            let path = directory.appendingPathComponent(file.name).path
            try Data(file.bytes).write(to: URL(fileURLWithPath: path))
            let run = try run(["batch", path])
            XCTAssertEqual(run.status, 1, file.name)
            XCTAssertEqual(run.stdout, "", file.name)
            XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
            XCTAssertTrue(run.stderr.hasPrefix("helpdesk: error: cannot read '\(path)': \(file.says)"), run.stderr)
        }
        let program = try run(["batch", Self.binary.path])
        XCTAssertEqual(program.status, 1)
        XCTAssertEqual(program.stdout, "")
        XCTAssertEqual(program.stderr, "helpdesk: error: cannot read '\(Self.binary.path)': it is a program (ELF), not text; "
            + "give the questions as text (one a line, CSV or JSONL)\n")
    }

    /// A CSV without a 'question' column says what its first row suggests: ';' or tabs as separators, or no header.
    func testACSVWithoutAQuestionColumnGetsAHint() throws {
        let cases: [(csv: String, hint: String)] = [
            ("id;question\n1;lost my phone\n", "; the file looks separated by ';'; helpdesk reads comma-separated CSV"),
            ("id\tquestion\n1\tlost my phone\n", "; the file looks separated by tabs; helpdesk reads comma-separated CSV"),
            ("lost my phone\nthanks\n", "(found: lost my phone); the first row is the header: name a 'question' column there, "
                + "or add a header row if the file has none"),
        ]
        for c in cases {
            let run = try run(["batch", "--input-format", "csv", "-"], stdin: c.csv)
            XCTAssertEqual(run.status, 1, run.stderr)
            XCTAssertTrue(run.stderr.contains(c.hint), run.stderr)
        }
    }

    /// An empty file name is a usage error (exit 64, one line, nothing written), like other bad option values; `-o ""`
    /// said "cannot write '': Is a directory" with exit status 1, as if the disk had failed.
    func testAnEmptyPathIsAUsageError() throws {
        let cases: [(arguments: [String], message: String)] = [
            (["-o", "", "-"], "helpdesk: error: --output needs a file name, and '' is empty (- or no --output is standard output)\n"),
            (["--unanswered", "", "-"], "helpdesk: error: --unanswered needs a file name, and '' is empty\n"),
            ([""], "helpdesk: error: the file of questions needs a name, and '' is empty (- is standard input)\n"),
        ]
        for c in cases {
            let run = try run(["batch"] + c.arguments, stdin: "lost my phone\n")
            XCTAssertEqual(run.status, 64, "\(c.arguments)")
            XCTAssertEqual(run.stderr, c.message)
            XCTAssertEqual(run.stdout, "")
        }
    }

    /// `--output=` with nothing after it is a usage error naming the option, and nothing is written: ArgumentParser
    /// took the next argument as its value, so `--output= -` said "Missing expected argument '<file>'" and
    /// `--output= FILE INPUT` wrote FILE with exit status 0.
    func testAnOptionWithAnEmptyValueAfterEqualsIsAUsageError() throws {
        let written = FileManager.default.temporaryDirectory.appendingPathComponent("empty-option-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: written) }
        let cases: [(arguments: [String], option: String)] = [
            (["--output=", "-"], "--output"),
            (["--output=", written.path, "-"], "--output"),
            (["--unanswered=", written.path, "-"], "--unanswered"),
        ]
        for c in cases {
            let run = try run(["batch"] + c.arguments, stdin: "lost my phone\n")
            XCTAssertEqual(run.status, 64, "\(c.arguments)")
            XCTAssertEqual(run.stderr, "helpdesk: error: \(c.option)= has no value after '=': write \(c.option)=VALUE or "
                           + "\(c.option) VALUE (a space after '=' leaves the value empty)\n", "\(c.arguments)")
            XCTAssertEqual(run.stdout, "")
            XCTAssertFalse(FileManager.default.fileExists(atPath: written.path), "\(c.arguments)")
        }
    }
}
