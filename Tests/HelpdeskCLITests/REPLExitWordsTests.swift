import Foundation
import XCTest
import TestSupport

/// Leaving the session with a word: the KB's `exit_words` ("quit", "exit") alone on a line.
final class REPLExitWordsTests: REPLTestCase {
    /// "quit" or "exit" alone on a line (the KB's `exit_words`) leaves as ":quit" does; "quit" answered "Updating or
    /// closing an ID.me account" and "exit" got the fallback. With more words it is a question as before.
    func testQuitOrExitAloneLeaves() throws {
        for line in ["quit", "  Exit. ", "QUIT!"] {
            let s = try session()
            ask(s, "how do I quit id.me", "Updating or closing an ID.me account")
            s.send(line)
            XCTAssertEqual(s.waitForExit(), 0, line.debugDescription)
            XCTAssertEqual(s.pending.components(separatedBy: "Updating or closing").count, 1, "not answered: \(s.pending)")
            XCTAssertFalse(s.pending.contains("I don't have an answer"), s.pending)
        }
        // A KB without `exit_words` leaves only on the ":" commands.
        let kb = directory.appendingPathComponent("kb")
        try FileManager.default.copyItem(at: PackagePaths.root.appendingPathComponent("KnowledgeBase"), to: kb)
        let lexicon = kb.appendingPathComponent("lexicon.yaml")
        let original = try String(contentsOf: lexicon, encoding: .utf8)
        try original.replacingOccurrences(of: "  exit_words: [quit, exit]\n", with: "").write(to: lexicon, atomically: true, encoding: .utf8)
        let s = try session(["--kb", kb.path])
        ask(s, "exit", "I don't have an answer for that")
        ask(s, ":help", ":quit      leave (:q, :exit and Ctrl-D do too)")
        s.send(":exit")
        XCTAssertEqual(s.waitForExit(), 0)
    }
}
