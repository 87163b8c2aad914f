import XCTest
@testable import HelpdeskCore

/// Quoted earlier messages and signatures are left out of pasted email; anything else is kept as it is.
final class ReplyTrimmerTests: XCTestCase {
    static let cases: [(input: String, expected: String, reason: String)] = [
        ("forgot my password", "forgot my password", "one line"),
        ("forgot my password\nand lost my phone", "forgot my password\nand lost my phone", "nothing quoted"),
        ("Still no reset email.\n\n> On Tue, Support wrote:\n> Please request a reset.", "Still no reset email.\n", "quoted lines"),
        ("Still no email.\n  > indented quote\nThanks", "Still no email.\nThanks", "an indented quote"),
        ("Need TDS access.\n\nBest,\nRon\n--\nRon Ortiz, EA\nOrtiz Tax", "Need TDS access.\n\nBest,\nRon", "a signature"),
        ("Need TDS access.\n-- \nRon", "Need TDS access.", "the delimiter with its trailing space"),
        ("> only a quote", "> only a quote", "nothing would be left"),
        ("> quoted\n--\nsig", "> quoted\n--\nsig", "only a quote and a signature"),
        ("the range is 1 -- 5\nok", "the range is 1 -- 5\nok", "two dashes inside a line"),
        ("a > b\nreally", "a > b\nreally", "a '>' inside a line"),
    ]

    func testQuotesAndSignaturesAreLeftOut() {
        for (input, expected, reason) in Self.cases {
            XCTAssertEqual(ReplyTrimmer.trim(input), expected, reason)
        }
    }
}
