import XCTest
@testable import HelpdeskCore

/// The answers batch mode writes: for people (text, Markdown) small talk leaves out its footer; as data (JSON Lines,
/// CSV) every entry is in full.
final class AnswerCacheTests: XCTestCase {
    func testSmallTalkHasItsFooterOnlyAsData() throws {
        let kb = try ShippedMatcher.get().knowledgeBase
        let thanks = try XCTUnwrap(kb.index(of: "thanks")), topic = try XCTUnwrap(kb.index(of: "mfa-recovery"))
        let cases: [(forPeople: Bool, smallTalkFooter: Bool)] = [(false, true), (true, false)]
        for c in cases {
            let texts = AnswerCache(knowledgeBase: kb, forPeople: c.forPeople).texts
            XCTAssertEqual(texts[thanks].contains("Last reviewed"), c.smallTalkFooter, "forPeople \(c.forPeople): \(texts[thanks])")
            XCTAssertEqual(texts[thanks].contains("Related: goodbye"), c.smallTalkFooter, "forPeople \(c.forPeople)")
            // For people, small talk is its reply alone, without its title.
            XCTAssertEqual(texts[thanks].hasPrefix("You're welcome\n"), !c.forPeople, texts[thanks])
            XCTAssertTrue(texts[topic].contains("\nLast reviewed "), "a topic keeps its footer: forPeople \(c.forPeople)")
        }
        XCTAssertEqual(AnswerCache(knowledgeBase: kb).texts, AnswerCache(knowledgeBase: kb, forPeople: false).texts)
    }
}
