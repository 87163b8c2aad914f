import Foundation
import XCTest
import TestSupport

final class BatchCommandTests: CLITestCase {
    func testJSONLHasOneRecordPerLineWithTheContractFields() throws {
        let input = "how do I reset my ID.me password\n\nrecipe for banana bread\nhi there\n"
        let run = try run(["batch", "--format", "jsonl", "-"], stdin: input)
        XCTAssertEqual(run.status, 0, run.stderr)
        let records = try jsonLines(run.stdout)
        XCTAssertEqual(records.map { $0["line"] as? Int }, [1, 3, 4], "blank lines skipped, numbering kept")
        for record in records {
            for field in ["line", "question", "status", "entry", "title", "confidence", "candidates", "answer"] {
                XCTAssertNotNil(record[field], "field \(field)")
            }
            let candidates = try XCTUnwrap(record["candidates"] as? [[String: Any]])
            XCTAssertGreaterThanOrEqual(candidates.count, 3)
        }
        XCTAssertEqual(records[0]["status"] as? String, "answered")
        XCTAssertEqual(records[0]["entry"] as? String, "reset-idme-password")
        XCTAssertEqual(records[1]["status"] as? String, "fallback")
        XCTAssertTrue(records[1]["entry"] is NSNull)
        XCTAssertEqual(records[2]["entry"] as? String, "greeting")
    }

    /// "ok", "fair enough"... as whole lines are acknowledgements in every format, as `helpdesk ask ok` is; they answered
    /// entries (or fell back) before.
    func testALineThatOnlyAcknowledgesIsAnAcknowledgement() throws {
        let input = "ok\nfair enough\ngot you\nlet me try\nright\nlost my phone\n"
        let jsonl = try run(["batch", "--format", "jsonl", "-"], stdin: input)
        XCTAssertEqual(jsonl.status, 0, jsonl.stderr)
        let records = try jsonLines(jsonl.stdout)
        XCTAssertEqual(records.map { $0["kind"] as? String }, Array(repeating: "acknowledgement", count: 5) + [nil])
        XCTAssertEqual(records.map { $0["status"] as? String }, Array(repeating: "fallback", count: 5) + ["answered"])
        let asked = try run(["ask", "--json", "ok"])
        XCTAssertEqual(jsonl.stdout.split(separator: "\n").first.map(String.init),
                       asked.stdout.trimmingCharacters(in: .newlines).replacingOccurrences(of: ",\"also\":[]", with: ""))
        XCTAssertTrue(jsonl.stderr.contains("6 lines: 1 answered, 0 clarify, 0 fallback, 5 acknowledged, 0 errors;"), jsonl.stderr)
        for format in ["text", "csv", "markdown"] {
            let run = try run(["batch", "--format", format, "-"], stdin: input)
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertEqual(run.stdout.components(separatedBy: "OK. Ask a question whenever you're ready.").count, 6, "\(format): \(run.stdout)")
            XCTAssertTrue(run.stderr.contains(", 5 acknowledged, "), run.stderr)
        }
        let unanswered = FileManager.default.temporaryDirectory.appendingPathComponent("unanswered-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: unanswered) }
        _ = try run(["batch", "--unanswered", unanswered.path, "-"], stdin: input + "recipe for banana bread\n")
        let rows = try String(contentsOf: unanswered, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(rows.count, 2, "\(rows)")
        XCTAssertTrue(rows.last?.hasPrefix("1,recipe for banana bread,fallback,") ?? false, "\(rows)")
    }

    /// The `--unanswered` best guess is a help topic, never small talk: "recipe for banana bread" guessed `goodbye`,
    /// "how do i apply for an ein" `capabilities`.
    func testTheUnansweredBestGuessIsNoSmallTalk() throws {
        let unanswered = FileManager.default.temporaryDirectory.appendingPathComponent("unanswered-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: unanswered) }
        let run = try run(["batch", "--unanswered", unanswered.path, "-"], stdin: "recipe for banana bread\nhow do i apply for an ein\n")
        XCTAssertEqual(run.status, 0, run.stderr)
        let rows = try String(contentsOf: unanswered, encoding: .utf8).split(separator: "\n").dropFirst()
        XCTAssertEqual(rows.count, 2, "\(rows)")
        let smallTalk = ["greeting", "thanks", "goodbye", "capabilities"]
        for row in rows {
            let guess = String(row.split(separator: ",", omittingEmptySubsequences: false).last ?? "")
            XCTAssertFalse(smallTalk.contains(guess), String(row))
        }
    }

    /// A line that is an interactive command (a session pasted into a file) is a bad line: named on stderr with its
    /// number, an error record in its place, counted as an error, exit 65; the rest is answered. It was matched as a
    /// question (":quit" answered "Updating or closing an ID.me account").
    func testAnInteractiveCommandIsABadLine() throws {
        let input = "hello\n:quit\n:show 123-45-6789\n:( still locked out of id.me\nthanks\n"
        let jsonl = try run(["batch", "--format", "jsonl", "-"], stdin: input)
        XCTAssertEqual(jsonl.status, 65, jsonl.stderr)
        let records = try jsonLines(jsonl.stdout)
        XCTAssertEqual(records.map { $0["status"] as? String }, ["answered", "error", "error", "answered", "answered"])
        XCTAssertEqual(records[1]["error"] as? String, "':quit' is an interactive command; batch answers questions only")
        XCTAssertEqual(jsonl.stderr.split(separator: "\n").map(String.init).dropLast(), [
            "helpdesk: line 2: ':quit' is an interactive command; batch answers questions only",
            "helpdesk: line 3: ':show [SSN]' is an interactive command; batch answers questions only",
        ])
        XCTAssertTrue(jsonl.stderr.contains("5 lines: 3 answered, 0 clarify, 0 fallback, 2 errors;"), jsonl.stderr)
        XCTAssertFalse(jsonl.stdout.contains("6789") || jsonl.stderr.contains("6789"), "redacted everywhere")
        // CSV input: the question column, with its row's other columns passed through.
        let csv = try run(["batch", "--input-format", "csv", "--format", "csv", "-"], stdin: "id,question\n1,:why\n2,thanks\n")
        XCTAssertEqual(csv.status, 65, csv.stderr)
        XCTAssertTrue(csv.stdout.contains("\n1,2,,error,"), csv.stdout)
        XCTAssertTrue(csv.stderr.hasPrefix("helpdesk: line 2: ':why' is an interactive command"), csv.stderr)
    }

    /// "quit" and "exit" (the KB's `exit_words`) end only the interactive session: `ask` and batch answer them as
    /// questions, as before.
    func testExitWordsAreQuestionsOutsideTheSession() throws {
        let ask = try run(["ask", "quit"])
        XCTAssertEqual(ask.status, 0, ask.stderr)
        XCTAssertTrue(ask.stdout.hasPrefix("Updating or closing an ID.me account"), ask.stdout)
        let batch = try run(["batch", "--format", "jsonl", "-"], stdin: "quit\nexit\n")
        XCTAssertEqual(try jsonLines(batch.stdout).map { $0["status"] as? String }, ["answered", "fallback"], batch.stderr)
    }

    func testBadLinesAreReportedAndTheRestAnswered() throws {
        var bytes = Array("hello\n".utf8)
        bytes += [0xFF, 0xFE, 0x0A]
        bytes += Array("thanks\n".utf8)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString).txt")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try run(["batch", "--format", "jsonl", file.path])
        XCTAssertEqual(run.status, 65)
        let records = try jsonLines(run.stdout)
        XCTAssertEqual(records.map { $0["status"] as? String }, ["answered", "error", "answered"])
        XCTAssertEqual(records[1]["error"] as? String, "the line is not valid UTF-8")
    }

    func testPipedStdinWithoutCommandAnswersEachLine() throws {
        let run = try run([], stdin: "how do I reset my ID.me password\nwhat is the e-help desk number\n")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("[line 1]"))
        XCTAssertTrue(run.stdout.contains("[line 2]"))
        XCTAssertTrue(run.stdout.contains("866-255-0654"))
    }

    func testMissingFileIsFatal() throws {
        let run = try run(["batch", "/nonexistent/questions.txt"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("cannot open"))
        // A folder says what to give instead.
        let folder = try makeTemporaryDirectory("batch-folder").path
        let inFolder = try self.run(["batch", "--format", "jsonl", folder])
        XCTAssertEqual(inFolder.status, 1)
        XCTAssertEqual(inFolder.stderr, "helpdesk: error: cannot open '\(folder)': it is a folder; give a file of questions inside it\n")
    }

    func testPastedTextWithTwoProblemsListsTheSecondInAlso() throws {
        let input = "Hi, I forgot my ID.me password. Also my new phone does not get the code.\nhow do I reset my ID.me password\n"
        let run = try run(["batch", "--format", "jsonl", "-"], stdin: input)
        XCTAssertEqual(run.status, 0, run.stderr)
        let records = try jsonLines(run.stdout)
        XCTAssertEqual(records[0]["entry"] as? String, "reset-idme-password")
        let also = try XCTUnwrap(records[0]["also"] as? [[String: Any]])
        XCTAssertEqual(also.map { $0["entry"] as? String }, ["mfa-recovery"])
        XCTAssertTrue((also.first?["answer"] as? String)?.contains("MFA") ?? false)
        XCTAssertNil(records[1]["also"], "a single problem has no 'also'")
    }

    func testTextAndMarkdownShowEveryProblemAsAskDoes() throws {
        let text = "I forgot my password. Also my phone was stolen so I cannot get the code"
        // ask wraps to 80 columns in a pipe (COLUMNS sets another width); batch output is not wrapped.
        let asked = try run(["ask", text], environment: ["COLUMNS": "100000"])
        XCTAssertTrue(asked.stdout.contains("Problem 2 of 2"), asked.stdout)
        let batch = try run(["batch", "-"], stdin: text + "\n")
        XCTAssertEqual(batch.status, 0, batch.stderr)
        XCTAssertEqual(batch.stdout, "[line 1] \(text)\n" + asked.stdout + "\n")
        let markdown = try run(["batch", "--format", "markdown", "-"], stdin: text + "\n")
        // Markdown keeps the answer's lines with hard breaks (two spaces at a line's end).
        XCTAssertTrue(markdown.stdout.contains("  \n"), markdown.stdout)
        XCTAssertTrue(markdown.stdout.replacingOccurrences(of: "  \n", with: "\n").contains(asked.stdout), markdown.stdout)
        let csv = try run(["batch", "--format", "csv", "-"], stdin: text + "\n")
        XCTAssertTrue(csv.stdout.hasPrefix("line,"), csv.stdout)
        XCTAssertTrue(csv.stdout.contains(",also,kind,error\n"), csv.stdout)
        XCTAssertTrue(csv.stdout.hasSuffix(",mfa-recovery,,\n"), csv.stdout)
    }

    func testExplainAddsTheReasonForEachAnswer() throws {
        let run = try run(["batch", "--format", "jsonl", "--explain", "-"], stdin: "my SSN is 123-45-6789, forgot my id.me password\n")
        XCTAssertEqual(run.status, 0, run.stderr)
        let explanation = try XCTUnwrap(try jsonLines(run.stdout).first?["explanation"] as? String)
        XCTAssertTrue(explanation.contains("Decision:"), explanation)
        XCTAssertTrue(explanation.contains("Candidates:"), explanation)
        XCTAssertFalse(explanation.contains("6789"), "explanations are redacted")
        // A pass-through field of that name is renamed, so the record has one 'explanation'.
        let line = #"{"question":"forgot my id.me password","explanation":"mine","also":"x"}"# + "\n"
        let renamed = try self.run(["batch", "--input-format", "jsonl", "--format", "jsonl", "--explain", "-"], stdin: line)
        XCTAssertEqual(renamed.stdout.components(separatedBy: "\"explanation\":").count, 2, renamed.stdout)
        let record = try XCTUnwrap(try jsonLines(renamed.stdout).first)
        XCTAssertEqual(record["input_explanation"] as? String, "mine")
        XCTAssertEqual(record["input_also"] as? String, "x")
        XCTAssertTrue((record["explanation"] as? String)?.contains("Decision:") ?? false, renamed.stdout)
    }

    func testThresholdOverrideChangesTheDecision() throws {
        let strict = try run(["batch", "--format", "jsonl", "--threshold", "1", "-"], stdin: "how do I reset my ID.me password\n")
        XCTAssertEqual(try jsonLines(strict.stdout).first?["status"] as? String, "fallback")
        XCTAssertEqual(try run(["batch", "--threshold", "2", "-"], stdin: "x\n").status, 64)
    }

    func testAnOutputNamingTheInputIsRefusedBeforeAnythingIsWritten() throws {
        let directory = try makeTemporaryDirectory("batch-same")
        let input = directory.appendingPathComponent("s7.txt").path
        let questions = "forgot password\nlost phone\n"
        try questions.write(toFile: input, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("link.txt").path, withDestinationPath: input)
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("folder").path, withDestinationPath: directory.path)
        let dotted = directory.path + "/./s7.txt"
        let cases: [(arguments: [String], message: String)] = [
            (["-o", dotted, input], "--output '\(dotted)' is the input file"),
            (["-o", directory.appendingPathComponent("link.txt").path, input], "--output '"),
            (["--unanswered", input, dotted], "--unanswered '\(input)' is the input file"),
            (["-o", directory.appendingPathComponent("a.csv").path, "--unanswered", directory.path + "/./a.csv", input],
             "are the same file"),
            (["-o", directory.appendingPathComponent("folder/new.csv").path, "--unanswered",
              directory.appendingPathComponent("new.csv").path, input], "are the same file"),
            (["--output", "-", "--unanswered", "-", input], "--unanswered needs a file name, not '-'"),
        ]
        for (arguments, message) in cases {
            let run = try run(["batch"] + arguments)
            XCTAssertEqual(run.status, 64, "\(arguments)")
            XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
            XCTAssertTrue(run.stderr.contains(message), run.stderr)
            XCTAssertEqual(try String(contentsOfFile: input, encoding: .utf8), questions, "\(arguments)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted(), ["folder", "link.txt", "s7.txt"])
        let devices = try run(["batch", "-o", "/dev/null", "--unanswered", "/dev/null", input])
        XCTAssertEqual(devices.status, 0, "a device may be named twice: \(devices.stderr)")
    }

    func testPassThroughColumnsAndFieldsAreRedacted() throws {
        let directory = try makeTemporaryDirectory("batch-redact")
        let csv = directory.appendingPathComponent("q.csv").path
        try "id,question,notes\n1,\"forgot password, ssn 123-45-6789\",\"client SSN 123-45-6789 phone 555-201-4477\"\n"
            .write(toFile: csv, atomically: false, encoding: .utf8)
        let jsonl = directory.appendingPathComponent("q.jsonl").path
        try #"{"question":"forgot password","ssn":"123-45-6789","n":123456789,"id":7}"#.write(toFile: jsonl, atomically: false, encoding: .utf8)
        for format in ["jsonl", "csv", "markdown", "text"] {
            for input in [csv, jsonl] {
                let run = try run(["batch", "--format", format, input])
                XCTAssertEqual(run.status, 0, run.stderr)
                for secret in ["6789", "4477", "123456789"] { XCTAssertFalse(run.stdout.contains(secret), "\(format) \(input)") }
            }
        }
        let csvRecord = try XCTUnwrap(try jsonLines(try run(["batch", "--format", "jsonl", csv]).stdout).first)
        XCTAssertEqual(csvRecord["notes"] as? String, "client SSN [SSN] phone [PHONE]")
        XCTAssertEqual(csvRecord["id"] as? String, "1")
        let jsonRecord = try XCTUnwrap(try jsonLines(try run(["batch", "--format", "jsonl", jsonl]).stdout).first)
        XCTAssertEqual(jsonRecord["ssn"] as? String, "[SSN]")
        XCTAssertEqual(jsonRecord["n"] as? String, "[SSN]", "a number the redactor changes becomes a string")
        XCTAssertEqual(jsonRecord["id"] as? Int, 7, "other numbers stay numbers")
    }

    func testEscapedPersonalDataInJSONLIsRedactedAtEveryDepth() throws {
        // What Python's json.dumps writes: no-break spaces and full-width digits as \u escapes.
        let ssn = #"123\u00a045\u00a06789"#, wide = #"\uff11\uff12\uff13-\uff14\uff15-\uff16\uff17\uff18\uff19"#
        let line = #"{"question":"forgot pw ssn \#(ssn)","note":"ssn \#(ssn)","w":"\#(wide)","#
            + #""meta":{"n":"ssn \#(ssn)","list":["\#(wide)"],"ssn \#(ssn)":1}}"# + "\n"
        for format in ["jsonl", "csv"] {
            let run = try run(["batch", "--input-format", "jsonl", "--format", format, "-"], stdin: line)
            XCTAssertEqual(run.status, 0, run.stderr)
            for secret in ["6789", "\\u00a0", "\\uff1", "\u{FF11}"] { XCTAssertFalse(run.stdout.contains(secret), "\(format): \(secret)") }
        }
        let record = try XCTUnwrap(try jsonLines(try run(["batch", "--input-format", "jsonl", "--format", "jsonl", "-"], stdin: line).stdout).first)
        XCTAssertEqual(record["question"] as? String, "forgot pw ssn [SSN]")
        XCTAssertEqual(record["note"] as? String, "ssn [SSN]")
        XCTAssertEqual(record["w"] as? String, "[SSN]")
        let meta = try XCTUnwrap(record["meta"] as? [String: Any], "an object stays an object")
        XCTAssertEqual(meta["n"] as? String, "ssn [SSN]")
        XCTAssertEqual(meta["list"] as? [String], ["[SSN]"])
        XCTAssertEqual(meta["ssn [SSN]"] as? Int, 1)
    }

    func testACSVWithoutAQuestionHeaderShowsItsFirstRowRedacted() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("noq-\(UUID().uuidString).csv")
        try "q,ssn 123-45-6789\n".write(to: file, atomically: false, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try run(["batch", file.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("(found: q,ssn [SSN])"), run.stderr)
        XCTAssertFalse(run.stderr.contains("6789"), run.stderr)
    }

    func testOldMacLineEndingsAreLineBreaks() throws {
        let directory = try makeTemporaryDirectory("batch-cr")
        let inputs = [("cr.csv", "question,id\rforgot password,1\rlost phone,2\r"), ("cr.txt", "forgot password\rlost phone\r"),
                      ("cr.jsonl", "{\"question\":\"forgot password\"}\r{\"question\":\"lost phone\"}\r")]
        for (name, text) in inputs {
            let path = directory.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: false, encoding: .utf8)
            let run = try run(["batch", "--format", "jsonl", path])
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertTrue(run.stderr.contains("2 lines: 2 answered"), "\(name): \(run.stderr)")
            let records = try jsonLines(run.stdout)
            XCTAssertEqual(records.map { $0["question"] as? String }, ["forgot password", "lost phone"], name)
            XCTAssertEqual(records.map { $0["line"] as? Int }, name == "cr.csv" ? [2, 3] : [1, 2], name)
        }
    }
}
