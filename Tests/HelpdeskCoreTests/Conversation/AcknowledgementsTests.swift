import XCTest
import Foundation
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

    /// What a line asks after the shortest acknowledgement it opens with, when something is left.
    func testWhatALineAsksAfterALeadingAcknowledgement() {
        let cases: [(line: String, rest: String?)] = [
            ("ok who do I call", "who do I call"), ("OK, and then?", "and then?"), ("got it. what's the number", "what's the number"),
            ("no - the code never came", "the code never came"), ("I'll try that, then what?", "then what?"),
            ("ok", nil), ("ok!!", nil), ("okay then", nil), ("who do I call", nil), ("oklahoma office", nil), ("", nil),
            ("try that ok", nil),
        ]
        for c in cases {
            XCTAssertEqual(Self.acknowledgements.afterLeadingAcknowledgement(c.line).map(String.init), c.rest, c.line.debugDescription)
        }
        XCTAssertNil(Acknowledgements().afterLeadingAcknowledgement("ok who do I call"))
    }

    func testNoneWithoutTheLexiconKey() {
        XCTAssertFalse(Acknowledgements().contains("ok"))
        XCTAssertFalse(Acknowledgements(lexicon: Lexicon()).contains("ok"))
    }

    /// The short key is the key whenever the key fits, ASCII or not, and nil when it does not: "ok" with a thousand
    /// words after it is turned down while its first words are read, without building its key.
    func testTheShortKeyIsTheKeyWhenItFits() {
        let lines = ["ok", "OK!!", "  Got   it. ", "o.k.", "I’ll try that.", "…ok…", "Ｏｋ", "fair enough", "ok\r\n", "12 34",
                     "?!", "", "ok ok ok ok ok ok ok ok ok", "café au lait", "ﬁne", "a-b-c-d-e-f-g-h", "Ok, got it!"]
        for line in lines {
            let key = Acknowledgements.key(line)
            for limit in [0, 2, 5, 8, 11, 16, 40] {
                XCTAssertEqual(Acknowledgements.shortKey(line, atMost: limit), key.utf8.count <= limit ? key : nil,
                               "\(line.debugDescription) within \(limit)")
            }
        }
        let long = "ok " + String(repeating: "and then some more words ", count: 1000)
        XCTAssertNil(Acknowledgements.shortKey(long, atMost: 16))
        let punctuated = "ok" + String(repeating: "…", count: 100)
        XCTAssertNil(Acknowledgements.shortKey(punctuated, atMost: 16), "more than nonASCIILimit bytes: not compared")
        XCTAssertEqual(Acknowledgements.shortKey("ok" + String(repeating: "!", count: 100), atMost: 16), "ok", "ASCII: exact")
        XCTAssertFalse(Self.acknowledgements.contains(long))
    }

    /// An ASCII text's key, read from its bytes, is what the compatibility form, lowercased and split into runs of
    /// letters and digits, makes of it.
    func testAnASCIIKeyIsTheFullFormsKey() {
        let lines = ["ok", "OK!!", "  Got   it. ", "o.k.", "ok\r\n", "12 34", "?!", "", "A-b_C d9", "\tYes\u{7F}no", "x"]
        for line in lines {
            let full = line.precomposedStringWithCompatibilityMapping.lowercased()
                .split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
            XCTAssertEqual(Acknowledgements.key(line), full, line.debugDescription)
        }
    }

    /// `unlisted(in:)` keeps the acknowledgements no entry lists, so its `contains(_:)` is `acknowledges(_:in:)`.
    func testUnlistedIsAcknowledgesForManyLines() throws {
        var kb = try ShippedMatcher.get().knowledgeBase
        var yes = try XCTUnwrap(kb.entries.first { $0.id == "thanks" })
        yes.id = "yes"
        yes.questions = ["Yes!", "yep", "that is correct"]
        kb.entries.append(yes)
        let shipped = Acknowledgements(lexicon: kb.lexicon)
        let unlisted = shipped.unlisted(in: kb)
        XCTAssertEqual(shipped.phrases.subtracting(unlisted.phrases), ["yes", "yep"])
        for line in ["ok", "YES", "yep.", "got it", "fair enough", "that is correct", "no code", "thanks", ""] {
            XCTAssertEqual(unlisted.contains(line), shipped.acknowledges(line, in: kb), line)
        }
        XCTAssertTrue(Acknowledgements().unlisted(in: kb).phrases.isEmpty)
    }
}
