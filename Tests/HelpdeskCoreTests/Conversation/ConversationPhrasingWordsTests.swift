import XCTest
@testable import HelpdeskCore

/// A line is read as a possible bare follow-up only when it, or its first line or sentence, is made of phrasing words.
final class ConversationPhrasingWordsTests: XCTestCase {
    func testAllWordsReadsEveryWordCaseFolded() {
        let words: Set<String> = ["what", "number", "do", "i", "call", "the", "s"]
        let table: [(text: String, expected: Bool)] = [
            ("what number do I call", true),
            ("WHAT NUMBER?", true),
            ("What's the number", true),  // "what" and "s"
            ("what number do I call for that", false),  // "for" and "that" are not in the set
            ("", true),
            ("  ?! ", true),
            ("call the IRS", false),
            ("what number, caf\u{E9}", false),  // not ASCII: read word by word as `StepReference` reads them
        ]
        for row in table {
            XCTAssertEqual(Conversation.allWords(of: row.text, in: words), row.expected, row.text)
        }
    }

    func testFirstOfSeveralCutsOnlyAtALineBreakOrAQuestionBeforeMore() throws {
        let splitter = try XCTUnwrap(ProblemSplitterTests.shipped, "the shipped KB must load")
        let table: [(text: String, expected: String?)] = [
            ("what's the number?\nand the hours?", "what's the number?"),
            ("what's the number? and the hours?", "what's the number?"),
            ("what's the number?", nil),  // one piece
            ("what's the number?and the hours", nil),  // no space after the question mark
            ("what's the number. and the hours", nil),  // a full stop is no cue here
        ]
        for row in table {
            XCTAssertEqual(Conversation.firstOfSeveral(row.text, splitter: splitter), row.expected, row.text)
        }
    }
}
