import Foundation
import XCTest
import TestSupport

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

    /// The main help says where the interactive session keeps its history, that it is redacted, and how to keep none.
    func testMainHelpNamesTheHistoryFile() throws {
        let help = try run(["--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for part in ["$XDG_STATE_HOME/helpdesk/history", "~/.local/state/helpdesk/history", "redacted", "HELPDESK_HISTORY=off"] {
            XCTAssertTrue(help.contains(part), part)
        }
    }

    /// `helpdesk help NAME...` shows the help of the command the names lead to; a name that is no command is a usage
    /// error naming it (it printed the main help with exit status 0).
    func testHelpCommandRefusesAnUnknownName() throws {
        let cases: [(arguments: [String], status: Int32, output: String)] = [
            (["help"], 0, "OVERVIEW: Offline help assistant"),
            (["help", "ask"], 0, "OVERVIEW: Answer one question."),
            (["help", "kb", "check"], 0, "OVERVIEW: Validate a knowledge base"),
            (["help", "ask", "--help"], 0, "OVERVIEW: Answer one question."),
            (["help", "help"], 0, "USAGE: helpdesk help"),
            (["--kb", "help", "help", "show"], 0, "OVERVIEW: Print entries by their ids"),
            // A root option's value after the names is no command name (it was: "unknown command 'helpdesk ask /kb'").
            (["help", "ask", "--kb", "/nonexistent/kb"], 0, "OVERVIEW: Answer one question."),
            (["help", "kb", "--threshold", "0.5", "check"], 0, "OVERVIEW: Validate a knowledge base"),
            (["help", "nonexistent"], 64, "helpdesk: error: unknown command 'helpdesk nonexistent'; 'helpdesk --help' lists the commands"),
            (["help", "kb", "nonexistent"], 64, "helpdesk: error: unknown command 'helpdesk kb nonexistent'; 'helpdesk kb --help' lists"),
            (["help", "ask", "extra"], 64, "unknown command 'helpdesk ask extra'"),
            (["help", "123-45-6789"], 64, "unknown command 'helpdesk [SSN]'"),
        ]
        for c in cases {
            let run = try run(c.arguments)
            XCTAssertEqual(run.status, c.status, "\(c.arguments): \(run.stderr)")
            XCTAssertTrue((c.status == 0 ? run.stdout : run.stderr).contains(c.output), "\(c.arguments): \(run.stdout)\(run.stderr)")
            if c.status != 0 { XCTAssertEqual(run.stdout, "", "\(c.arguments): no help page on a usage error") }
            // Names after help that start with a command are no question ("helpdesk help kb nope" suggested asking it).
            if c.arguments.count > 2, c.arguments[1] == "kb" || c.arguments[1] == "ask" {
                XCTAssertFalse(run.stderr.contains("To ask a question"), "\(c.arguments): \(run.stderr)")
            }
        }
    }

    /// A usage error whose first word is no command ends with a hint: the `ask` command for a question typed without
    /// it, or the command a mistyped name is closest to. Its words are redacted like the error's.
    func testAQuestionWithoutAskOrAMistypedCommandGetsAHint() throws {
        let cases: [(arguments: [String], hint: String?)] = [
            (["forgot", "my", "password"], "To ask a question, put 'ask' before it: helpdesk ask \"forgot my password\""),
            (["--kb", "/tmp", "lost", "phone"], "helpdesk --kb /tmp ask \"lost phone\""),
            (["my", "ssn", "is", "123-45-6789"], "helpdesk ask \"my ssn is [SSN]\""),
            // Spread over arguments, which the error lists one by one: redacted as the command line reads.
            (["SSN", "123", "45", "6789", "locked"], "'SSN', '[SSN]', '[SSN]', '[SSN]', 'locked'"),
            (["it's", "$HOME"], "helpdesk ask \"your question\""),
            (["aks", "lost", "phone"], "Did you mean 'ask'?"),
            (["topcs"], "Did you mean 'topics'?"),
            (["ask"], nil),
            (["kb", "chek"], nil),
            // The root's options go into the command; a kb tool without kb; "help" before a question; a file.
            (["--kb", "/tmp", "--jsn", "lost", "phone"], "helpdesk --kb /tmp ask \"lost phone\""),
            (["check"], "Did you mean 'kb check'?"),
            // A folder's name is one shell word whatever it holds.
            (["--kb", "/tmp/$x y", "lost", "phone"], "helpdesk --kb '/tmp/$x y' ask \"lost phone\""),
            (["help", "me", "reset", "my", "password"], "helpdesk ask \"help me reset my password\""),
            (["help", "nonexistent"], nil),
            ([PackagePaths.root.appendingPathComponent("README.md").path], "To answer a file of questions: helpdesk batch "),
        ]
        for c in cases {
            let run = try run(c.arguments, stdin: "")
            XCTAssertEqual(run.status, 64, "\(c.arguments)")
            XCTAssertFalse(run.stderr.contains("6789"), run.stderr)
            if let hint = c.hint {
                XCTAssertTrue(run.stderr.contains(hint), "\(c.arguments): \(run.stderr)")
            } else {
                XCTAssertFalse(run.stderr.contains("ask' before it") || run.stderr.contains("Did you mean"), run.stderr)
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

    /// Every help page fits 80 columns, its usage included, and the usage names every option the page lists.
    func testEveryPageFitsEightyColumnsAndItsUsageNamesEveryOption() throws {
        for page in Self.pages + [["kb", "--help"]] {
            let help = try run(page, environment: ["COLUMNS": "80"]).stdout
            for line in help.split(separator: "\n") {
                XCTAssertLessThanOrEqual(line.count, 80, "\(page.joined(separator: " ")): \(line)")
            }
            let usage = help.components(separatedBy: "USAGE:").last?.components(separatedBy: "\n\n").first ?? ""
            let options = help.components(separatedBy: "OPTIONS:").last ?? ""
            for line in options.split(separator: "\n") where line.hasPrefix("  -") {
                let names = line.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",")) }
                guard let name = names.first(where: { $0.hasPrefix("--") }), !["--help", "--version"].contains(name) else { continue }
                XCTAssertTrue(usage.contains(name), "\(page.joined(separator: " ")): \(name) missing from \(usage)")
            }
        }
    }
}
