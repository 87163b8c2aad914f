import Foundation
import XCTest

/// An empty file or folder name (`--kb "$DIR"` with DIR unset) is a usage error, exit 64, naming what is missing:
/// `--kb ""` quietly used the shipped knowledge base, and `eval ""` said "helpdesk: error: : cannot read the file".
final class EmptyArgumentTests: CLITestCase {
    func testAnEmptyNameIsAUsageError() throws {
        let cases: [(arguments: [String], message: String)] = [
            (["--kb", "", "topics"], "helpdesk: error: --kb needs a folder name, and '' is empty (see helpdesk topics --help)"),
            (["topics", "--kb", ""], "helpdesk: error: --kb needs a folder name, and '' is empty (see helpdesk topics --help)"),
            (["ask", "--kb", "", "lost my phone"], "helpdesk: error: --kb needs a folder name, and '' is empty (see helpdesk ask --help)"),
            (["eval", ""], "helpdesk: error: the CSV file needs a name, and '' is empty (- is standard input) (see helpdesk eval --help)"),
            (["kb", "import", "", "--out", "/tmp/helpdesk-empty-argument-test"], "helpdesk: error: the CSV file needs a name, and '' is empty (- is standard input) (see helpdesk kb import --help)"),
            (["kb", "import", "-", "--out", "/tmp/helpdesk-empty-argument-test", "--language-from", ""],
             "helpdesk: error: --language-from needs a folder name, and '' is empty (see helpdesk kb import --help)"),
        ]
        for c in cases {
            let run = try run(c.arguments, stdin: "")
            XCTAssertEqual(run.status, 64, "\(c.arguments): \(run.stderr)")
            XCTAssertEqual(run.stderr, c.message + "\n", "\(c.arguments)")
            XCTAssertEqual(run.stdout, "", "\(c.arguments)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/helpdesk-empty-argument-test"))
    }

    /// An empty HELPDESK_KB is unset, as an empty environment variable conventionally is.
    func testAnEmptyEnvironmentVariableIsUnset() throws {
        let run = try run(["topics"], environment: ["HELPDESK_KB": ""])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("mfa-recovery"))
    }
}
