import Foundation
import XCTest

/// Small talk ("thanks", "hello") is answered without the footer of related topics, review date and source in text
/// for a person: the session, `ask`, batch text and Markdown. JSON and CSV keep every field and the answer in full,
/// and `show` shows the entry in full.
final class SmallTalkFooterTests: REPLTestCase {
    private static let footer = ["Related: goodbye", "Last reviewed", "Source: helpdesk original content"]

    func testTextForPeopleLeavesOutSmallTalksFooter() throws {
        let cases: [(arguments: [String], stdin: String?, footer: Bool)] = [
            (["ask", "thanks"], nil, false),
            (["batch", "-"], "thanks\n", false),
            (["batch", "--format", "markdown", "-"], "thanks\n", false),
            (["ask", "--json", "thanks"], nil, true),
            (["batch", "--format", "jsonl", "-"], "thanks\n", true),
            (["batch", "--format", "csv", "-"], "thanks\n", true),
            (["show", "thanks"], nil, true),
        ]
        for c in cases {
            let result = try run(c.arguments, stdin: c.stdin)
            XCTAssertEqual(result.status, 0, "\(c.arguments): \(result.stderr)")
            XCTAssertTrue(result.stdout.contains("You're welcome. If anything else comes up, just ask."), "\(c.arguments): \(result.stdout)")
            for line in Self.footer {
                XCTAssertEqual(result.stdout.contains(line), c.footer, "\(c.arguments): \(line) in \(result.stdout)")
            }
        }
        let json = try XCTUnwrap(jsonLines(try run(["ask", "--json", "thanks"]).stdout).first)
        XCTAssertNotNil(json["last_reviewed"] as? String, "the JSON fields stay")
        // A topic keeps its footer in text.
        XCTAssertTrue(try run(["ask", "forgot my id.me password"]).stdout.contains("\nLast reviewed "))
    }

    func testTheSessionLeavesOutSmallTalksFooter() throws {
        let s = try session()
        ask(s, "hello", "Hi! I help with signing in")
        ask(s, "thanks", "You're welcome. If anything else comes up, just ask.")
        ask(s, ":show thanks", "You're welcome", "Related: goodbye")
        quit(s)
        let replies = s.screen.components(separatedBy: ":show thanks").first ?? ""
        for line in Self.footer + ["Related: capabilities"] { XCTAssertFalse(replies.contains(line), "\(line) in \(replies)") }
    }
}
