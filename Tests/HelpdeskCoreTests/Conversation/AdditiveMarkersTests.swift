import XCTest
@testable import HelpdeskCore

/// `AdditiveMarkers` finds the words that say a piece raises a further problem, anywhere ("also") or at its end ("too").
final class AdditiveMarkersTests: XCTestCase {
    static let markers = AdditiveMarkers(words: ["also", "on top of that"], endings: ["too", "as well"])

    /// Each text, whether it is marked, and the text without its markers (nil: none, or nothing else left).
    static let cases: [(text: String, marked: Bool, stripped: String?)] = [
        ("I also lost my phone", true, "I lost my phone"),
        ("also got a new phone", true, "got a new phone"),
        ("my phone is gone too", true, "my phone is gone"),
        ("my phone is gone too.", true, "my phone is gone."),
        ("new phone as well", true, "new phone"),
        ("on top of that the email never came", true, "the email never came"),
        // "too" only counts at the end: "too many attempts" adds nothing.
        ("locked after too many attempts", false, nil),
        ("forgot my password", false, nil),
        // Nothing else left: nil.
        ("also", true, nil),
        // Words are compared lowered, with an inner or final `'` a part of them; beyond ASCII the text is analysed.
        ("I ALSO lost my phone", true, "I lost my phone"),
        ("Also: can't sign in", true, ": can't sign in"),
        ("my phone is gone TOO", true, "my phone is gone"),
        ("the also's list", false, nil),
        ("alsoo lost my phone", false, nil),
        ("José also lost his phone", true, "José lost his phone"),
    ]

    func testMarksAndStripsAdditiveWords() {
        for c in Self.cases {
            XCTAssertEqual(Self.markers.mark(c.text), c.marked, c.text)
            XCTAssertEqual(Self.markers.stripped(c.text), c.stripped, c.text)
        }
    }

    /// Only an ending at the end counts; the quick test on the last word never says no to a text that ends in one.
    func testEndsAdditively() {
        let cases: [(text: String, ends: Bool)] = [
            ("my phone is gone too", true), ("new phone too.", true), ("new phone as well", true), ("too many attempts", false),
            ("it works well", false), ("forgot my password", false),
        ]
        for c in cases {
            XCTAssertEqual(Self.markers.endsAdditively(c.text), c.ends, c.text)
            if c.ends { XCTAssertTrue(Self.markers.mayEndAdditively(c.text), c.text) }
        }
        XCTAssertFalse(Self.markers.mayEndAdditively("forgot my password"))
        XCTAssertFalse(Self.markers.mayEndAdditively("too's"))
        XCTAssertFalse(Self.markers.mayEndAdditively(""))
        XCTAssertTrue(Self.markers.mayEndAdditively("new phone TOO!"))
        XCTAssertTrue(Self.markers.mayEndAdditively("café"), "beyond ASCII: maybe")
    }

    func testWithoutMarkersNothingIsMarked() {
        XCTAssertFalse(AdditiveMarkers().mark("I also lost my phone too"))
        XCTAssertNil(AdditiveMarkers().stripped("I also lost my phone too"))
    }
}
