import XCTest
@testable import HelpdeskCore

/// The phrasings analysed once give what `FollowUpResolver.bareIntent(_:)` gives, which analyses them for each line.
final class BareFollowUpPhrasingsTests: XCTestCase {
    static let lines = [
        "more", "tell me more", "what's the number?", "who do I call", "what if that doesn't work", "then what?", "next step",
        "what are the steps", "can the IRS help?", "does the irs handle this problem", "what", "the", "", "what's the weather",
        "lost my phone", "more more", "Number?", "step 2 again", "what now", "now what",
    ]

    func testTheSameIntentAsTheResolver() throws {
        let matcher = try ShippedMatcher.get()
        let phrasings = BareFollowUpPhrasings(matcher: matcher)
        let resolver = FollowUpResolver(matcher: matcher)
        for line in Self.lines {
            XCTAssertEqual(phrasings.intent(line), resolver.bareIntent(line), line)
        }
        XCTAssertEqual(phrasings.intent("next step"), .next, "a synonym of 'what next'")
        XCTAssertNil(phrasings.intent("can the IRS help?"), "whose matter it is names whom it asks about")
    }
}
