import XCTest
@testable import HelpdeskCore

/// A line ends the session only when it is an exit word as a whole, case, spaces and punctuation ignored.
final class ExitWordsTests: XCTestCase {
    static let exitWords = ExitWords(["quit", "Exit"])

    func testOnlyTheWholeLineCounts() {
        let cases: [(line: String, exits: Bool)] = [
            ("quit", true), ("QUIT", true), ("Quit.", true), ("  exit  ", true), ("exit!", true), ("\"exit\"", true),
            ("…quit…", true), ("Ｅｘｉｔ", true), ("\tquit\r", true),
            // More words make it a question ("how do I quit ID.me" answers closing an account).
            ("quit smoking", false), ("how do I exit", false), ("quit quit", false), ("exit id.me", false), ("q", false),
            ("quitting", false), ("", false), ("!", false),
        ]
        for c in cases {
            XCTAssertEqual(Self.exitWords.contains(c.line), c.exits, c.line.debugDescription)
        }
    }

    func testNoneWithoutTheLexiconKey() {
        XCTAssertFalse(ExitWords().contains("quit"))
        XCTAssertFalse(ExitWords(lexicon: Lexicon()).contains("exit"))
        XCTAssertNil(MetaCommand("quit", exitWords: ExitWords()))
    }

    /// The session's line: a `:` command first, then an exit word; anything else is a question.
    func testTheSessionsCommandIsAColonCommandOrAnExitWord() {
        let cases: [(line: String, command: MetaCommand?)] = [
            ("quit", .quit), (" Exit. ", .quit), (":quit", .quit), (":q", .quit), (":exit", .quit), (":why", .why),
            (":show quit", .show("quit")), ("quit smoking", nil), ("how do I close my account", nil),
        ]
        for c in cases {
            XCTAssertEqual(MetaCommand(c.line, exitWords: Self.exitWords), c.command, c.line.debugDescription)
        }
    }

    /// The shipped lexicon lists "quit" and "exit", and no shipped entry is meant by them alone.
    func testTheShippedLexiconLeavesOnQuitAndExit() throws {
        let shipped = ExitWords(lexicon: try ShippedMatcher.get().knowledgeBase.lexicon)
        XCTAssertEqual(shipped.phrases, ["quit", "exit"])
    }
}
