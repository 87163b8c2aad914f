import XCTest
@testable import HelpdeskCore

/// The words that point back at what was just said come from the lexicon's `pointing_words`.
final class ContextPolicyTests: XCTestCase {
    /// The shipped lexicon holds the list that was a Swift literal (`ContextPolicy.contextWords`) before it moved there.
    func testTheShippedListIsTheOneThatWasBuiltIn() throws {
        let policy = ContextPolicy(lexicon: try ShippedMatcher.get().knowledgeBase.lexicon)
        XCTAssertEqual(policy.pointingWords, ["it", "its", "that", "this", "they", "them", "their", "there", "those", "these",
                                              "again", "more", "else", "too", "also", "then", "instead", "same", "step", "steps"])
    }

    func testALinePointsBackWithAWordOfTheList() throws {
        let shipped = ContextPolicy(lexicon: try ShippedMatcher.get().knowledgeBase.lexicon)
        let custom = ContextPolicy(pointingWords: ["Ditto", "aforesaid"])
        let cases: [(line: String, shipped: Bool, custom: Bool)] = [
            ("how long do I have to finish it?", true, false),
            ("those steps again", true, false),
            ("It's the same?", true, false),
            ("ditto for the aforesaid phone", false, true),
            ("DITTO!", false, true),
            ("how long do I have", false, false),
            ("", false, false),
        ]
        for c in cases {
            XCTAssertEqual(shipped.pointsBack(c.line), c.shipped, "shipped: \(c.line)")
            XCTAssertEqual(custom.pointsBack(c.line), c.custom, "custom: \(c.line)")
            XCTAssertFalse(ContextPolicy().pointsBack(c.line), "no pointing words: \(c.line)")
        }
    }
}
