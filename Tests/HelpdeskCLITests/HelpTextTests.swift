import Foundation
import XCTest

/// Every help page, read as a user reads it: each option states its default once, and the examples run as written.
final class HelpTextTests: CLITestCase {
    static let pages = [["--help"], ["ask", "--help"], ["batch", "--help"], ["show", "--help"], ["topics", "--help"],
                        ["eval", "--help"], ["kb", "check", "--help"], ["kb", "test", "--help"], ["kb", "import", "--help"]]

    func testNoOptionStatesItsDefaultTwice() throws {
        for page in Self.pages {
            let help = try run(page).stdout
            let options = help.components(separatedBy: "OPTIONS:").last ?? ""
            // One block per option: a line starting "  -" and the indented lines after it.
            let blocks = options.components(separatedBy: "\n  -").dropFirst()
            XCTAssertFalse(blocks.isEmpty, "\(page): no options found")
            for block in blocks {
                let defaults = block.components(separatedBy: "default").count - 1
                XCTAssertLessThanOrEqual(defaults, 1, "\(page.joined(separator: " ")): -\(block)")
            }
        }
    }

    func testTheAskExampleRunsAsWrittenInAShell() throws {
        let help = try run(["ask", "--help"]).stdout
        let example = try XCTUnwrap(help.components(separatedBy: "\n").first { $0.hasPrefix("Example: helpdesk ") })
        let command = example.dropFirst("Example: helpdesk".count)
        let shell = try runProgram("/bin/sh", ["-c", "\"$0\"" + command, Self.binary.path])
        XCTAssertEqual(shell.status, 0, "\(example): \(shell.stderr)")
        XCTAssertTrue(shell.stdout.contains("MFA recovery process"), shell.stdout)
    }
}
