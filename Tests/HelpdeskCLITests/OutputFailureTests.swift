import Foundation
import XCTest

/// Output that cannot be written is an error with exit status 1, never a silent success or a trap.
final class OutputFailureTests: CLITestCase {
    /// Runs `helpdesk ARGUMENTS REDIRECTIONS` through the shell, so that stdout or stderr can be a full or closed file.
    private func shell(_ arguments: String) throws -> Run {
        try runProgram("/bin/sh", ["-c", "\"$0\" " + arguments, Self.binary.path])
    }

    func testAFullStandardOutputFailsEveryCommand() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full")
        let labelled = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-full-\(UUID().uuidString).csv")
        try "question,entry\nforgot my id.me password,reset-idme-password\n".write(to: labelled, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: labelled) }
        for command in ["ask lost my phone", "ask --json lost my phone", "show mfa-recovery", "topics", "kb check",
                        "eval --format json '\(labelled.path)'", "batch - < /dev/null --format csv",
                        "--help", "ask --help", "help kb check", "--version"] {
            let run = try shell(command + " > /dev/full")
            XCTAssertEqual(run.status, 1, "\(command): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains("helpdesk: error: cannot write 'standard output': No space left on device"),
                          "\(command): \(run.stderr)")
        }
    }

    func testAnUnwritableStandardErrorIsNoCrash() throws {
        let cases: [(command: String, status: Int32, stdout: String?)] = [
            ("show no-such-entry 2>&-", 64, nil),
            ("ask --context no-such-entry lost phone 2>&-", 64, nil),
            ("batch - 2>&-", 0, "[line 1] lost my phone"),
        ]
        for c in cases {
            let run = try runProgram("/bin/sh", ["-c", "echo 'lost my phone' | \"$0\" " + c.command, Self.binary.path])
            XCTAssertEqual(run.status, c.status, "\(c.command): \(run.stderr)")
            if let stdout = c.stdout { XCTAssertTrue(run.stdout.contains(stdout), "\(c.command): \(run.stdout)") }
        }
    }
}
