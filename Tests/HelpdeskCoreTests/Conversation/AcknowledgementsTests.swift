import XCTest
@testable import HelpdeskCore

/// A line is an acknowledgement only as a whole, compared after normalization (case and punctuation ignored).
final class AcknowledgementsTests: XCTestCase {
    static let acknowledgements = Acknowledgements(["ok", "Got it", "no", "o.k.", "I'll try that", "?!"])

    func testOnlyTheWholeLineCounts() {
        let cases: [(line: String, acknowledges: Bool)] = [
            ("ok", true), ("OK", true), ("ok.", true), ("Ok!!", true), ("  ok  ", true), ("…ok…", true),
            ("got it", true), ("Got it!", true), ("got   it", true), ("o.k.", true), ("O.K", true), ("no", true), ("No.", true),
            ("i'll try that", true), ("I’ll try that.", true), ("Ｏｋ", true),
            // More words make it a question, or at least no bare acknowledgement.
            ("no code", false), ("yes but the code never came", false), ("ok ok", false), ("ok thanks", false),
            ("got it?? no code", false), ("not ok", false), ("okay", false), ("k", false),
            // Nothing to compare: punctuation alone is no acknowledgement, even though "?!" was listed.
            ("", false), ("?!", false), ("...", false),
        ]
        for c in cases {
            XCTAssertEqual(Self.acknowledgements.contains(c.line), c.acknowledges, c.line.debugDescription)
        }
    }

    func testNoneWithoutTheLexiconKey() {
        XCTAssertFalse(Acknowledgements().contains("ok"))
        XCTAssertFalse(Acknowledgements(lexicon: Lexicon()).contains("ok"))
    }
}
