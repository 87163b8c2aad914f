import Foundation
import XCTest
import TestSupport

final class CommandLineTests: CLITestCase {
    func testHelpListsEveryCommand() throws {
        let run = try run(["--help"])
        XCTAssertEqual(run.status, 0)
        for command in ["ask", "batch", "show", "topics", "kb"] {
            XCTAssertTrue(run.stdout.contains(command), "help mentions \(command)")
        }
        for sub in [["ask", "--help"], ["batch", "--help"], ["show", "--help"], ["topics", "--help"], ["kb", "check", "--help"]] {
            let r = try self.run(sub)
            XCTAssertEqual(r.status, 0, sub.joined(separator: " "))
            XCTAssertTrue(r.stdout.contains("USAGE"), sub.joined(separator: " "))
            XCTAssertTrue(r.stdout.contains("--kb"), sub.joined(separator: " "))
        }
    }

    func testVersion() throws {
        let run = try run(["--version"])
        XCTAssertEqual(run.status, 0)
        XCTAssertTrue(run.stdout.first?.isNumber ?? false, run.stdout)
    }

    func testAskPrintsTheAnswerForAPerson() throws {
        let run = try run(["ask", "lost", "my", "phone,", "can't", "get", "the", "code"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("Steps\n  1. "), run.stdout)
        XCTAssertTrue(run.stdout.contains("MFA recovery process"), run.stdout)
        XCTAssertFalse(run.stdout.contains("\u{1B}["), "no colour codes in a pipe")
    }

    func testAskWithoutQuestionIsAUsageError() throws {
        let run = try run(["ask"])
        XCTAssertEqual(run.status, 64)
        XCTAssertEqual(run.stderr, "helpdesk: error: Missing expected argument '<question> ...' (see helpdesk ask --help)\n")
        // A blank paste (an empty clipboard, a line break) is no question either; it got the fallback answer before.
        for blank in ["", "   ", "\n", " \r\n\t", "--"] {
            let run = try self.run(["ask", blank])
            XCTAssertEqual(run.status, 64, blank.debugDescription)
            XCTAssertTrue(run.stderr.contains("give a question"), "\(blank.debugDescription): \(run.stderr)")
            XCTAssertEqual(run.stdout, "", blank.debugDescription)
        }
    }

    /// Pasted text may start with a dash; only what looks like a mistyped option is refused.
    func testAskTakesQuestionsThatStartWithADash() throws {
        let cases: [(arguments: [String], status: Int32, output: String)] = [
            (["ask", "- lost my phone, can't get the code"], 0, "MFA recovery process"),
            (["ask", "-lost my phone, can't get the code"], 0, "MFA recovery process"),
            (["ask", "--", "--lost", "phone,", "no", "code"], 0, "MFA recovery process"),
            (["ask", "--jsn", "lost phone"], 64, "Unknown option '--jsn'"),
            (["ask", "-x", "lost phone"], 64, "Unknown option '-x'"),
            (["ask", "lost", "phone", "--json"], 0, "\"entry\":\"mfa-recovery\""),
            (["ask", "--json", "--", "-i", "forgot", "my", "password"], 0, "\"question\":\"-i forgot my password\""),
            (["ask", "--ssn=123-45-6789", "forgot", "pw"], 64, "Unknown option '--ssn=[SSN]'"),
        ]
        for (arguments, status, output) in cases {
            let run = try run(arguments)
            XCTAssertEqual(run.status, status, "\(arguments): \(run.stderr)")
            XCTAssertTrue((run.stdout + run.stderr).contains(output), "\(arguments): \(run.stdout)\(run.stderr)")
        }
    }

    /// A usage error quotes the words the parser could not place: they are redacted like a question.
    func testUsageErrorsEchoTheirArgumentsRedacted() throws {
        let cases: [(arguments: [String], data: String, shown: String)] = [
            (["my", "ssn", "123-45-6789", "locked"], "6789", "'ssn', '[SSN]'"),
            (["topics", "reset", "jane@firm.com"], "jane", "unexpected arguments: 'reset', '[EMAIL]'"),
            (["ask", "--threshold", "212-555-0134", "locked"], "0134", "'[PHONE]'"),
        ]
        for (arguments, data, shown) in cases {
            let run = try run(arguments)
            XCTAssertEqual(run.status, 64, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains(shown), "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.hasPrefix("helpdesk: error: "), run.stderr)
            XCTAssertFalse(run.stderr.contains(data), run.stderr)
        }
        let help = try run(["batch", "--help"])
        XCTAssertTrue(help.stdout.contains("123 456 789"), "help is printed as written")
    }

    /// An argument that starts with "-" (an unknown option, a stray number) and an id that names no entry are quoted
    /// redacted with the knowledge base's lists too, as a question is: "Marcy" is one of its `given_names`, which a
    /// plain redactor kept ("Unknown option '--Marcy'"); those of the shipped one when the folder named does not load.
    func testErrorsRedactTheirArgumentsWithTheKnowledgeBasesLists() throws {
        let cases: [(arguments: [String], data: String, shown: String)] = [
            (["--Marcy"], "Marcy", "Unknown option '[NAME]'"),
            (["ask", "--Marcy"], "Marcy", "Unknown option '[NAME]'"),
            (["--kb", "KnowledgeBase", "topics", "--Marcy"], "Marcy", "Unknown option '[NAME]'"),
            // A --kb folder that does not load: the shipped knowledge base's lists.
            (["--kb", "/nonexistent-kb", "--Marcy"], "Marcy", "Unknown option '[NAME]'"),
            (["-Maria.Lopez@example.com"], "Lopez", "Unknown option '[EMAIL]'"),
            (["batch", "--555-123-4567", "questions.txt"], "4567", "'[PHONE]'"),
            (["show", "Marcy"], "Marcy", "no entry '[NAME]'"),
            (["ask", "--context", "Marcy", "hi"], "Marcy", "--context: no entry '[NAME]'"),
        ]
        for (arguments, data, shown) in cases {
            let run = try run(arguments)
            XCTAssertNotEqual(run.status, 0, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains(shown), "\(arguments): \(run.stderr)")
            XCTAssertFalse(run.stderr.contains(data), "\(arguments): \(run.stderr)")
        }
    }

    /// An id that names no entry is redacted by the redactor `ask` redacts a question with, once: a word of the
    /// knowledge base's own ("Charles", of "charles schwab") read "[NAME]" in `show` and `--context`, and the KB's own
    /// phone number was redacted by a second, plain redaction.
    func testAnUnknownIdIsRedactedAsAQuestionIs() throws {
        let cases: [(arguments: [String], shown: String)] = [
            (["show", "Charles"], "helpdesk: error: no entry 'Charles' ('helpdesk topics' lists them)\n"),
            (["ask", "--context", "Charles", "hi"], "helpdesk: error: --context: no entry 'Charles' ('helpdesk topics' lists them)\n"),
            (["show", "866-255-0654"], "helpdesk: error: no entry '866-255-0654' ('helpdesk topics' lists them)\n"),
            (["show", "Marcy", "mfa-recovery"], "helpdesk: error: no entry '[NAME]' ('helpdesk topics' lists them)\n"),
        ]
        for (arguments, shown) in cases {
            let run = try run(arguments)
            XCTAssertEqual(run.status, 64, "\(arguments): \(run.stderr)")
            XCTAssertEqual(run.stderr, shown, "\(arguments)")
        }
        let asked = try run(["ask", "--json", "Charles called 866-255-0654"])
        XCTAssertTrue(asked.stdout.contains(#""question":"Charles called 866-255-0654""#), asked.stdout)
    }

    /// A --threshold or --margin out of range, or that is no number, is reported with the usage of the command it was
    /// given to (the root's usage was shown, as the root declares the options too and is parsed first: for a value
    /// out of range until the range check moved to each command, and for one that is no number until the values were
    /// kept as typed and checked there too).
    func testABadValueShowsTheUsageOfItsCommand() throws {
        let notANumber = { (name: String, value: String) in
            "The value '\(value)' is invalid for '\(name) <x>': give a decimal number between 0 and 1, such as 0.6"
        }
        let cases: [(arguments: [String], message: String, command: String)] = [
            (["ask", "--threshold", "2", "x"], "--threshold must be between 0 and 1", "helpdesk ask"),
            (["--threshold", "2", "ask", "x"], "--threshold must be between 0 and 1", "helpdesk ask"),
            (["batch", "--margin", "-1", "-"], "--margin must be between 0 and 1", "helpdesk batch"),
            (["eval", "--threshold", "1.5", "x.csv"], "--threshold must be between 0 and 1", "helpdesk eval"),
            (["kb", "test", "--margin", "7"], "--margin must be between 0 and 1", "helpdesk kb test"),
            (["--threshold", "2"], "--threshold must be between 0 and 1", "helpdesk"),
            (["ask", "--threshold", "abc", "x"], notANumber("--threshold", "abc"), "helpdesk ask"),
            (["--threshold", "abc", "ask", "x"], notANumber("--threshold", "abc"), "helpdesk ask"),
            (["ask", "--margin", "abc", "x"], notANumber("--margin", "abc"), "helpdesk ask"),
            (["batch", "--threshold", "abc", "-"], notANumber("--threshold", "abc"), "helpdesk batch"),
            (["eval", "--margin", "1,5", "x.csv"], notANumber("--margin", "1,5"), "helpdesk eval"),
            (["kb", "test", "--threshold", "high"], notANumber("--threshold", "high"), "helpdesk kb test"),
            (["--threshold", "abc"], notANumber("--threshold", "abc"), "helpdesk"),
            // Only plain decimals: Double reads these as numbers ("0x1" was taken as 1.0).
            (["ask", "--threshold", "0x1", "x"], notANumber("--threshold", "0x1"), "helpdesk ask"),
            (["ask", "--threshold", "inf", "x"], notANumber("--threshold", "inf"), "helpdesk ask"),
            (["ask", "--margin", "nan", "x"], notANumber("--margin", "nan"), "helpdesk ask"),
            (["batch", "--threshold", "1e0", "-"], notANumber("--threshold", "1e0"), "helpdesk batch"),
            // Other checks of a command's arguments: one line too (they were 4-7 lines, "Error: ..." and the usage).
            (["batch", "--jobs", "0", "-"], "--jobs must be at least 1", "helpdesk batch"),
            (["ask", ""], "give a question, e.g. helpdesk ask how do I reset my ID.me password", "helpdesk ask"),
            // Commands that use no matcher take the root's options after them too: a bad value is still an error.
            (["topics", "--threshold", "abc"], notANumber("--threshold", "abc"), "helpdesk topics"),
            (["show", "--margin", "2", "mfa-recovery"], "--margin must be between 0 and 1", "helpdesk show"),
            (["kb", "check", "--threshold", "abc"], notANumber("--threshold", "abc"), "helpdesk kb check"),
            // The kb group with no subcommand: its help with exit status 0 for a good value, a usage error for a bad one.
            (["kb", "--threshold", "abc"], notANumber("--threshold", "abc"), "helpdesk kb"),
            (["kb", "--margin", "2"], "--margin must be between 0 and 1", "helpdesk kb"),
            (["kb", "import", "x.csv", "--out", "/nonexistent/kb", "--margin", "abc"], notANumber("--margin", "abc"),
             "helpdesk kb import"),
        ]
        for c in cases {
            let run = try run(c.arguments, stdin: "lost my phone\n")
            XCTAssertEqual(run.status, 64, "\(c.arguments): \(run.stderr)")
            // One line, as the tool's other errors, naming the help of the command the value was given to.
            XCTAssertEqual(run.stderr, "helpdesk: error: " + c.message + " (see " + c.command + " --help)\n", "\(c.arguments)")
            XCTAssertEqual(run.stdout, "", "\(c.arguments)")
        }
    }

    /// `helpdesk kb` with no subcommand shows its help, also with a good --threshold or --margin.
    func testTheKBGroupShowsItsHelp() throws {
        for arguments in [["kb"], ["kb", "--threshold", "0.5"], ["kb", "--margin", "0"]] {
            let run = try run(arguments)
            XCTAssertEqual(run.status, 0, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stdout.contains("USAGE: helpdesk kb <subcommand>"), "\(arguments): \(run.stdout)")
            XCTAssertEqual(run.stderr, "", "\(arguments)")
        }
    }

    /// In a pipe, answers wrap at 80 columns, or at COLUMNS when it is set.
    func testAskWrapsInAPipe() throws {
        for (environment, width) in [([String: String](), 80), (["COLUMNS": "50"], 50)] {
            let run = try run(["ask", "lost my phone, can't get the code"], environment: environment)
            XCTAssertEqual(run.status, 0, run.stderr)
            let longest = run.stdout.split(separator: "\n").map(\.count).max() ?? 0
            XCTAssertLessThanOrEqual(longest, width, run.stdout)
            XCTAssertGreaterThan(longest, width - 15, "lines are filled, not cut short: \(run.stdout)")
        }
    }

    /// A COLUMNS narrower than the narrowest width wraps at that width (it wrapped at 80); only a word longer than
    /// the room left may stick out.
    func testAskWrapsATooNarrowWidthAtTheNarrowest() throws {
        for columns in ["20", "5", "1"] {
            let run = try run(["ask", "lost my phone"], environment: ["COLUMNS": columns])
            XCTAssertEqual(run.status, 0, run.stderr)
            for line in run.stdout.split(separator: "\n") where line.drop(while: { $0 == " " }).contains(" ") {
                XCTAssertLessThanOrEqual(line.count, 21, "COLUMNS=\(columns): '\(line)'")
            }
            XCTAssertTrue(run.stdout.hasPrefix("Can't get your MFA\ncode"), run.stdout)
        }
    }

    func testAskJSONWithExplainHoldsTheExplanation() throws {
        let run = try run(["ask", "--json", "--explain", "lost my phone, SSN 123-45-6789"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let record = try XCTUnwrap(try jsonLines(run.stdout).first)
        XCTAssertEqual(record["entry"] as? String, "mfa-recovery")
        let explanation = try XCTUnwrap(record["explanation"] as? String)
        XCTAssertTrue(explanation.contains("Decision:"), explanation)
        XCTAssertFalse(run.stdout.contains("123-45-6789"), "the explanation is redacted too")
        XCTAssertEqual(run.stderr, "")
    }

    /// An id, option value or file name the user gave is echoed in an error without its control characters, so an
    /// escape sequence in it cannot clear, recolour or retitle the terminal.
    func testErrorsEchoNoControlCharacters() throws {
        let escape = "\u{1B}]0;pwned\u{07}\u{1B}[2J"
        let cases: [(arguments: [String], status: Int32)] = [
            (["show", "x" + escape], 64),
            (["ask", "--context", "x" + escape, "more"], 64),
            (["batch", "/nonexistent/x" + escape], 1),
            (["eval", "/nonexistent/x" + escape], 1),
            (["ask", "--threshold", escape, "locked"], 64),
        ]
        for (arguments, status) in cases {
            let run = try run(arguments)
            XCTAssertEqual(run.status, status, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains("\u{FFFD}]0;pwned\u{FFFD}"), "\(arguments): \(run.stderr)")
            XCTAssertFalse(run.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(arguments): \(run.stderr)")
        }
    }

    /// A file name the user gave is echoed in an error redacted, as a usage error echoes its arguments.
    func testErrorsEchoFileNamesRedacted() throws {
        let dir = try makeTemporaryDirectory("cli-names")
        let malformed = dir.appendingPathComponent("Smith 123-45-6789.csv").path
        try "question,entry\nno comma here\n".write(toFile: malformed, atomically: true, encoding: .utf8)
        let missing = dir.appendingPathComponent("Jones 234-56-7890.txt").path
        // A KB folder named after a client, with an error: each of its diagnostics on stderr names a file in it.
        let broken = dir.appendingPathComponent("Brown 345-67-8901")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        try "version: 1\nentries:\n  - id: a\n    colour: red\n".write(to: broken.appendingPathComponent("kb.yaml"), atomically: true, encoding: .utf8)
        let labelled = dir.appendingPathComponent("labelled.csv").path
        try "question,entry\nforgot my password,reset\n".write(toFile: labelled, atomically: true, encoding: .utf8)
        let cases: [(arguments: [String], status: Int32, shown: String)] = [
            (["batch", missing], 1, "cannot open '\(dir.path)/Jones [SSN].txt'"),
            (["eval", missing], 1, "Jones [SSN].txt"),
            (["eval", malformed], 1, "Smith [SSN].csv:2: error: expected 2 fields"),
            (["kb", "import", malformed, "--out", dir.appendingPathComponent("kb").path], 1, "Smith [SSN].csv: 1 malformed row"),
            (["batch", "-o", malformed, malformed], 64, "Smith [SSN].csv"),
            (["topics", "--kb", broken.path], 1, "Brown [SSN]/kb.yaml:4:5: error: unknown key 'colour'"),
            (["kb", "import", labelled, "--out", broken.path, "--no-language"], 1, "Brown [SSN] does not load even before the import"),
        ]
        for c in cases {
            let run = try run(c.arguments)
            XCTAssertEqual(run.status, c.status, "\(c.arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains(c.shown), "\(c.arguments): \(run.stderr)")
            // The temporary folder's random name may hold these digits itself ("...-4E024AC67890").
            let named = run.stderr.replacingOccurrences(of: dir.path, with: "DIR")
            XCTAssertFalse(["6789", "7890", "8901"].contains { named.contains($0) }, "\(c.arguments): \(run.stderr)")
        }
    }

    /// A path that ends in personal data is redacted in the error that names it with a line number glued to it
    /// (`.../ssn-123-45-6789:1: error: ...`): read whole, the number would run on into the line number and be kept.
    func testErrorsRedactAPathBeforeItsLineNumber() throws {
        let dir = try makeTemporaryDirectory("cli-line-numbers")
        let missingFolder = dir.appendingPathComponent("ssn-123-45-6789").path
        let malformed = dir.appendingPathComponent("Smith 234-56-7890").path
        try "question,entry\nno comma here\n".write(toFile: malformed, atomically: true, encoding: .utf8)
        let cases: [(arguments: [String], shown: String)] = [
            (["--kb", missingFolder, "topics"], "helpdesk: error: no knowledge-base folder at \(dir.path)/ssn-[SSN]; "),
            (["ask", "--kb", missingFolder, "hello"], "helpdesk: error: no knowledge-base folder at \(dir.path)/ssn-[SSN]; "),
            (["eval", malformed], "\(dir.path)/Smith [SSN]:2: error: expected 2 fields (question,entry), found 1\n"),
            (["kb", "import", malformed, "--out", dir.appendingPathComponent("kb").path], "Smith [SSN]:2: error: expected 2 fields"),
        ]
        for c in cases {
            let run = try run(c.arguments)
            XCTAssertEqual(run.status, 1, "\(c.arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.hasPrefix(c.shown) || run.stderr.contains(c.shown), "\(c.arguments): \(run.stderr)")
            XCTAssertFalse(run.stderr.contains("6789") || run.stderr.contains("7890"), "\(c.arguments): \(run.stderr)")
        }
        let check = try run(["kb", "check", "--kb", missingFolder])
        XCTAssertEqual(check.status, 1, check.stderr)
        // A folder has no line number (it read ".../ssn-[SSN]:1: error: ...").
        XCTAssertTrue(check.stdout.hasPrefix("\(dir.path)/ssn-[SSN]: error: knowledge-base folder not found\n"), check.stdout)
        XCTAssertFalse(check.stdout.contains("6789"), check.stdout)
    }

    /// After a knowledge base fails to load, the hint's `kb check` command runs as written: it names the folder when
    /// its name is shown as typed, and otherwise says `--kb <dir>` (it quoted the redacted name, 'Brown [SSN]', a folder
    /// that does not exist).
    func testTheHintAfterALoadErrorRunsAsWritten() throws {
        let dir = try makeTemporaryDirectory("cli-hint")
        let plain = dir.appendingPathComponent("kb"), personal = dir.appendingPathComponent("Brown 345-67-8901")
        let spaced = dir.appendingPathComponent("tax kb (2026)")
        for folder in [plain, personal, spaced] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try "version: 1\nentries:\n  - id: a\n    colour: red\n".write(to: folder.appendingPathComponent("kb.yaml"), atomically: true, encoding: .utf8)
        }
        let named = try run(["topics", "--kb", plain.path])
        XCTAssertEqual(named.status, 1, named.stderr)
        let hint = try XCTUnwrap(named.stderr.firstMatch(of: /; run '(helpdesk kb check [^']+)'\n/)?.1, named.stderr)
        XCTAssertEqual(String(hint), "helpdesk kb check --kb \(plain.path)")
        let check = try runProgram("/bin/sh", ["-c", "\"$0\"" + hint.dropFirst("helpdesk".count), Self.binary.path])
        XCTAssertEqual(check.status, 1, check.stderr)
        XCTAssertTrue(check.stdout.contains("\(plain.path)/kb.yaml:4:5: error: unknown key 'colour'"), check.stdout)

        // A name with spaces and brackets is quoted for the shell.
        let quoted = try run(["topics", "--kb", spaced.path])
        let quotedHint = try XCTUnwrap(quoted.stderr.firstMatch(of: /; run '(helpdesk kb check .+)'\n/)?.1, quoted.stderr)
        XCTAssertEqual(String(quotedHint), "helpdesk kb check --kb \"\(spaced.path)\"")
        let quotedCheck = try runProgram("/bin/sh", ["-c", "\"$0\"" + quotedHint.dropFirst("helpdesk".count), Self.binary.path])
        XCTAssertEqual(quotedCheck.status, 1, quotedCheck.stderr)
        XCTAssertTrue(quotedCheck.stdout.contains("\(spaced.path)/kb.yaml:4:5: error: unknown key 'colour'"), quotedCheck.stdout)

        let redacted = try run(["topics", "--kb", personal.path])
        XCTAssertEqual(redacted.status, 1, redacted.stderr)
        XCTAssertTrue(redacted.stderr.hasSuffix("cannot load the knowledge base at \(dir.path)/Brown [SSN]: 6 errors; "
            + "run 'helpdesk kb check --kb <dir>' with <dir> that folder (its name is shown redacted)\n"), redacted.stderr)
        XCTAssertFalse(redacted.stderr.contains("8901"), redacted.stderr)
    }

    func testUnknownOptionIsAUsageError() throws {
        XCTAssertEqual(try run(["batch", "--format", "xml", "-"]).status, 64)
        XCTAssertEqual(try run(["--frobnicate"]).status, 64)
    }

    /// One line, without "run 'helpdesk kb check'", which cannot help with a folder that is not there, and naming
    /// HELPDESK_KB when the name came from it.
    func testMissingKnowledgeBaseIsAOneLineErrorAndExit1() throws {
        let file = try makeTemporaryDirectory("cli-missing-kb").appendingPathComponent("kb.txt").path
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        let hint = "; give the knowledge-base folder with --kb DIR or HELPDESK_KB\n"
        let cases: [(arguments: [String], environment: [String: String], message: String)] = [
            (["ask", "--kb", "/nonexistent/kb", "hello"], [:], "no knowledge-base folder at /nonexistent/kb"),
            (["topics"], ["HELPDESK_KB": "/nonexistent/kb"], "no knowledge-base folder at /nonexistent/kb (from HELPDESK_KB)"),
            (["topics"], ["HELPDESK_KB": file], "not a folder: \(file) (from HELPDESK_KB)"),
            (["--kb", file, "topics"], ["HELPDESK_KB": "/nonexistent/kb"], "not a folder: \(file)"),
        ]
        for c in cases {
            let run = try run(c.arguments, environment: c.environment)
            XCTAssertEqual(run.status, 1, "\(c.arguments)")
            XCTAssertEqual(run.stderr, "helpdesk: error: " + c.message + hint, "\(c.arguments)")
        }
        let check = try run(["kb", "check"], environment: ["HELPDESK_KB": "/nonexistent/kb"])
        XCTAssertEqual(check.stdout, "/nonexistent/kb: error: knowledge-base folder not found\n/nonexistent/kb (from HELPDESK_KB): "
            + "1 error, 0 warnings (no entry loaded, so none was checked for warnings)\n")
    }

    func testShowAndTopics() throws {
        let topics = try run(["topics"])
        XCTAssertEqual(topics.status, 0)
        XCTAssertTrue(topics.stdout.contains("mfa-recovery"))
        let show = try run(["show", "e-help-desk"])
        XCTAssertEqual(show.status, 0)
        XCTAssertTrue(show.stdout.contains("866-255-0654"))
        let capitals = try run(["show", "E-Help-Desk"])
        XCTAssertEqual(capitals.status, 0, "ids are lowercase, so one typed in capitals is found: \(capitals.stderr)")
        XCTAssertEqual(capitals.stdout, show.stdout)
        // Words typed apart are one id, as for `:show` (it was "Unexpected argument 'recovery'").
        for words in [["mfa", "recovery"], ["MFA", "Recovery"], ["mfa recovery"], ["mfa", "--no-color", "recovery"]] {
            let apart = try run(["show"] + words)
            XCTAssertEqual(apart.status, 0, "\(words): \(apart.stderr)")
            XCTAssertEqual(apart.stdout, try run(["show", "mfa-recovery"]).stdout, "\(words)")
        }
        // An id that names no entry is a mistake on the command line, as for --context: a usage error (it exited 1).
        let missing = try run(["show", "no-such-entry"])
        XCTAssertEqual(missing.status, 64)
        XCTAssertEqual(missing.stderr, "helpdesk: error: no entry 'no-such-entry' ('helpdesk topics' lists them)\n")
        // Every id like it is named ("show reset" named only reset-idme-password).
        let like = try run(["show", "reset"])
        XCTAssertEqual(like.status, 64)
        XCTAssertTrue(like.stderr.contains("no entry 'reset'; did you mean 'reset-idme-password', 'reset-email-not-received'?"), like.stderr)
        for arguments in [["show", "123-45-6789"], ["ask", "--context", "123-45-6789", "more"]] {
            let personal = try run(arguments)
            XCTAssertNotEqual(personal.status, 0, "\(arguments)")
            XCTAssertTrue(personal.stderr.contains("no entry '[SSN]'"), "the echoed id is redacted: \(personal.stderr)")
            XCTAssertFalse(personal.stderr.contains("6789"), personal.stderr)
        }
        let context = try run(["ask", "--context", "no-such-entry", "more"])
        XCTAssertEqual(context.status, 64)
        XCTAssertEqual(context.stderr, "helpdesk: error: --context: no entry 'no-such-entry' ('helpdesk topics' lists them)\n",
                       "one line, not the usage of the root command")
        let contextLike = try run(["ask", "--context", "reset", "more"])
        XCTAssertTrue(contextLike.stderr.contains("did you mean 'reset-idme-password', 'reset-email-not-received'?"), contextLike.stderr)
        // --context finds an id as show does.
        let typed = try run(["ask", "--context", "MFA recovery", "how long do I have to finish it?"])
        XCTAssertEqual(typed.status, 0, typed.stderr)
        XCTAssertTrue(typed.stdout.contains("30 minutes"), typed.stdout)
    }

    /// Words that together name no entry are several ids, each entry shown in turn (`show contact-irs which-irs-tools`
    /// gave "no entry 'contact-irs which-irs-tools'"); the first word that is no id is named.
    func testShowTakesSeveralIDs() throws {
        let both = try run(["show", "contact-irs", "which-irs-tools"])
        XCTAssertEqual(both.status, 0, both.stderr)
        XCTAssertEqual(both.stdout, try run(["show", "contact-irs"]).stdout + "\n" + (try run(["show", "which-irs-tools"]).stdout))
        let oneUnknown = try run(["show", "contact-irs", "nope", "which-irs-tools"])
        XCTAssertEqual(oneUnknown.status, 64)
        XCTAssertEqual(oneUnknown.stderr, "helpdesk: error: no entry 'nope' ('helpdesk topics' lists them)\n")
        XCTAssertEqual(oneUnknown.stdout, "", "nothing is shown unless every id names an entry")
    }

    func testKBCheckReportsErrorsWithLinesAndExits1() throws {
        let dir = try makeTemporaryDirectory("cli-kb")
        try "version: 1\nentries:\n  - id: a\n    title: T\n    colour: red\n".write(
            to: dir.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let run = try run(["kb", "check", "--kb", dir.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.contains("bad.yaml:5:5: error: unknown key 'colour'"), run.stdout)
        XCTAssertTrue(run.stdout.contains("missing required key 'summary'"), run.stdout)
        XCTAssertEqual(try self.run(["kb", "check"]).status, 0)
    }

    func testKBImportWritesTheEntriesAndTheLanguageFile() throws {
        let (dir, csv) = try importCSV("cli-import",
            "question,entry\nforgot my password,reset\nreset the password,reset\nmy ssn is 123-45-6789 forgot pw,reset\nlost my phone,phone\nnew phone no code,phone\nlost my phone,phone\n")
        let out = dir.appendingPathComponent("kb").path
        let imported = try run(["kb", "import", csv.path, "--out", out])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdout.contains("2 entries, 5 questions (1 repeated row merged), 0 off-topic examples"), imported.stdout)
        let yaml = try String(contentsOfFile: out + "/imported.yaml", encoding: .utf8)
        XCTAssertTrue(yaml.contains("my ssn is [SSN] forgot pw"), yaml)
        XCTAssertFalse(yaml.contains("6789"), "personal data never reaches the knowledge base")
        XCTAssertTrue(imported.stdout.contains("language.yaml"), imported.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/language.yaml"))
        // Pasted text is cut at the shipped connectors: two problems in one line.
        let both = try run(["ask", "--kb", out, "--json", "forgot my password and also lost my phone"])
        XCTAssertTrue(both.stdout.contains("\"also\":[{\"entry\":\"phone\""), both.stdout)
        XCTAssertEqual(try run(["kb", "import", csv.path, "--out", out]).status, 1, "existing files need --force")
        let bare = dir.appendingPathComponent("bare").path
        XCTAssertEqual(try run(["kb", "import", csv.path, "--out", bare, "--no-language"]).status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: bare + "/language.yaml"))
    }

    /// A new temporary folder named after `name`, holding `text` as q.csv.
    private func importCSV(_ name: String, _ text: String) throws -> (dir: URL, csv: URL) {
        let dir = try makeTemporaryDirectory(name)
        let csv = dir.appendingPathComponent("q.csv")
        try text.write(to: csv, atomically: true, encoding: .utf8)
        return (dir, csv)
    }

    /// Without a language file (`--no-language`) names are still redacted with the shipped name lists; HELPDESK_KB,
    /// when set, gives the language data and the name lists in place of the shipped one.
    func testKBImportRedactsNamesWithoutALanguageFileAndReadsHELPDESKKB() throws {
        let (dir, csv) = try importCSV("cli-import-names",
            "question,entry\n\"my name is Maria Gomez, forgot my password\",reset\nreset the password,reset\n")
        let bare = dir.appendingPathComponent("bare").path
        XCTAssertEqual(try run(["kb", "import", csv.path, "--out", bare, "--no-language"]).status, 0)
        let yaml = try String(contentsOfFile: bare + "/imported.yaml", encoding: .utf8)
        XCTAssertTrue(yaml.contains("my name is [NAME], forgot my password"), yaml)
        XCTAssertFalse(yaml.contains("Gomez"), yaml)
        let full = dir.appendingPathComponent("full").path
        XCTAssertEqual(try run(["kb", "import", csv.path, "--out", full]).status, 0)
        let named = dir.appendingPathComponent("named").path
        let imported = try run(["kb", "import", csv.path, "--out", named], environment: ["HELPDESK_KB": full])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdout.contains("from \(full)"), imported.stdout)
    }

    func testEnvironmentVariableChoosesTheKnowledgeBase() throws {
        let run = try run(["topics"], environment: ["HELPDESK_KB": "/nonexistent/from-env"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("/nonexistent/from-env"))
    }
}
