import Foundation
import XCTest
import TestSupport

/// `helpdesk ask -` answers all of standard input as one question; it answered the literal "-" with the fallback.
final class AskStandardInputTests: CLITestCase {
    func testADashReadsTheQuestionFromStandardInput() throws {
        let cases: [(arguments: [String], stdin: String, contains: String)] = [
            (["ask", "-"], "lost my phone\n", "MFA recovery process"),
            (["ask", "--", "-"], "lost my phone", "MFA recovery process"),
            (["ask", "--json", "-"], "lost my phone\n", "\"entry\":\"mfa-recovery\""),
            (["ask", "--context", "mfa-recovery", "-"], "how long do I have to finish it?", "30 minutes"),
            // A pasted email is one question: its problems are answered in turn, not one line at a time.
            (["ask", "-"], "Hi,\r\nI forgot my password.\r\nAlso my phone was stolen so I cannot get the code.\r\nThanks,\r\nJane\r\n",
             "Problem 2 of 2"),
        ]
        for c in cases {
            let run = try run(c.arguments, stdin: c.stdin)
            XCTAssertEqual(run.status, 0, "\(c.arguments): \(run.stderr)")
            XCTAssertTrue(run.stdout.contains(c.contains), "\(c.arguments): \(run.stdout)")
            XCTAssertFalse(run.stdout.contains("I don't have an answer"), "\(c.arguments): \(run.stdout)")
        }
    }

    /// An empty standard input is a usage error; input batch would refuse as a line is refused; each in one line.
    func testStandardInputThatIsNoQuestionIsOneLineOfError() throws {
        let cases: [(stdin: String, status: Int32, message: String)] = [
            ("", 64, "standard input is empty"),
            ("  \n\n", 64, "standard input is empty"),
            (String(repeating: "a", count: 70_000), 1, "more than 65536 bytes"),
            // What to do, not only what is wrong.
            ("lost my\u{0} phone", 1, "standard input holds a NUL byte; remove the NUL bytes (is it a binary file?)"),
        ]
        for c in cases {
            let run = try run(["ask", "-"], stdin: c.stdin)
            XCTAssertEqual(run.status, c.status, run.stderr)
            XCTAssertEqual(run.stdout, "")
            XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
            XCTAssertTrue(run.stderr.hasPrefix("helpdesk: error: ") && run.stderr.contains(c.message), run.stderr)
        }
    }

    /// A folder as standard input (`ask - < /tmp`) says so, as batch does, not "NSCocoaErrorDomain error 256".
    func testAFolderAsStandardInputSaysItIsAFolder() throws {
        let folder = try makeTemporaryDirectory("ask-folder")
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["ask", "-"]
        process.standardInput = try XCTUnwrap(FileHandle(forReadingAtPath: folder.path))
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 1)
        XCTAssertEqual(stderr, "helpdesk: error: cannot read standard input: it is a folder\n")
    }

    /// The line break that `echo` ends its question with is no part of it: the JSON echoed "forgot password\\n".
    func testTheQuestionIsEchoedWithoutTheLineBreakAroundIt() throws {
        let run = try run(["ask", "--json", "-"], stdin: "forgot password\n")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("\"question\":\"forgot password\","), run.stdout)
    }

    /// Words after the - are a usage error: "ask - extra" answered "- extra" without a word about standard input.
    func testADashTakesNoOtherWords() throws {
        for arguments in [["ask", "-", "extra"], ["ask", "--json", "-", "extra", "words"], ["ask", "--", "-", "extra"]] {
            let run = try run(arguments, stdin: "forgot password\n")
            XCTAssertEqual(run.status, 64, "\(arguments): \(run.stdout)")
            XCTAssertEqual(run.stdout, "", "\(arguments)")
            XCTAssertTrue(run.stderr.contains("- reads the question from standard input and takes no other words"), run.stderr)
        }
    }

    func testTheHelpSaysADashReadsStandardInput() throws {
        let help = try run(["ask", "--help"]).stdout
        XCTAssertTrue(help.contains("<question> ... | -"), help)
        XCTAssertTrue(help.contains("helpdesk ask -"), help)
    }
}
