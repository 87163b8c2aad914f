import Foundation
import XCTest
import TestSupport

/// `eval` and `kb import`: the columns they read, warn about and refuse, and input from standard input and pipes.
final class LabeledCSVColumnsAndStreamsTests: LabeledCSVTestCase {
    func testAnUnknownColumnIsNamedAndADuplicateOneRefused() throws {
        let misspelt = try csv("question,entry,answr\nlost my phone,mfa-recovery,Use the recovery codes\n", name: "misspelt.csv")
        let twice = try csv("question,question,entry\nlost my phone,new phone,mfa-recovery\n", name: "twice.csv")
        let publicPhone = try csv("question,entry,call 866-255-0654\nlost my phone,mfa-recovery,x\n", name: "phone.csv")
        let out = directory.appendingPathComponent("kb").path
        let cases: [(arguments: [String], status: Int32, stderr: String)] = [
            (["kb", "import", misspelt, "--out", out], 0,
             "helpdesk: warning: ignoring column 'answr' (columns read: question, entry, title, answer)\n"),
            (["eval", misspelt], 0, "helpdesk: warning: ignoring column 'answr' (columns read: question, entry)\n"),
            // Redacted once, by the knowledge base's redactor, which keeps its own phone number (a second, plain
            // redaction read "call [PHONE]").
            (["eval", publicPhone], 0, "helpdesk: warning: ignoring column 'call 866-255-0654' (columns read: question, entry)\n"),
            (["kb", "import", publicPhone, "--out", out, "--force"], 0,
             "helpdesk: warning: ignoring column 'call 866-255-0654' (columns read: question, entry, title, answer)\n"),
            (["kb", "import", twice, "--out", out, "--force"], 1,
             "helpdesk: error: \(twice): the header names the column 'question' twice (columns 1 and 2); give each column once\n"),
            (["eval", twice], 1,
             "helpdesk: error: \(twice): the header names the column 'question' twice (columns 1 and 2); give each column once\n"),
        ]
        for c in cases {
            let run = try run(c.arguments)
            XCTAssertEqual(run.status, c.status, c.arguments.joined(separator: " "))
            XCTAssertEqual(run.stderr, c.stderr, c.arguments.joined(separator: " "))
        }
    }

    func testEvalAndImportReadStandardInputAndPipes() throws {
        let text = "question,entry\nlost my phone,mfa-recovery\n"
        let fifo = directory.appendingPathComponent("fifo.csv").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let cases: [(name: String, arguments: [String])] = [
            ("eval -", ["eval", "-"]),
            ("eval /dev/stdin", ["eval", "/dev/stdin"]),
            ("kb import -", ["kb", "import", "-", "--out", directory.appendingPathComponent("kb").path, "--no-language"]),
            ("eval FIFO", ["eval", fifo]),
        ]
        for c in cases {
            if c.name.hasSuffix("FIFO") {
                // The writer waits until eval opens the FIFO, then writes the CSV and closes it.
                DispatchQueue.global().async { try? text.write(toFile: fifo, atomically: false, encoding: .utf8) }
            }
            let run = try run(c.arguments, stdin: text)
            XCTAssertEqual(run.status, 0, "\(c.name): \(run.stderr)")
            XCTAssertTrue(run.stdout.hasPrefix(c.arguments[0] == "eval" ? "Questions:" : "Wrote "), "\(c.name): \(run.stdout)")
        }
        let imported = try String(contentsOfFile: directory.appendingPathComponent("kb/imported.yaml").path, encoding: .utf8)
        XCTAssertTrue(imported.contains("imported from standard input"), imported)
    }

    func testAFileThatCannotBeReadSaysWhy() throws {
        let file = try csv("question,entry\n")
        let run = try run(["eval", file + "/below"])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stderr, "helpdesk: error: \(file)/below: cannot read the file: Not a directory\n")
    }
}
