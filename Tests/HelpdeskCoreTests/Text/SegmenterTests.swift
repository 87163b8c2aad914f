import XCTest
@testable import HelpdeskCore

final class SegmenterTests: XCTestCase {
    /// Text, and the pieces it splits into.
    private static let cases: [(text: String, pieces: [String])] = [
        // Sentences
        ("I forgot my password.", ["I forgot my password"]),
        ("I forgot my password. My phone is new.", ["I forgot my password", "My phone is new"]),
        ("Help! Where is the code? Thanks", ["Help", "Where is the code", "Thanks"]),
        ("first part; second part", ["first part", "second part"]),
        ("line one\nline two\r\nline three", ["line one", "line two", "line three"]),
        // Dots that do not end a sentence
        ("I use ID.me. It fails.", ["I use ID.me", "It fails"]),
        ("Go to ID.me.", ["Go to ID.me"]),
        ("api.id.me/en/session/new is the page", ["api.id.me/en/session/new is the page"]),
        ("Use a code, e.g. the one from the app", ["Use a code, e.g. the one from the app"]),
        ("U.S. taxpayers need it", ["U.S. taxpayers need it"]),
        ("version 2.5 is out", ["version 2.5 is out"]),
        ("Plan A. Then more", ["Plan A. Then more"]),
        // Clauses on and / also / plus, only when both sides have three words or more
        ("I forgot my password and my phone is new", ["I forgot my password", "my phone is new"]),
        ("I lost my phone also the email bounced back", ["I lost my phone", "the email bounced back"]),
        ("I need a reset plus my code is gone", ["I need a reset", "my code is gone"]),
        ("I forgot my password AND my phone is new", ["I forgot my password", "my phone is new"]),
        ("reset and unlock my account", ["reset and unlock my account"]),
        ("I forgot my password and help", ["I forgot my password and help"]),
        ("I forgot my password and my phone", ["I forgot my password and my phone"]),
        ("my code fails and my email bounced and the page hangs", ["my code fails", "my email bounced", "the page hangs"]),
        ("my code fails and my email bounced and it hangs", ["my code fails", "my email bounced and it hangs"]),
        ("I forgot my password but my phone is new", ["I forgot my password but my phone is new"]),
        ("sandy and andy are here", ["sandy and andy are here"]),
        // Nothing to match
        ("", []),
        ("???", []),
        ("... !!! ;;", []),
        ("   hello   ", ["hello"]),
    ]

    func testPieces() {
        for c in Self.cases {
            XCTAssertEqual(Segmenter().segments(of: c.text), c.pieces, c.text)
        }
    }

    func testClauseMinimumIsAdjustable() {
        var segmenter = Segmenter()
        segmenter.minimumClauseWords = 1
        XCTAssertEqual(segmenter.segments(of: "reset and unlock"), ["reset", "unlock"])
        segmenter.minimumClauseWords = 5
        XCTAssertEqual(segmenter.segments(of: "I forgot my password and my phone is new"), ["I forgot my password and my phone is new"])
    }
}
