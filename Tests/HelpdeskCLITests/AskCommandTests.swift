import Foundation
import XCTest

/// `helpdesk ask`: what it refuses before answering.
final class AskCommandTests: CLITestCase {
    /// ":quit" was answered "Updating or closing an ID.me account" at 0.98; batch refuses such lines, and so does ask.
    func testAnInteractiveCommandIsAUsageError() throws {
        for command in [":quit", ":help", ":Q", ":show mfa-recovery"] {
            let result = try run(["ask", "--json", command])
            XCTAssertEqual(result.status, 64, command)
            XCTAssertEqual(result.stdout, "", command)
            XCTAssertEqual(result.stderr, "helpdesk: error: '\(command)' is an interactive command; run helpdesk with no "
                + "arguments for the interactive session\n", command)
        }
        let piped = try run(["ask", "-"], stdin: ":why\n")
        XCTAssertEqual(piped.status, 64)
        XCTAssertTrue(piped.stderr.contains("':why' is an interactive command"), piped.stderr)
        // An emoticon is no command, and the plain word is still a question.
        XCTAssertEqual(try run(["ask", ":( still locked out"]).status, 0)
        XCTAssertEqual(try run(["ask", "quit"]).status, 0)
    }
}
