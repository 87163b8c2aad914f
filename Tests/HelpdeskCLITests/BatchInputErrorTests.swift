import Foundation
import XCTest

/// Batch input that cannot be answered, as a user sees it: which record failed, and why.
final class BatchInputErrorTests: CLITestCase {
    /// A JSONL object with a bad `question` keeps its other fields, redacted as a good record's are, so an agent can
    /// tell which ticket failed; the record had only `line` and `error`.
    func testAJSONLErrorRecordKeepsItsOtherFieldsRedacted() throws {
        let input = """
            {"id":"T1","question":"lost my phone"}
            {"id":"T4","q":"reset password"}
            {"id":"T5","question":42,"ssn":"123-45-6789"}
            {"id":"T6","question":"a","question":"b","note":"call 866-255-0654"}

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
        for secret in ["6789", "0654"] { XCTAssertFalse(run.stdout.contains(secret) || run.stderr.contains(secret), secret) }
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
}
