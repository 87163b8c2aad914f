import XCTest
@testable import HelpdeskCore

final class BackgroundMarkersTests: XCTestCase {
    private let markers = BackgroundMarkers(["already", "it's not", "works fine"])

    /// Piece of pasted text, and whether it is marked as background.
    private static let cases: [(text: String, marked: Bool)] = [
        ("I already reset my password", true),
        ("It's not the password", true),
        ("it not the password", true),          // as the normalizer writes "it's not"
        ("My email WORKS FINE", true),
        ("my email works well, fine", false),   // the words must stand together
        ("it wants a code from an app I deleted", false),
        ("works", false),
        ("", false),
    ]

    func testMarkedPieces() {
        for c in Self.cases {
            XCTAssertEqual(markers.mark(c.text), c.marked, c.text)
        }
        XCTAssertFalse(BackgroundMarkers().mark("I already reset my password"), "no markers, nothing marked")
    }

    /// A marker right after a question word is asked about, not told.
    private static let questions: [(text: String, marked: Bool)] = [
        ("I reset my password", true),
        ("how do I reset my password?", false),
        ("forgot my password, how do I reset it?", false),
        ("Should I reset it", false),
        ("How do I reset it? I reset it yesterday", true),  // the second one is told
        ("do I already have an account", true),  // only the word right before the marker counts
    ]

    /// A marker right after a negation did not happen: it is the problem.
    func testAMarkerAfterANegationIsNoBackground() {
        let markers = BackgroundMarkers(["got the reset email", "already"], negations: ["never", "not"])
        let cases: [(text: String, marked: Bool)] = [
            ("I got the reset email", true),
            ("Also I never got the reset email", false),
            ("still have not got the reset email", false),
            ("never mind, I already reset it", true),  // only the word right before the marker counts
        ]
        for c in cases {
            XCTAssertEqual(markers.mark(c.text), c.marked, c.text)
        }
    }

    /// A piece of a marker, pointing words and fillers alone says a step before it worked; one that names
    /// anything of its own ("the password") does not point back.
    func testPointingBack() {
        let markers = BackgroundMarkers(["part worked", "it worked", "it's not", "already"], negations: ["never"],
                                        pointingWords: ["it", "that"], fillers: ["and", "the"])
        let cases: [(text: String, pointsBack: Bool)] = [
            ("and that part worked", true),
            ("it worked.", true),
            ("already did that", false),            // "did" is no filler here
            ("It's not the password", false),       // names the password
            ("that part worked fine", false),
            ("part worked", false),                 // no pointing word
            ("and that never part worked", false),  // negated: no marker
            ("that", false),
            ("", false),
        ]
        for c in cases {
            XCTAssertEqual(markers.pointsBack(c.text), c.pointsBack, c.text)
        }
        XCTAssertFalse(BackgroundMarkers().pointsBack("it worked"), "no markers, nothing points back")
    }

    /// A marker before a contrast that two words or more follow is no background; the part after the contrast is the
    /// problem.
    func testContrasts() {
        let markers = BackgroundMarkers(["email came", "already"], contrasts: ["but", "however"])
        let cases: [(text: String, marked: Bool, after: String?)] = [
            ("my reset email came but the link is expired", false, "the link is expired"),
            ("I already reset it, however ID.me says locked", false, "ID.me says locked"),
            ("the email came but", true, nil),                    // nothing after the contrast
            ("the email came but late", true, nil),               // one word after it
            ("the link expired but the email came fine", true, nil),  // the marker is after the contrast
            ("no marker but the link is expired", false, nil),
        ]
        for c in cases {
            XCTAssertEqual(markers.mark(c.text), c.marked, c.text)
            XCTAssertEqual(markers.problemAfterContrast(c.text), c.after, c.text)
        }
    }

    func testAMarkerAfterAQuestionWordIsNoBackground() {
        let markers = BackgroundMarkers(["already", "i reset"], questionWords: ["do", "should"])
        for c in Self.questions {
            XCTAssertEqual(markers.mark(c.text), c.marked, c.text)
        }
    }
}
