import XCTest
@testable import HelpdeskCore

/// A paste's command lines act: the questions before them are answered, then the command runs.
final class SessionEntryTests: XCTestCase {
    static let exitWords = ExitWords(["quit", "exit"])

    func testCommandLinesOfAPasteArePartsOfTheirOwn() {
        let cases: [(entry: String, parts: [String])] = [
            // The bug: the paste was one question ending in ":quit", and the session went on.
            ("my phone broke\nI cannot get the code\n:quit", ["my phone broke\nI cannot get the code", ":quit"]),
            ("thanks\n:q\n", ["thanks", ":q"]),
            ("thanks\r\nexit\r\n", ["thanks", "exit"]),
            ("  Quit.  \nforgot password", ["Quit.", "forgot password"]),
            ("forgot password\n:why\nlost my phone\n:show mfa-recovery", ["forgot password", ":why", "lost my phone", ":show mfa-recovery"]),
            ("Hi,\n\nMy code never comes.\n\nThanks,\nJane", ["Hi,\n\nMy code never comes.\n\nThanks,\nJane"]),
            (":why\n:quit", [":why", ":quit"]),
            // A line that only mentions a command, an unknown `:word`, an emoticon stay in the question.
            ("how do I quit\nthe app", ["how do I quit\nthe app"]),
            ("still locked out\n:(\n:D thanks\n:frobnicate", ["still locked out\n:(\n:D thanks\n:frobnicate"]),
            // One line is one part, whatever it is: a typed unknown command still gets "Unknown command".
            (":frobnicate", [":frobnicate"]), ("  :quit  ", [":quit"]), ("quit", ["quit"]), ("forgot password", ["forgot password"]),
            ("\n\n  :quit\n\n", [":quit"]),
            // Blank entries have no parts.
            ("", []), ("\n \n\t", []),
        ]
        for c in cases {
            XCTAssertEqual(SessionEntry(c.entry, exitWords: Self.exitWords).parts, c.parts, c.entry.debugDescription)
        }
    }

    /// Without the lexicon's exit words, "quit" on a line of a paste is part of the question.
    func testExitWordsComeFromTheLexicon() {
        XCTAssertEqual(SessionEntry("thanks\nquit", exitWords: ExitWords()).parts, ["thanks\nquit"])
        XCTAssertEqual(SessionEntry("thanks\n:quit", exitWords: ExitWords()).parts, ["thanks", ":quit"])
    }
}
