import Foundation
import HelpdeskCore
import XCTest
import TestSupport

/// Batch mode at scale through the binary: formats, bad lines, order, atomic output, exit codes, the unanswered report.
final class BatchScaleTests: CLITestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try makeTemporaryDirectory("batch-scale")
    }

    private func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    private func file(_ name: String, _ text: String) throws -> String { try file(name, Array(text.utf8)) }

    /// A three-entry knowledge base: quick to train, so large inputs stay quick in a debug build.
    private func smallKB() throws -> String {
        let folder = directory.appendingPathComponent("kb")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var yaml = "version: 1\nentries:\n"
        for (id, questions) in [("password", "reset my password"), ("phone", "lost my phone"), ("hello", "hello there")] {
            yaml += "  - id: \(id)\n    title: \(id)\n    summary: About \(id).\n    questions: [\(questions)]\n"
                + "    source: test\n    last_reviewed: 2026-01-01\n"
        }
        try yaml.write(to: folder.appendingPathComponent("kb.yaml"), atomically: true, encoding: .utf8)
        return folder.path
    }

    /// `helpdesk batch` on the small KB, reading questions from the returned pipe and writing `output` in `format`.
    private func startBatch(format: String, output: String) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["batch", "--kb", try smallKB(), "--format", format, "--output", output, "-"]
        let input = Pipe()
        process.standardInput = input
        process.standardError = Pipe()
        try process.run()
        return (process, input)
    }

    private func csvRows(_ text: String) throws -> [[String]] {
        var reader = CSVRecordReader()
        return try (reader.feed(Array(text.utf8)) + reader.finish()).map { try $0.fields.get() }
    }

    func testTwentyThousandLinesOnTwoJobsKeepOrderAndLineNumbers() throws {
        var text = ""
        var expected: [Int] = []
        for line in 1...20_000 {
            if line % 997 == 0 { text += "\n"; continue }
            text += ["reset my password", "lost my phone", "hello there"][line % 3] + " \(line)\n"
            expected.append(line)
        }
        let input = try file("big.txt", text)
        let output = directory.appendingPathComponent("big.jsonl").path
        let run = try run(["batch", "--kb", smallKB(), "--jobs", "2", "--format", "jsonl", "--output", output, input])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout, "")
        let records = try jsonLines(String(contentsOfFile: output, encoding: .utf8))
        XCTAssertEqual(records.map { $0["line"] as? Int }, expected)
        for record in records {
            let line = try XCTUnwrap(record["line"] as? Int)
            XCTAssertEqual(record["question"] as? String, ["reset my password", "lost my phone", "hello there"][line % 3] + " \(line)")
        }
        XCTAssertTrue(run.stderr.contains("\(expected.count) lines: "), run.stderr)
        XCTAssertTrue(run.stderr.contains("lines/s"), run.stderr)
        XCTAssertFalse(run.stderr.contains("\u{1B}["), "no progress display when stderr is a pipe")
    }

    func testEachKindOfBadTextLineIsAnErrorRecordInPlace() throws {
        var bytes = Array("reset my password\n".utf8)
        bytes += [0xE2, 0x28, 0xA1, 10]
        bytes += Array("lost\u{0} phone\n".utf8)
        bytes += Array(String(repeating: "x", count: 70_000).utf8) + [10]
        bytes += Array("\nhello there".utf8)
        let run = try run(["batch", "--kb", smallKB(), "--format", "jsonl", file("bad.txt", bytes)])
        XCTAssertEqual(run.status, 65, run.stderr)
        let records = try jsonLines(run.stdout)
        XCTAssertEqual(records.map { $0["line"] as? Int }, [1, 2, 3, 4, 6])
        XCTAssertEqual(records.map { $0["status"] as? String }, ["answered", "error", "error", "error", "answered"])
        XCTAssertEqual(records[1]["error"] as? String, "the line is not valid UTF-8")
        XCTAssertEqual(records[2]["error"] as? String, "the line holds a NUL byte")
        XCTAssertEqual(records[3]["error"] as? String, "the line is 70000 bytes; the limit is 65536")
        XCTAssertTrue(run.stderr.contains("3 errors"), run.stderr)
    }

    func testCSVPassThroughWithQuotesCommasAndNewlines() throws {
        let input = try file("tickets.csv", "ticket,question,agent\r\n"
            + "T-1,\"lost my phone, \"\"urgent\"\"\",\"Kim, J.\"\r\n"
            + "T-2,\"reset my\npassword please\",\"multi\nline\"\r\n"
            + "T-3,short row\r\n"
            + "T-4,hello there,Lee\r\n")
        let run = try run(["batch", "--kb", smallKB(), "--format", "csv", input])
        XCTAssertEqual(run.status, 65, run.stderr)
        let rows = try csvRows(run.stdout)
        XCTAssertEqual(Array(rows[0].prefix(6)), ["ticket", "agent", "line", "question", "status", "entry"])
        XCTAssertEqual(rows.count, 5)
        XCTAssertEqual(Array(rows[1].prefix(6)), ["T-1", "Kim, J.", "2", "lost my phone, \"urgent\"", "answered", "phone"])
        XCTAssertEqual(Array(rows[2].prefix(6)), ["T-2", "multi\nline", "3", "reset my\npassword please", "answered", "password"])
        XCTAssertEqual(rows[3][2...4], ["6", "", "error"], "T-2 spans lines 3 to 5")
        XCTAssertEqual(rows[3].last, "the row has 2 fields; the header has 3")
        XCTAssertEqual(Array(rows[4].prefix(5)), ["T-4", "Lee", "7", "hello there", "answered"])
        XCTAssertTrue(rows.allSatisfy { $0.count == rows[0].count })

        let jsonl = try self.run(["batch", "--kb", smallKB(), "--format", "jsonl", input])
        let records = try jsonLines(jsonl.stdout)
        XCTAssertEqual(records[0]["ticket"] as? String, "T-1")
        XCTAssertEqual(records[1]["agent"] as? String, "multi\nline")
    }

    func testJSONLFromStandardInput() throws {
        let input = """
            {"id": 1, "question": "lost my phone"}
            {"id": 2, "question": 7}

            {"id": 3
            {"id": 4, "question": "hello there"}
            """
        let run = try run(["batch", "--kb", smallKB(), "--input-format", "jsonl", "--format", "jsonl", "-"], stdin: input)
        XCTAssertEqual(run.status, 65, run.stderr)
        let records = try jsonLines(run.stdout)
        XCTAssertEqual(records.map { $0["line"] as? Int }, [1, 2, 4, 5])
        // The object with a bad question keeps its id; the line that is no JSON object has none to keep.
        XCTAssertEqual(records.map { $0["id"] as? Int }, [1, 2, nil, 4])
        XCTAssertEqual(records.map { $0["status"] as? String }, ["answered", "error", "error", "answered"])
        XCTAssertEqual(records[1]["error"] as? String, "the field \"question\" is a number, not a string")
        XCTAssertEqual(records[2]["error"] as? String, "not a JSON object: expected '}', found the end of the line at column 9")
    }

    func testOutputFileAppearsOnlyWhenComplete() throws {
        let target = directory.appendingPathComponent("answers.jsonl").path
        let (process, input) = try startBatch(format: "jsonl", output: target)
        input.fileHandleForWriting.write(Data((1...2000).map { "lost my phone \($0)\n" }.joined().utf8))
        // The run is waiting for more input: only the hidden temporary file exists.
        var temporary: [String] = []
        for _ in 0..<600 where temporary.isEmpty {
            temporary = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".answers.jsonl.tmp") }
            if temporary.isEmpty { usleep(50_000) }
        }
        XCTAssertEqual(temporary.count, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: target))
        input.fileHandleForWriting.write(Data("hello there\n".utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let records = try jsonLines(String(contentsOfFile: target, encoding: .utf8))
        XCTAssertEqual(records.count, 2001)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains(".tmp") }, [])
    }

    func testInterruptedRunLeavesNoFile() throws {
        let target = directory.appendingPathComponent("killed.csv").path
        let (process, input) = try startBatch(format: "csv", output: target)
        input.fileHandleForWriting.write(Data("lost my phone\n".utf8))
        var started = false
        for _ in 0..<600 where !started {
            started = try FileManager.default.contentsOfDirectory(atPath: directory.path).contains { $0.hasPrefix(".killed.csv.tmp") }
            if !started { usleep(50_000) }
        }
        XCTAssertTrue(started)
        process.terminate()
        process.waitUntilExit()
        XCTAssertNotEqual(process.terminationStatus, 0)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0 != "kb" }, [])
    }

    func testExitCodes() throws {
        let kb = try smallKB()
        let good = try file("good.txt", "lost my phone\nbake a cake\n")
        let cases: [(name: String, arguments: [String], status: Int32, stderr: String)] = [
            ("all answered or fell back", ["batch", "--kb", kb, good], 0, "2 lines: "),
            ("input errors", ["batch", "--kb", kb, try file("bad.jsonl", "{\"question\": \"hi\"}\nnope\n")], 65, "1 error"),
            ("jobs zero", ["batch", "--kb", kb, "--jobs", "0", good], 64, "--jobs must be at least 1"),
            // A negative number is the option's value, not another option ("Missing value for '--jobs <n>'" before).
            ("jobs negative", ["batch", "--kb", kb, "--jobs", "-1", good], 64, "--jobs must be at least 1"),
            ("jobs too many", ["batch", "--kb", kb, "--jobs", "9223372036854775807", good], 64, "--jobs must be at most 1024"),
            ("threshold negative", ["batch", "--kb", kb, "--threshold", "-0.5", good], 64, "--threshold must be between 0 and 1"),
            ("show negative", ["kb", "test", "--kb", kb, "--show", "-1"], 64, "--show must be 0 or more"),
            ("max age negative", ["kb", "check", "--kb", kb, "--max-age-days", "-5"], 64, "--max-age-days must be 0 or more"),
            ("folds negative", ["kb", "test", "--kb", kb, "--folds", "-2"], 64, "--folds must be 2 or more"),
            ("unknown input format", ["batch", "--kb", kb, "--input-format", "xml", good], 64, "xml"),
            ("missing input", ["batch", "--kb", kb, directory.appendingPathComponent("none.txt").path], 1, "cannot open"),
            ("CSV without question column", ["batch", "--kb", kb, try file("x.csv", "id,text\n1,a\n")], 1, "no 'question' column"),
            ("unreadable KB", ["batch", "--kb", "/nonexistent/kb", good], 1, "/nonexistent/kb"),
            ("unwritable output", ["batch", "--kb", kb, "--output", "/nonexistent/dir/out.txt", good], 1, "cannot write"),
        ]
        for c in cases {
            let run = try run(c.arguments)
            XCTAssertEqual(run.status, c.status, "\(c.name): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains(c.stderr), "\(c.name): \(run.stderr)")
        }
    }

    func testUnansweredReportGroupsRedactedQuestions() throws {
        let input = try file("mixed.txt", "bake a cake\nlost my phone\nBake a cake?\nmy SSN is 123-45-6789 help\nbake  a cake\n")
        let report = directory.appendingPathComponent("unanswered.csv").path
        let run = try run(["batch", "--kb", smallKB(), "--unanswered", report, input])
        XCTAssertEqual(run.status, 0, run.stderr)
        let rows = try csvRows(String(contentsOfFile: report, encoding: .utf8))
        XCTAssertEqual(rows.first, ["count", "question", "status", "best_guess"])
        XCTAssertGreaterThan(rows.count, 1, "the report lists the unanswered questions")
        guard rows.count > 1 else { return }
        XCTAssertEqual(rows[1][0...2], ["3", "bake a cake", "fallback"])
        XCTAssertFalse(rows.joined().joined().contains("6789"), "questions are redacted")
        XCTAssertTrue(rows.contains { $0[1].contains("[SSN]") })
        XCTAssertFalse(rows.contains { $0[1] == "lost my phone" })
    }

    func testHelpDocumentsFormatsAndExitStatus() throws {
        let run = try run(["batch", "--help"])
        XCTAssertEqual(run.status, 0)
        for text in ["--input-format", "--output", "--unanswered", "--jobs", "markdown", "65", "64", "candidate_1_confidence"] {
            XCTAssertTrue(run.stdout.contains(text), text)
        }
    }
}
