import XCTest
@testable import HelpdeskCore

/// Punctuation read out by voice-to-text becomes its mark, only where it cannot be the word itself.
final class SpokenPunctuationTests: XCTestCase {
    static let spoken = SpokenPunctuation([",": ["comma"], ".": ["period", "full stop"], "?": ["question mark"],
                                           "!": ["exclamation point"]],
                                          notAfter: ["a", "the", "waiting", "grace"])

    static let cases: [(input: String, expected: String, reason: String)] = [
        ("i forgot my password comma and my phone was stolen period", "i forgot my password, and my phone was stolen.",
         "a comma and a period"),
        ("how do i reset it question mark", "how do i reset it?", "a phrase of two words"),
        ("Forgot Password Period", "Forgot Password.", "any case"),
        ("new phone full stop no code", "new phone. no code", "mid-line"),
        ("locked out period\nnew phone period", "locked out.\nnew phone.", "each line"),
        ("it worked exclamation point  thanks", "it worked! thanks", "the words of a changed line joined by one space"),
        // The word itself.
        ("is there a waiting period after fixing id.me", "is there a waiting period after fixing id.me", "waiting period"),
        ("what is the grace period", "what is the grace period", "grace period"),
        ("my password has a comma in it", "my password has a comma in it", "after an article"),
        ("what does the question mark icon mean", "what does the question mark icon mean", "after 'the'"),
        ("period of time", "period of time", "at the start of a line"),
        ("Is there a waiting period? My password has a comma, I think",
         "Is there a waiting period? My password has a comma, I think", "text with written punctuation"),
        ("is there some period. thanks", "is there some period. thanks", "a written period that ends a word"),
        ("forgot password", "forgot password", "nothing spoken"),
    ]

    func testSpokenPunctuationBecomesItsMark() {
        for (input, expected, reason) in Self.cases {
            XCTAssertEqual(Self.spoken.punctuating(input), expected, reason)
        }
        XCTAssertEqual(SpokenPunctuation().punctuating("forgot password period"), "forgot password period", "no phrases")
        XCTAssertTrue(SpokenPunctuation().isEmpty)
    }

    /// A text holds a phrase's first word in any case of its letters, wherever it stands; a byte that starts no first
    /// word is passed over.
    func testHoldsFirstWord() {
        let cases: [(text: String, holds: Bool)] = [
            ("forgot password comma", true), ("COMMA", true), ("xperiodx", true), ("Question", true),
            ("full", true), ("forgot password", false), ("", false), ("comm", false), ("exclamation", true),
            ("Ещё comma", true), ("Ещё", false),
        ]
        for c in cases {
            XCTAssertEqual(Self.spoken.holdsFirstWord(c.text), c.holds, c.text)
        }
        XCTAssertFalse(SpokenPunctuation().holdsFirstWord("comma"), "no phrases")
    }

    func testWrittenPunctuation() {
        let cases: [(text: String, written: Bool)] = [
            ("id.me works", false), ("api.id.me/en", false), ("v2.3", false), ("done.", true), ("done. next", true),
            ("done.\nnext", true), ("a, b", true), ("why?", true), ("wow!", true), ("a; b", true), ("", false),
        ]
        for (text, written) in cases {
            XCTAssertEqual(SpokenPunctuation.hasWrittenPunctuation(text), written, text)
        }
    }

    func testTheShippedLexiconsPhrasesCutADictatedPaste() throws {
        let matcher = try ShippedMatcher.get()
        let found = matcher.matchProblems("i forgot my password comma and my phone was stolen period")
        XCTAssertEqual(found.all.compactMap { $0.chosen?.id }, ["reset-idme-password", "mfa-recovery"])
        XCTAssertEqual(found.primary.question, "i forgot my password comma and my phone was stolen period", "echoed as pasted")
        XCTAssertEqual(matcher.matchProblems("how do i reset it question mark").primary.chosen?.id, "reset-idme-password")
        let waiting = matcher.matchProblems("is there a waiting period after fixing id.me before i can use e-services")
        XCTAssertTrue(waiting.primary.analysis.normalizedText.contains("waiting period"), waiting.primary.analysis.normalizedText)
    }
}
