import Foundation
import XCTest
import TestSupport

/// `eval` and `kb import` on labelled CSV files: what they refuse, and that they read labels the same way.
final class LabeledCSVCommandTests: LabeledCSVTestCase {
    /// A row with its comma missing is not an off-topic question: both commands refuse the file, naming the line.
    func testMalformedRowsAreRefusedByEvalAndImport() throws {
        let path = try csv("question,entry\nforgot my id.me password\nlost phone,mfa-recovery\nq,a,b\n,lonely\n")
        let out = directory.appendingPathComponent("kb").path
        for arguments in [["eval", path], ["kb", "import", path, "--out", out]] {
            let run = try run(arguments)
            XCTAssertEqual(run.status, 1, arguments.joined(separator: " "))
            XCTAssertEqual(run.stdout, "", arguments.joined(separator: " "))
            XCTAssertEqual(run.stderr.split(separator: "\n").map(String.init), [
                "\(path):2: error: expected 2 fields (question,entry), found 1",
                "\(path):4: error: expected 2 fields (question,entry), found 3",
                "\(path):5: error: the question is empty",
                "helpdesk: error: \(path): 3 malformed rows; the file is refused",
            ], arguments.joined(separator: " "))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out), "nothing is written")
    }

    /// A quote left open names the line where it opens, as a malformed row does ("not valid CSV: a quoted field is
    /// never closed" named no line).
    func testAQuoteLeftOpenNamesItsLine() throws {
        let path = try csv("question,entry\nforgot my password,reset-idme-password\n\"lost phone,mfa-recovery\nnew phone,mfa-recovery\n")
        let out = directory.appendingPathComponent("kb").path
        for arguments in [["eval", path], ["kb", "import", path, "--out", out]] {
            let run = try run(arguments)
            XCTAssertEqual(run.status, 1, arguments.joined(separator: " "))
            XCTAssertEqual(run.stderr.split(separator: "\n").map(String.init), [
                "\(path):3: error: a quote opened on this line is never closed, so the rest of the file, to line 4, is inside it; "
                    + "the lines after it are checked as rows of their own",
                "helpdesk: error: \(path): 1 malformed row; the file is refused",
            ], arguments.joined(separator: " "))
        }
    }

    /// After a quote left open, each bad row is listed as batch lists it (only the quote was: "1 malformed row"), and an
    /// empty file is said to be empty (it was "the header must name the columns ... (found: nothing)").
    func testEveryBadRowAfterAnOpenQuoteAndAnEmptyFile() throws {
        let bad = try csv("question,entry\n\"forgot password,reset-idme-password\nbad row with,too,many,fields\nanother,bad,row\nlost phone,mfa-recovery\n", name: "bad.csv")
        let empty = try csv("", name: "empty.csv")
        let out = directory.appendingPathComponent("kb").path
        for command in [["eval"], ["kb", "import"]] {
            let extra = command == ["eval"] ? [] : ["--out", out]
            let refused = try run(command + [bad] + extra)
            XCTAssertEqual(refused.status, 1, command.joined(separator: " "))
            let lines = refused.stderr.split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.map { $0.components(separatedBy: ": error:").first ?? "" },
                           ["\(bad):2", "\(bad):3", "\(bad):4", "helpdesk"], refused.stderr)
            XCTAssertEqual(lines.last, "helpdesk: error: \(bad): 3 malformed rows; the file is refused")
            let none = try run(command + [empty] + extra)
            XCTAssertEqual(none.status, 1)
            XCTAssertEqual(none.stderr, "helpdesk: error: \(empty): the file is empty: it needs a header row naming the columns 'question' and 'entry'\n")
        }
    }

    /// Labels that make one id are one entry, and `eval --kb` on the imported CSV reads them as `kb import` did.
    func testEvalOnTheImportedCSVAgreesWithImport() throws {
        let path = try csv("""
            question,entry,title,answer
            forgot my password,Reset Password,Reset your password,Use the Forgot password link.
            i forgot the password to my account,reset_password,,
            can not remember my password,reset-password,Other title,
            lost my phone and get no code,Lost Phone,,
            new phone no verification code,lost_phone,,Call the MFA line.
            recipe for banana bread,,,

            """)
        let out = directory.appendingPathComponent("kb").path
        let imported = try run(["kb", "import", path, "--out", out, "--no-language"])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdout.contains("2 entries, 5 questions"), imported.stdout)
        XCTAssertEqual(imported.stderr, "helpdesk: warning: 1 row gives an entry another title or answer than its first row; "
            + "the first was kept (reset-password)\n")
        let yaml = try String(contentsOfFile: out + "/imported.yaml", encoding: .utf8)
        XCTAssertTrue(yaml.contains("title: \"Reset your password\""), yaml)
        let eval = try run(["eval", "--kb", out, "--format", "json", path])
        XCTAssertEqual(eval.status, 0, eval.stderr)
        XCTAssertTrue(eval.stdout.contains("\"in_scope\":5,"), eval.stdout)
        XCTAssertTrue(eval.stdout.contains("\"unknown_labels\":[]"), eval.stdout)
        XCTAssertTrue(eval.stdout.contains("\"lost-phone\":{") && eval.stdout.contains("\"reset-password\":{"), eval.stdout)
    }

    /// A label naming no entry is a warning on stderr with the ids like it; the report on stdout leaves it out and
    /// the exit status stays 0 (it was a line in the middle of the report, with no suggestion).
    func testEvalWarnsOnStandardErrorAboutLabelsNamingNoEntry() throws {
        let path = try csv("question,entry\nforgot password,reset-idme-pasword\nnew phone,mfa-recovery\n", name: "typo.csv")
        let eval = try run(["eval", path])
        XCTAssertEqual(eval.status, 0, eval.stderr)
        XCTAssertEqual(eval.stderr, "helpdesk: warning: label 'reset-idme-pasword' names no entry of the knowledge base; "
            + "did you mean 'reset-idme-password'? (its rows cannot be answered right)\n")
        XCTAssertTrue(eval.stdout.hasPrefix("Questions:"), eval.stdout)
        XCTAssertFalse(eval.stdout.contains("Warning"), eval.stdout)
    }

    /// Undefined ratios print n/a (null in JSON), and a file with no questions is an error, not a page of 0.0%.
    func testEvalSaysNAAndRefusesAnEmptyFile() throws {
        let empty = try csv("question,entry\n", name: "empty.csv")
        let none = try run(["eval", empty])
        XCTAssertEqual(none.status, 1)
        XCTAssertEqual(none.stdout, "")
        XCTAssertEqual(none.stderr, "helpdesk: error: \(empty): no questions to evaluate\n")

        let inScope = try csv("question,entry\nlost my phone and get no code,mfa-recovery\n", name: "in-scope.csv")
        let text = try run(["eval", inScope])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("Off-topic recall:     n/a  "), text.stdout)
        let json = try run(["eval", "--format", "json", inScope])
        XCTAssertTrue(json.stdout.contains("\"out_of_scope_recall\":null"), json.stdout)
    }

    /// An import into a folder whose KB it clashes with fails and leaves the folder as it was: the KB still loads.
    func testAnImportThatDoesNotLoadLeavesTheFolderAsItWas() throws {
        let out = directory.appendingPathComponent("kb")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let first = try csv("question,entry\nforgot my password,reset\nreset the password,reset\n", name: "first.csv")
        XCTAssertEqual(try run(["kb", "import", first, "--out", out.path, "--no-language"]).status, 0)
        let own = out.appendingPathComponent("own.yaml")
        try FileManager.default.moveItem(at: out.appendingPathComponent("imported.yaml"), to: own)
        let language = out.appendingPathComponent("language.yaml")
        let cases: [(name: String, arguments: [String], existing: String?)] = [
            ("new files", [], nil),
            ("replaced with --force", ["--force"], "version: 1\n# kept\n"),
        ]
        for c in cases {
            let imported = out.appendingPathComponent("imported.yaml")
            if let existing = c.existing {
                try existing.write(to: imported, atomically: true, encoding: .utf8)
                try existing.write(to: language, atomically: true, encoding: .utf8)
            }
            let clash = try csv("question,entry\nforgot my password,reset\n", name: "clash.csv")
            let run = try run(["kb", "import", clash, "--out", out.path] + c.arguments)
            XCTAssertEqual(run.status, 1, "\(c.name): \(run.stderr)")
            // One error per label naming the CSV line and the entry's place; never the rolled-back imported.yaml.
            XCTAssertTrue(run.stderr.contains("clash.csv:2: label 'reset' is already an entry in \(out.path) (own.yaml:3); "
                + "rename the label or import into another --out"), "\(c.name): \(run.stderr)")
            XCTAssertTrue(run.stderr.hasSuffix("helpdesk: error: nothing was imported; \(out.path) is left as it was\n"), "\(c.name): \(run.stderr)")
            XCTAssertFalse(run.stderr.contains("imported.yaml"), "\(c.name): \(run.stderr)")
            XCTAssertEqual(try? String(contentsOf: imported, encoding: .utf8), c.existing, c.name)
            XCTAssertEqual(try? String(contentsOf: language, encoding: .utf8), c.existing, c.name)
            XCTAssertEqual(try self.run(["kb", "check", "--kb", out.path]).status, 0, c.name)
        }
    }

    /// A folder that does not load before the import is said to be the fault, with the kb check command; it was
    /// "the imported knowledge base does not load".
    func testAnImportIntoAFolderThatDidNotLoadBeforeSaysSo() throws {
        let out = directory.appendingPathComponent("broken")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try "version: 1\nbogus: 1\n".write(to: out.appendingPathComponent("own.yaml"), atomically: true, encoding: .utf8)
        let good = try csv("question,entry\nforgot my password,reset\n", name: "good.csv")
        let run = try run(["kb", "import", good, "--out", out.path, "--no-language"])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stderr, "helpdesk: error: \(out.path) does not load even before the import, so nothing was imported; "
            + "run 'helpdesk kb check --kb \(out.path)' to see why\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("imported.yaml").path))
    }

    /// A --language-from folder that does not load says what to do, and with --no-language why it is read at all (it
    /// said only "cannot read the language data of DIR").
    func testALanguageFolderThatDoesNotLoadSaysWhatToDo() throws {
        let broken = directory.appendingPathComponent("broken")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        try "version: 1\nbogus: 1\n".write(to: broken.appendingPathComponent("own.yaml"), atomically: true, encoding: .utf8)
        let good = try csv("question,entry\nforgot my password,reset\n", name: "good.csv")
        let out = directory.appendingPathComponent("out").path
        let check = "run 'helpdesk kb check --kb \(broken.path)', or name another with --language-from\n"
        let cases: [(arguments: [String], message: String)] = [
            (["--no-language"], "\(broken.path) does not load, and it is read even with --no-language, for its name lists, "
                + "which redact names in the questions; " + check),
            ([], "cannot read the language data of \(broken.path): it does not load; " + check),
        ]
        for c in cases {
            let run = try run(["kb", "import", good, "--out", out, "--language-from", broken.path] + c.arguments)
            XCTAssertEqual(run.status, 1, run.stderr)
            XCTAssertTrue(run.stderr.hasSuffix("helpdesk: error: " + c.message), run.stderr)
        }
    }

    /// The report says what the rows made; a folder that held a KB already gets its totals on a line of their own
    /// (2 rows imported into the shipped KB reported "27 entries, 1312 questions" as if imported).
    func testTheReportSaysWhatWasImportedAndTheFolderTotalsApart() throws {
        let out = directory.appendingPathComponent("kb")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let own = "version: 1\nentries:\n  - id: own\n    title: Own\n    summary: Own.\n    source: test\n"
            + "    last_reviewed: 2026-01-01\n    questions: [one question, another question]\nout_of_scope: [weather]\n"
        try own.write(to: out.appendingPathComponent("own.yaml"), atomically: true, encoding: .utf8)
        let path = try csv("question,entry\nhow do i print,printer-help\nprinter jammed,printer-help\n")
        let run = try run(["kb", "import", path, "--out", out.path, "--no-language"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout, "Wrote \(out.path)/imported.yaml: 1 entry, 2 questions, 0 off-topic examples\n"
            + "\(out.path) now holds 2 entries, 4 example questions, 1 off-topic example in all\n")
        let alone = try self.run(["kb", "import", path, "--out", out.path + "/new", "--no-language"])
        XCTAssertEqual(alone.stdout, "Wrote \(out.path)/new/imported.yaml: 1 entry, 2 questions, 0 off-topic examples\n",
                       "an empty folder's totals are the import's: said once")
    }

    /// A folder that cannot be made or written is one line naming it in quotes, with the reason, and exit 1; it was
    /// Foundation's "The operation could not be completed. The file doesn't exist." with the path unquoted. An empty
    /// --out is a usage error.
    func testAnUnwritableFolderIsOneLineNamingIt() throws {
        let path = try csv("question,entry\nhow do i print,printer-help\n")
        let cases: [(out: String, status: Int32, message: String)] = [
            ("/proc/helpdesk-nope", 1, "helpdesk: error: no such folder '/proc/helpdesk-nope', and it cannot be created: No such file or directory\n"),
            (path + "/kb", 1, "helpdesk: error: cannot write into '\(path)/kb': '\(path)' is a file, not a folder\n"),
            ("", 64, "helpdesk: error: --out needs a folder name, and '' is empty (see helpdesk kb import --help)\n"),
        ]
        for c in cases {
            let run = try run(["kb", "import", path, "--out", c.out, "--no-language"])
            XCTAssertEqual(run.status, c.status, c.out)
            XCTAssertTrue(run.stderr.hasPrefix(c.message), run.stderr)
            XCTAssertEqual(run.stdout, "", c.out)
        }
    }

    /// The CSV's file name goes into each entry's `source`, redacted like the questions.
    func testTheSourceNamesTheFileRedacted() throws {
        let table: [(name: String, source: String)] = [
            ("questions.csv", "imported from questions.csv"),
            ("Smith 123-45-6789.csv", "imported from Smith [SSN].csv"),
            ("from jane.doe@firm.com.csv", "imported from from [EMAIL]"),
        ]
        for (index, row) in table.enumerated() {
            let path = try csv("question,entry\nforgot my password,reset\n", name: row.name)
            let out = directory.appendingPathComponent("kb\(index)").path
            let run = try run(["kb", "import", path, "--out", out, "--no-language"])
            XCTAssertEqual(run.status, 0, run.stderr)
            let yaml = try String(contentsOfFile: out + "/imported.yaml", encoding: .utf8)
            XCTAssertTrue(yaml.contains("source: \"\(row.source)\""), "\(row.name): \(yaml)")
        }
        // A folder named after a client is redacted in the report, as in errors.
        let path = try csv("question,entry\nforgot my password,reset\n", name: "q.csv")
        let out = directory.appendingPathComponent("Smith 123-45-6789").path
        let run = try run(["kb", "import", path, "--out", out])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertFalse(run.stdout.contains("6789"), run.stdout)
        XCTAssertTrue(run.stdout.contains("Smith [SSN]/imported.yaml: 1 entry"), run.stdout)
    }

    /// kb import, eval and batch redact with the knowledge base's redactor, as ask does: a not-password word is kept in
    /// an imported question ("used the password generator" was "used the password [PASSWORD]"), and a given name of
    /// the lexicon's `given_names` is redacted in a column that a warning or an error names ("Marcy" was kept).
    func testImportEvalAndBatchRedactWithTheKnowledgeBasesLists() throws {
        let path = try csv("question,entry,Marcy\nused the password generator,reset,x\n")
        let out = directory.appendingPathComponent("kb").path
        let imported = try run(["kb", "import", path, "--out", out, "--no-language"])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        let yaml = try String(contentsOfFile: out + "/imported.yaml", encoding: .utf8)
        XCTAssertTrue(yaml.contains("used the password generator"), yaml)
        for run in [imported, try run(["eval", path])] {
            XCTAssertTrue(run.stderr.contains("ignoring column '[NAME]'"), run.stderr)
            XCTAssertFalse(run.stderr.contains("Marcy"), run.stderr)
        }
        let batch = try run(["batch", try csv("Marcy,notes\nforgot password,x\n", name: "b.csv")])
        XCTAssertNotEqual(batch.status, 0)
        XCTAssertTrue(batch.stderr.contains("[NAME]"), batch.stderr)
        XCTAssertFalse(batch.stderr.contains("Marcy"), batch.stderr)
    }
}
