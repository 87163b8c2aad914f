import Foundation
import XCTest

/// A paste from a terminal without bracketed paste: its lines come one after another, each ending in Enter, faster
/// than anyone types. They are one message, as a bracketed paste is (one email got about ten answers, one per line:
/// "Hi," a greeting, "Thanks," "You're welcome", the signature the fallback).
final class REPLPasteTests: REPLTestCase {
    func testLinesPastedAtOnceAreOneMessage() throws {
        let s = try session()
        s.type("Hi,\rMy client can't get the code since she got a new phone, SSN 123-45-6789.\r\rThanks,\rJane Smith\rSmith CPA\r")
        s.expect("Can't get your MFA code")
        s.expect("helpdesk> ")
        s.drain(for: 1)
        let reply = s.screen.components(separatedBy: "Smith CPA").dropFirst().joined()
        for other in ["You're welcome", "I don't have an answer", "Hello", "helpdesk> \n"] {
            XCTAssertFalse(reply.contains(other), "one answer, not one per line: \(reply)")
        }
        XCTAssertEqual(reply.components(separatedBy: "helpdesk> ").count, 2, "one prompt after the one answer: \(reply)")
        ask(s, ":why", "Question:   Hi,", "SSN [SSN].")
        quit(s)
        let history = try String(contentsOf: historyFile, encoding: .utf8)
        XCTAssertEqual(history, "Hi, My client can't get the code since she got a new phone, SSN [SSN]. Thanks, [NAME] Smith CPA\n:why\n",
                       "one redacted history line for the paste, the name in its signature too")
    }

    /// A paste whose last line has no line break waits for Enter, as a bracketed paste does; Ctrl-C abandons all of it.
    func testAPasteWithoutItsLastLineBreakWaitsForEnter() throws {
        let s = try session()
        s.type("I forgot my ID.me password.\rAlso my phone was stolen so I can't get the code.")
        s.expect("so I can't get the code.")
        s.drain(for: 0.5)
        XCTAssertFalse(s.pending.contains("Resetting"), "nothing answered before Enter: \(s.pending)")
        s.type("\r")
        s.expect("I see 2 separate problems")
        s.expect("Resetting your ID.me (e-Services) password")
        s.expect("Can't get your MFA code")
        s.expect("helpdesk> ")

        s.type("forgot my id.me password\rand my phone")
        s.expect("and my phone")
        s.drain(for: 0.5)  // let readline take in every key before the interrupt (under load it may lag)
        s.type("\u{03}")
        s.expect("helpdesk> ")
        ask(s, "thanks", "You're welcome")
        XCTAssertFalse(s.pending.contains("Resetting"), s.pending)
        quit(s)
        let history = try String(contentsOf: historyFile, encoding: .utf8)
        XCTAssertFalse(history.contains("and my phone\n"), "the abandoned paste is not kept: \(history)")
        XCTAssertTrue(history.hasSuffix("\nthanks\n"), history)
    }

    /// A line typed while the answer before it prints (after Enter, not with it) is a message of its own.
    func testALineTypedAheadAfterEnterIsItsOwnMessage() throws {
        let s = try session()
        s.send("thanks")
        s.expect("You're welcome")
        s.send("lost my phone, can't get code")
        s.expect("Can't get your MFA code")
        s.expect("helpdesk> ")
        quit(s)
        let history = try String(contentsOf: historyFile, encoding: .utf8)
        XCTAssertEqual(history, "thanks\nlost my phone, can't get code\n")
    }

    /// A paste of nothing but blank or space lines is ignored, as a bare Enter is: it got the whole fallback answer.
    func testAPasteOfBlankLinesIsIgnored() throws {
        let s = try session()
        for paste in ["\r\r   \r", "\u{1B}[200~\r\r \r\u{1B}[201~\r", "\r"] {
            s.type(paste)
            s.drain(for: 1)
        }
        ask(s, "thanks", "You're welcome")
        XCTAssertFalse(s.screen.contains("I don't have an answer"), s.screen)
        quit(s)
        let history = try String(contentsOf: historyFile, encoding: .utf8)
        XCTAssertEqual(history, "thanks\n", "nothing kept for the blank pastes")
    }

    /// A command on its own line of a paste acts after the lines before it are answered: a paste that ended in
    /// ":quit" was one question, and the session went on.
    func testACommandLineOfAPasteActs() throws {
        // Typed at once (a terminal without bracketed paste), or as a bracketed paste and Enter.
        let pastes = [":quit", ":q", "exit"].map { ($0, "thanks\r:why\r\($0)\r") } + [(":q", "\u{1B}[200~thanks\r:why\r:q\u{1B}[201~\r")]
        for (quit, paste) in pastes {
            try? FileManager.default.removeItem(at: historyFile)
            let s = try session()
            s.type(paste)
            s.expect("You're welcome")
            s.expect("Question:   thanks")
            XCTAssertEqual(s.waitForExit(), 0, "\(quit) on the paste's last line ends the session: \(s.screen)")
            let history = try String(contentsOf: historyFile, encoding: .utf8)
            XCTAssertEqual(history, "thanks\n:why\n\(quit)\n", "a history line for each part")
        }
    }
}
