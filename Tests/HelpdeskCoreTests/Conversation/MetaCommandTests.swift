import XCTest
@testable import HelpdeskCore

final class MetaCommandTests: XCTestCase {
    static let cases: [(line: String, command: MetaCommand?)] = [
        (":help", .help), (":h", .help), (":?", .help), (":topics", .topics), (":t", .topics),
        (":show mfa-recovery", .show("mfa-recovery")), (":show   mfa-recovery  ", .show("mfa-recovery")), (":s e-help-desk", .show("e-help-desk")),
        (":show", .show("")), (":why", .why), (":reload", .reload), (":quit", .quit), (":q", .quit), (":exit", .quit),
        ("  :QUIT", .quit), (":frobnicate", .unknown(":frobnicate")),
        ("how do I reset my password", nil), ("what's 2:30", nil),
        // Emoticons and a lone colon open a message, not a command.
        (":( still locked out of id.me", nil), (":) thanks", nil), (":-( no code", nil), (":/", nil), (":", nil), (": show", nil),
        (":3", nil),
    ]

    func testParsesCommands() {
        for (line, command) in Self.cases {
            XCTAssertEqual(MetaCommand(line), command, line)
        }
    }

    func testHelpListsEveryCommand() {
        for name in MetaCommand.names {
            XCTAssertTrue(MetaCommand.helpText.contains(name), name)
            XCTAssertNotEqual(MetaCommand(name), .unknown(name), name)
        }
        XCTAssertEqual(MetaCommand.names, [":help", ":topics", ":show", ":why", ":reload", ":quit"])
    }
}
