import XCTest
@testable import HelpdeskCore

final class MetaCommandTests: XCTestCase {
    static let cases: [(line: String, command: MetaCommand?)] = [
        (":help", .help), (":h", .help), (":?", .help), (":topics", .topics), (":t", .topics),
        (":show mfa-recovery", .show("mfa-recovery")), (":show   mfa-recovery  ", .show("mfa-recovery")), (":s e-help-desk", .show("e-help-desk")),
        (":show", .show("")), (":why", .why), (":reload", .reload), (":quit", .quit), (":q", .quit), (":exit", .quit),
        ("  :QUIT", .quit), (":frobnicate", .unknown(":frobnicate")),
        ("how do I reset my password", nil), ("what's 2:30", nil),
        // Emoticons, and a colon before a space, open a message, not a command.
        (":( still locked out of id.me", nil), (":) thanks", nil), (":-( no code", nil), (":/", nil), (": show", nil),
        (":3", nil),
        // A colon alone, what Tab puts on an empty prompt, is no message: it got the fallback, where ":foo" gets the
        // list of commands.
        (":", .unknown(":")), ("  :  ", .unknown(":")),
    ]

    func testParsesCommands() {
        for (line, command) in Self.cases {
            XCTAssertEqual(MetaCommand(line), command, line)
        }
    }

    /// `isCommand(_:)` is "parses as a command other than an unknown `:word`": batch reports those lines.
    func testKnowsTheLinesThatAreCommands() {
        for (line, command) in Self.cases {
            let known: Bool
            switch command {
            case nil, .unknown?: known = false
            default: known = true
            }
            XCTAssertEqual(MetaCommand.isCommand(line), known, line)
        }
        let more: [(line: String, command: Bool)] = [
            ("\t:quit\r", true), (":Why not", true), ("\u{00A0}:quit", true), (":D thanks", false), ("", false), (" ", false),
            ("quit", false), ("what does :quit do", false),
        ]
        for c in more { XCTAssertEqual(MetaCommand.isCommand(c.line), c.command, c.line.debugDescription) }
    }

    func testHelpListsEveryCommand() {
        for name in MetaCommand.names {
            XCTAssertTrue(MetaCommand.helpText.contains(name), name)
            XCTAssertNotEqual(MetaCommand(name), .unknown(name), name)
        }
        XCTAssertEqual(MetaCommand.names, [":help", ":topics", ":show", ":why", ":reload", ":quit"])
    }

    /// `:help` fits the terminal: it printed lines of up to 92 columns on an 80-column one.
    func testHelpWrapsToTheWidth() {
        for width in [40, 80, 100] {
            let text = MetaCommand.helpText(width: width)
            for line in text.split(separator: "\n") { XCTAssertLessThanOrEqual(line.count, width, "\(width): \(line)") }
            for name in MetaCommand.names { XCTAssertTrue(text.contains("  " + name), "\(width): \(name)") }
        }
        let wrapped = MetaCommand.helpText(width: 80).split(separator: "\n")
        let hanging = wrapped.first { $0.hasPrefix("  :show ID") }.flatMap { wrapped.firstIndex(of: $0) }.map { wrapped[$0 + 1] }
        XCTAssertEqual(hanging?.prefix { $0 == " " }.count, 13, "a summary's next line hangs under its column")
        XCTAssertTrue(MetaCommand.helpText.hasPrefix("Type a question in your own words, or paste what a caller said (several problems are fine).\n"))
    }

    /// `:help` says where the session keeps what is typed, that it is redacted, and how to keep nothing.
    func testHelpNamesTheHistoryFile() {
        let text = MetaCommand.helpText(width: nil)
        for part in ["$XDG_STATE_HOME/helpdesk/history", "~/.local/state/helpdesk/history", "redacted", "HELPDESK_HISTORY=off"] {
            XCTAssertTrue(text.contains(part), part)
        }
    }

    /// `:help` names the short forms of `:quit` that work (`:q`, `:exit`; they were not listed), and the KB's exit words.
    func testHelpNamesEveryWayToLeave() {
        let cases: [(exitWords: [String], line: String)] = [
            ([], "  :quit      leave (:q, :exit and Ctrl-D do too)"),
            (["quit"], "  :quit      leave (:q, :exit, \"quit\" alone on a line, and Ctrl-D do too)"),
            (["quit", "exit"], "  :quit      leave (:q, :exit, \"quit\" or \"exit\" alone on a line, and Ctrl-D do too)"),
            (["quit", "exit", "bye now"], "  :quit      leave (:q, :exit, \"quit\", \"exit\" or \"bye now\" alone on a line, and Ctrl-D do too)"),
        ]
        for c in cases {
            let lines = MetaCommand.helpText(width: nil, exitWords: c.exitWords).split(separator: "\n").map(String.init)
            XCTAssertTrue(lines.contains(c.line), "\(c.exitWords): \(lines)")
        }
        for alias in [":q", ":exit"] { XCTAssertEqual(MetaCommand(alias), .quit, alias) }
    }

    /// An unknown `:word` is told the command it most likely meant (":why?" was only "Unknown command :why?").
    func testAnUnknownCommandGetsTheCloseOne() {
        let cases: [(name: String, suggestion: String?)] = [
            (":why?", ":why"), (":WHY?", ":why"), (":help!", ":help"), (":topics.", ":topics"), (":q?", ":q"), (":show?", ":show"),
            (":hepl", ":help"), (":topic", ":topics"), (":reloda", ":reload"), (":relaod", ":reload"), (":relode", nil), (":frobnicate", nil), (":wh", nil), (":?!", nil),
        ]
        for c in cases {
            XCTAssertEqual(MetaCommand.suggestion(for: c.name), c.suggestion, c.name)
        }
    }
}
