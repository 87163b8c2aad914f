import Foundation
import XCTest
import TestSupport

final class KBCheckCommandTests: CLITestCase {
    private func knowledgeBase(_ yaml: String) throws -> URL {
        let directory = try makeTemporaryDirectory("helpdesk-kbcheck")
        try yaml.write(to: directory.appendingPathComponent("kb.yaml"), atomically: true, encoding: .utf8)
        return directory
    }

    private let staleAndOneWay = """
        version: 1
        entries:
          - id: old-entry
            title: Old
            summary: S
            questions: [how do I do the old thing]
            related: [new-entry]
            contacts:
              - name: Somebody
            source: s
            last_reviewed: 2001-01-01
          - id: new-entry
            title: New
            summary: S
            questions: [how do I do the new thing]
            source: s
            last_reviewed: 2999-01-01

        """

    func testWarningsPrintLikeErrorsAndExitZero() throws {
        let kb = try knowledgeBase(staleAndOneWay)
        let run = try run(["kb", "check", "--kb", kb.path])
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let file = kb.appendingPathComponent("kb.yaml").path
        XCTAssertTrue(lines.contains { $0.hasPrefix("\(file):11:5: warning: last reviewed 2001-01-01") && $0.hasSuffix("(entry 'old-entry')") }, run.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("\(file):9:9: warning: contact 'Somebody' gives only a name") }, run.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("\(file):7:5: warning: related link to 'new-entry' is one-way") }, run.stdout)
        XCTAssertTrue(lines.contains { $0.contains("warning: last_reviewed 2999-01-01 is in the future") && $0.hasSuffix("(entry 'new-entry')") }, run.stdout)
        // Each entry has 1 example question, where KnowledgeBase/README.md asks for 12: a warning, not an error.
        XCTAssertTrue(lines.contains { $0.hasPrefix("\(file):6:5: warning: only 1 example question; write at least 12 for a topic")
            && $0.hasSuffix("(entry 'old-entry')") }, run.stdout)
        XCTAssertTrue(lines.last?.hasSuffix("OK: 2 entries, 2 example questions, 6 warnings") ?? false, run.stdout)
    }

    /// A folder named with personal data ("Smith 123-45-6789") is shown redacted in every line of the report.
    func testReportRedactsTheFolderName() throws {
        let parent = try knowledgeBase("version: 1\n")
        let kb = parent.appendingPathComponent("Smith 123-45-6789")
        try FileManager.default.createDirectory(at: kb, withIntermediateDirectories: true)
        try staleAndOneWay.write(to: kb.appendingPathComponent("kb.yaml"), atomically: true, encoding: .utf8)
        try "version: 1\nentries:\n  - id: x\n    bogus: 1\n".write(to: kb.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let run = try run(["kb", "check", "--kb", kb.path])
        XCTAssertEqual(run.status, 1, run.stdout + run.stderr)
        XCTAssertFalse(run.stdout.contains("123-45-6789"), run.stdout)
        XCTAssertTrue(run.stdout.contains("Smith [SSN]/bad.yaml:4:5: error: unknown key 'bogus'"), run.stdout)
        // The entries that loaded are checked for warnings too (the report said "0 warnings" beside the errors).
        XCTAssertTrue(run.stdout.contains("Smith [SSN]/kb.yaml:11:5: warning: last reviewed 2001-01-01"), run.stdout)
        XCTAssertTrue(run.stdout.hasSuffix("Smith [SSN]: 6 errors, 6 warnings (warnings cover the 2 entries that loaded)\n"), run.stdout)
        try FileManager.default.removeItem(at: kb.appendingPathComponent("bad.yaml"))
        let clean = try self.run(["kb", "check", "--kb", kb.path])
        XCTAssertEqual(clean.status, 0, clean.stdout + clean.stderr)
        XCTAssertFalse(clean.stdout.contains("123-45-6789"), clean.stdout)
        XCTAssertTrue(clean.stdout.contains("Smith [SSN]/kb.yaml:11:5: warning: last reviewed 2001-01-01"), clean.stdout)
        XCTAssertTrue(clean.stdout.hasSuffix("Smith [SSN]: OK: 2 entries, 2 example questions, 6 warnings\n"), clean.stdout)
    }

    /// Every kb summary says "1 entry", "1 example question", "1 error": singular for one, plural otherwise.
    func testSummariesCountOneInTheSingular() throws {
        let one = """
            version: 1
            entries:
              - id: only-entry
                title: Only
                summary: S
                questions: [how do I do the only thing]
                source: s
                last_reviewed: 2026-11-01

            """
        let kb = try knowledgeBase(one)
        let broken = try knowledgeBase(one.replacingOccurrences(of: "summary: S", with: "summry: S"))
        let undated = try knowledgeBase(one.replacingOccurrences(of: "2026-11-01", with: "someday"))
        let csv = kb.appendingPathComponent("one.csv")
        try "question,entry\nhow do I do the only thing,only\n".write(to: csv, atomically: true, encoding: .utf8)
        let cases: [(arguments: [String], status: Int32, expected: String)] = [
            (["kb", "check", "--kb", kb.path, "--max-age-days", "100000"], 0, "OK: 1 entry, 1 example question, 1 warning\n"),
            (["kb", "check", "--kb", broken.path], 1, ": 2 errors, 0 warnings (no entry loaded, so none was checked for warnings)\n"),
            (["kb", "check", "--kb", undated.path], 1, ": 1 error, 0 warnings (no entry loaded, so none was checked for warnings)\n"),
            (["kb", "test", "--kb", kb.path], 0, "/1 example question reaches its own entry ("),
            (["kb", "import", csv.path, "--out", kb.appendingPathComponent("imported").path, "--no-language"], 0,
             ": 1 entry, 1 question, 0 off-topic examples\n"),
            (["topics", "--kb", broken.path], 1, ": 2 errors; run 'helpdesk kb check"),
            (["topics", "--kb", undated.path], 1, ": 1 error; run 'helpdesk kb check"),
        ]
        for c in cases {
            let run = try run(c.arguments)
            XCTAssertEqual(run.status, c.status, "\(c.arguments): \(run.stderr)")
            XCTAssertTrue((run.stdout + run.stderr).contains(c.expected), "\(c.arguments): \(run.stdout)\(run.stderr)")
        }
    }

    /// More folds than examples cannot run: as many run as there are examples, and one line on stderr says so.
    func testFewerFoldsThanAskedForAreNoted() throws {
        let kb = try knowledgeBase(staleAndOneWay)
        let note = "helpdesk: note: --folds 5 is more than the 2 examples to hold out (example questions and off-topic examples); "
            + "2 folds ran, one example each (leave-one-out)\n"
        let cases: [(arguments: [String], note: String?)] = [
            (["kb", "test", "--kb", kb.path, "--folds", "5"], note),
            (["kb", "test", "--kb", kb.path, "--folds", "2"], nil),
            (["kb", "test", "--kb", kb.path], nil),
            (["kb", "check", "--kb", kb.path, "--overlaps", "--folds", "5"], note),
            (["kb", "check", "--kb", kb.path, "--overlaps"], nil),  // the default 10 is no number the user gave
        ]
        for c in cases {
            let run = try run(c.arguments)
            XCTAssertEqual(run.status, 0, "\(c.arguments): \(run.stderr)")
            if let note = c.note {
                XCTAssertTrue(run.stderr.contains(note), "\(c.arguments): \(run.stderr)")
                XCTAssertEqual(run.stderr.components(separatedBy: "\n").filter { $0.contains("note:") }.count, 1, run.stderr)
            } else {
                XCTAssertFalse(run.stderr.contains("note:"), "\(c.arguments): \(run.stderr)")
            }
        }
    }

    /// `kb check --folds` without `--overlaps` was silently ignored: a usage error saying what to do.
    func testFoldsWithoutOverlapsIsAUsageError() throws {
        let kb = try knowledgeBase(staleAndOneWay)
        let run = try run(["kb", "check", "--kb", kb.path, "--folds", "5"])
        XCTAssertEqual(run.status, 64, run.stderr)
        XCTAssertEqual(run.stdout, "")
        XCTAssertTrue(run.stderr.contains("--folds only applies with --overlaps; add --overlaps or leave --folds out"), run.stderr)
    }

    /// kb test's help says that leave-one-out takes minutes, that a terminal shows its progress, and what is quicker.
    func testKBTestHelpSaysLeaveOneOutTakesMinutes() throws {
        let help = try run(["kb", "test", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for part in ["~1,300 examples that takes minutes", "progress line shows on stderr when it is a terminal", "--folds 10 is quicker"] {
            XCTAssertTrue(help.contains(part), part)
        }
    }

    func testMaximumAgeDaysOption() throws {
        let kb = try knowledgeBase(staleAndOneWay)
        let lenient = try run(["kb", "check", "--kb", kb.path, "--max-age-days", "1000000"])
        XCTAssertEqual(lenient.status, 0)
        XCTAssertFalse(lenient.stdout.contains("last reviewed 2001-01-01"), lenient.stdout)
        let bad = try run(["kb", "check", "--kb", kb.path, "--max-age-days", "-1"])
        XCTAssertEqual(bad.status, 64, bad.stderr)
    }

    func testErrorsStillExitOne() throws {
        let kb = try knowledgeBase(staleAndOneWay.replacingOccurrences(of: "summary: S\n    questions: [how do I do the new", with: "summry: S\n    questions: [how do I do the new"))
        let run = try run(["kb", "check", "--kb", kb.path])
        XCTAssertEqual(run.status, 1, run.stdout)
        XCTAssertTrue(run.stdout.contains("error: unknown key 'summry'"), run.stdout)
    }

    /// Errors do not hide warnings: the entries that loaded are checked too, and the summary says which were;
    /// --overlaps, which trains the matcher, is said not to have run. Before, "--max-age-days 0" beside an error
    /// showed "0 warnings".
    func testErrorsAndWarningsAreShownTogether() throws {
        let bad = staleAndOneWay + "  - id: broken\n    title: Broken\n"
        let kb = try knowledgeBase(bad)
        let cases: [(arguments: [String], summary: String)] = [
            ([], ": 4 errors, 6 warnings (warnings cover the 2 entries that loaded)\n"),
            (["--max-age-days", "100000"], ": 4 errors, 5 warnings (warnings cover the 2 entries that loaded)\n"),
            (["--overlaps"], ": 4 errors, 6 warnings (warnings cover the 2 entries that loaded; --overlaps needs a knowledge base without errors)\n"),
        ]
        for c in cases {
            let run = try run(["kb", "check", "--kb", kb.path] + c.arguments)
            XCTAssertEqual(run.status, 1, run.stdout)
            let lines = run.stdout.split(separator: "\n")
            XCTAssertEqual(lines.filter { $0.contains(": error: ") }.count, 4, run.stdout)
            XCTAssertTrue(lines.contains { $0.contains("warning: related link to 'new-entry' is one-way") }, run.stdout)
            XCTAssertTrue(run.stdout.hasSuffix(c.summary), "\(c.arguments): \(run.stdout)")
        }
    }

    func testKBTestRefusesBadOptionsAndSaysWhyItFails() throws {
        let kb = try knowledgeBase(staleAndOneWay)
        for arguments in [["--min", "85"], ["--min=-0.1"], ["--min", "0x1"], ["--min", "nan"], ["--folds", "1"], ["--folds", "0"], ["--show=-1"]] {
            let run = try run(["kb", "test", "--kb", kb.path] + arguments)
            XCTAssertEqual(run.status, 64, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.hasPrefix("helpdesk: error: --") && run.stderr.hasSuffix(" (see helpdesk kb test --help)\n"),
                          "\(arguments): \(run.stderr)")
        }
        let strict = try run(["kb", "test", "--kb", kb.path, "--min", "1"])
        if strict.status == 1 {
            XCTAssertTrue(strict.stderr.contains("is below --min 100.0%"), strict.stderr)
        } else {
            XCTAssertEqual(strict.status, 0, strict.stderr)
            XCTAssertTrue(strict.stdout.contains("(100.0%)"), strict.stdout)
        }
    }

    /// A failure that fell back names no entry after its status, and its line ends there (it ended in a space).
    func testKBTestFailureLinesEndAtTheirStatus() throws {
        let kb = try knowledgeBase("""
            version: 1
            entries:
              - id: passwords
                title: Passwords
                summary: S
                questions: [reset my password, forgot my password, password reset please]
                source: s
                last_reviewed: 2001-01-01
              - id: zebras
                title: Zebras
                summary: S
                questions: [zebra crossing, orange juice]
                source: s
                last_reviewed: 2001-01-01
            """)
        let run = try run(["kb", "test", "--kb", kb.path])
        let failures = run.stdout.split(separator: "\n").filter { $0.hasPrefix("FAIL ") }
        XCTAssertTrue(failures.contains { $0.hasSuffix("-> fallback") }, run.stdout)
        XCTAssertFalse(failures.contains { $0.hasSuffix(" ") }, run.stdout)
    }

    func testOverlapsFlagRunsCrossValidation() throws {
        let questions = "[reset my password, forgot my password, password reset please, new password needed]"
        let kb = try knowledgeBase("""
            version: 1
            entries:
              - id: first
                title: First
                summary: S
                questions: \(questions)
                source: s
                last_reviewed: 2026-11-01
              - id: second
                title: Second
                summary: S
                questions: [reset my password now, forgot my password now, password reset please now, new password needed now]
                source: s
                last_reviewed: 2026-11-01
              - id: third
                title: Third
                summary: S
                questions: [close my account, delete the account, remove my account]
                source: s
                last_reviewed: 2026-11-01

            """)
        let plain = try run(["kb", "check", "--kb", kb.path])
        XCTAssertFalse(plain.stdout.contains("overlap"), plain.stdout)
        let checked = try run(["kb", "check", "--kb", kb.path, "--overlaps", "--max-age-days", "100000"])
        XCTAssertEqual(checked.status, 0, checked.stdout)
        XCTAssertTrue(checked.stdout.contains("warning: example questions overlap entry 'second'"), checked.stdout)
    }

    func testAnswersShowWhenTheyWereLastReviewed() throws {
        let text = try run(["ask", "--no-color", "how do I reset my ID.me password"])
        XCTAssertTrue(text.stdout.contains("Last reviewed 20"), text.stdout)
        let json = try run(["ask", "--json", "how do I reset my ID.me password"])
        let record = try XCTUnwrap(jsonLines(json.stdout).first)
        let date = try XCTUnwrap(record["last_reviewed"] as? String, json.stdout)
        XCTAssertNotNil(date.wholeMatch(of: /\d{4}-\d{2}-\d{2}/), date)
    }
}

