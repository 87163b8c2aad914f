import XCTest
@testable import HelpdeskCore

final class PleasantriesTests: XCTestCase {
    private let words = TextPipeline(stages: [Normalizer(), Tokenizer()])
    private let pleasantries = Pleasantries(phrases: [["hello"], ["thanks"], ["good", "morning"]],
                                            smallTalkTerms: ["that", "worked", "so", "much", "did", "it", "great"])

    /// Question, terms left (nil: no other match is tried), words set aside.
    private static let cases: [(input: String, kept: [String]?, removed: [String])] = [
        ("hello i forgot my password", ["i", "forgot", "my", "password"], ["hello"]),
        ("reset my password thanks", ["reset", "my", "password"], ["thanks"]),
        ("good morning, locked out", ["locked", "out"], ["good", "morning"]),
        ("thanks that worked", ["that", "worked"], ["thanks"]),
        ("hello thanks", nil, []),             // nothing left
        ("thanks, bye", nil, []),              // one term left: too little
        ("reset my password", nil, []),        // no pleasantry
        ("good password reset", nil, []),      // "good" alone is no pleasantry
        ("morning hello reset", ["morning", "reset"], ["hello"]),  // "morning" alone is no pleasantry
        ("", nil, []),
    ]

    func testPleasantriesSetAside() {
        for c in Self.cases {
            let plain = pleasantries.removing(from: words.analyze(c.input))
            XCTAssertEqual(plain?.terms, c.kept, c.input)
            XCTAssertEqual(plain?.pleasantriesRemoved ?? [], c.removed, c.input)
        }
    }

    /// How many terms are no part of a pleasantry.
    private static let termsBeyond: [(input: String, expected: Int)] = [
        ("hello helpdesk", 1),
        ("hi helpdesk", 2),  // "hi" is no pleasantry of this fixture: every term counts
        ("good morning helpdesk team", 2),
        ("thanks", 0),
        ("reset my password", 3),
        ("", 0),
    ]

    func testTermsBeyondPleasantries() {
        for c in Self.termsBeyond {
            XCTAssertEqual(pleasantries.termsBeyond(words.analyze(c.input)), c.expected, c.input)
        }
    }

    /// Words after the pleasantries are set aside, and whether they make more than small talk (two unknown to it).
    private static let beyond: [(input: String, expected: Bool)] = [
        ("so much that did it", false),
        ("great worked", false),
        ("apply for an ein", true),
        ("that worked ein", false),  // one word beyond small talk is not enough
        ("monitor flickering", true),
    ]

    /// The one word left beside the pleasantries, when no small-talk question uses it.
    private static let soleWord: [(input: String, expected: [String]?)] = [
        ("thanks, locked", ["locked"]),
        ("thanks, worked", nil),  // a small-talk word
        ("thanks, locked out", nil),  // two words: removing(from:) decides
        ("thanks", nil),
        ("locked", nil),  // no pleasantry
    ]

    func testSoleWordBeyondSmallTalk() {
        for c in Self.soleWord {
            XCTAssertEqual(pleasantries.soleWordBeyond(words.analyze(c.input))?.terms, c.expected, c.input)
        }
    }

    func testGoesBeyondSmallTalkNeedsTwoWordsItNeverUses() {
        for c in Self.beyond {
            XCTAssertEqual(pleasantries.goesBeyondSmallTalk(words.analyze(c.input)), c.expected, c.input)
        }
    }

    /// The surface form counts as much as the term: "worked" is small talk even when its term is the stem "work".
    func testMatchesTheSurfaceOrTheTerm() {
        var analysis = Analysis("x")
        analysis.tokens = [Token(text: "work", surface: "worked", range: 0..<6), Token(text: "ein", range: 7..<10)]
        XCTAssertFalse(pleasantries.goesBeyondSmallTalk(analysis))
    }
}
