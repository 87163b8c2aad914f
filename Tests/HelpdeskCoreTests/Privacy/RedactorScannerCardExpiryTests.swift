import XCTest
@testable import HelpdeskCore

/// A card's expiry date after its label is redacted with the card; the same date without the label is kept.
final class RedactorScannerCardExpiryTests: XCTestCase {
    func testExpiryDatesAfterTheirLabelAreRedacted() {
        assertRedacts([
            ("card exp 04/27 for the idme check", "card exp [CARD] for the idme check"),
            ("expires 4/2027 card", "expires [CARD] card"),
            ("expiration: 04-27", "expiration: [CARD]"),
            ("valid thru 12/29", "valid thru [CARD]"),
            ("exp. 11/28, cvv 123", "exp. [CARD], cvv [CODE]"),
        ])
    }

    func testOtherDatesAreKept() {
        assertKeeps([
            "04/27 deadline", "expires in 30 days", "exp 3 days left", "password expires 04/15/2026", "exp 13/27",
            "expiry 4/1",
        ])
    }
}
