import XCTest
@testable import HelpdeskCore

/// A reply to a clarify list picks by number, ordinal, id or title words, or says none; anything else is a new question.
final class ClarifyChoiceTests: XCTestCase {
    static let candidates = [
        Candidate(entryIndex: 0, id: "locked-account", title: "ID.me account locked", confidence: 0.9),
        Candidate(entryIndex: 1, id: "no-access-to-email", title: "Can't get into the email on your ID.me account", confidence: 0.85),
        Candidate(entryIndex: 2, id: "reset-email-not-received", title: "Password reset email didn't arrive", confidence: 0.8),
    ]

    /// Reply text and the expected pick: an index into `candidates`, -1 for none, -2 for a number outside the list,
    /// nil for a new question.
    static let cases: [(text: String, pick: Int?)] = [
        ("1", 0), ("2", 1), ("3", 2), (" 2 ", 1), ("2.", 1), ("#2", 1), ("option 3", 2), ("number 1 please", 0),
        ("the second one", 1), ("third", 2), ("1st", 0), ("one", 0),
        ("none", -1), ("None of these", -1), ("neither", -1), ("no", -1), ("0", -1), ("something else", -1),
        ("no-access-to-email", 1),
        ("locked", 0), ("the locked one", 0), ("the one where the reset email didn't arrive", 2), ("password reset", 2),
        // Out of range: the list stays open.
        ("4", -2), ("option 5", -2), ("fourth", -2), ("the fourth one", -2), ("-1", -2), ("option -2", -2),
        // Shared title words, or a new question: not a pick.
        ("email", nil), ("how do I create an id.me account", nil), ("what is id.me", nil), ("", nil),
    ]

    /// The shipped lexicon's none replies and choice fillers.
    static func shippedWords() throws -> ChoiceWords {
        ChoiceWords(lexicon: try ShippedMatcher.get().knowledgeBase.lexicon)
    }

    func testReadsPicks() throws {
        let pipeline = try ShippedMatcher.get().pipeline
        let words = try Self.shippedWords()
        for (text, pick) in Self.cases {
            let choice = ClarifyChoice.read(text, from: Self.candidates, pipeline: pipeline, words: words)
            if let pick, pick >= 0 {
                XCTAssertEqual(choice, .candidate(Self.candidates[pick]), text)
            } else if pick == -1 {
                XCTAssertEqual(choice, ClarifyChoice.none, text)
            } else if pick == -2 {
                guard case .outOfRange? = choice else { return XCTFail("\(text): \(String(describing: choice))") }
            } else {
                XCTAssertNil(choice, text)
            }
        }
    }
}

extension ClarifyChoiceTests {
    /// A number named on its own, as "the second one" is; nil when the line says more.
    func testReadsANumberOnItsOwn() throws {
        let words = try Self.shippedWords()
        let table: [(text: String, number: Int?)] = [
            ("2", 2), ("#2", 2), ("2.", 2), ("option 3", 3), ("the second one", 2), ("second", 2), ("1st", 1),
            ("-1", -1), ("#-2", -2), ("999999", 999_999),
            // Too long for any list: -9223372036854775808 overflowed when it was checked against one.
            ("1000000", nil), ("-9223372036854775808", nil), ("9223372036854775807", nil),
            ("step 2", nil), ("the second account", nil), ("what is id.me", nil), ("", nil), ("?", nil),
        ]
        for (text, number) in table { XCTAssertEqual(ClarifyChoice.number(in: text, words: words), number, text) }
    }

    /// Only the none words that cannot mean anything else are told, with no list open, that there is nothing to pick.
    func testKnowsTheNoneWordsThatOnlyAnswerAList() throws {
        let words = try Self.shippedWords()
        let table: [(text: String, onlyAList: Bool)] = [
            ("none", true), ("None.", true), (" none of these ", true), ("neither of them", true),
            ("no", false), ("nope", false), ("other", false), ("0", false), ("none of my codes work", false), ("", false),
        ]
        for (text, onlyAList) in table { XCTAssertEqual(ClarifyChoice.answersOnlyAList(text, words: words), onlyAList, text) }
        XCTAssertTrue(words.listOnlyNone.isSubset(of: words.none))
    }
}
