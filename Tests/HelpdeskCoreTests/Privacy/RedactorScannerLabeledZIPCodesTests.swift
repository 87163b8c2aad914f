import XCTest
@testable import HelpdeskCore

/// A ZIP code right after its label is redacted as part of an address; "zip file" and ZIP codes without it are kept.
final class RedactorScannerLabeledZIPCodesTests: XCTestCase {
    func testZIPCodesAfterTheirLabelAreRedacted() {
        assertRedacts([
            ("my zip is 90210 and verification fails", "my zip is [ADDRESS] and verification fails"),
            ("zip code 90210-1234 wrong", "zip code [ADDRESS] wrong"),
            ("postal code: 90210 fails", "postal code: [ADDRESS] fails"),
            ("ZIPCODE 90210", "ZIPCODE [ADDRESS]"),
            ("zip 90210 94105", "zip [ADDRESS] 94105"),
            ("postcode 90210", "postcode [ADDRESS]"),
            ("ssn and zip 90210-1234", "ssn and zip [ADDRESS]"),
        ])
    }

    func testOtherNumbersAreKept() {
        assertKeeps(["zip file wont open", "my zip code changed", "zips 90210 94105", "90210 is warm", "zip 2 files"])
    }

    /// A Canadian or UK postcode after a ZIP label: "postal code K1A 0B1" was kept.
    func testCanadianAndUKPostcodesAfterTheirLabelAreRedacted() {
        assertRedacts([
            ("postal code K1A 0B1", "postal code [ADDRESS]"),
            ("my postal code is K1A0B1 thanks", "my postal code is [ADDRESS] thanks"),
            ("postcode: NW1 6XE", "postcode: [ADDRESS]"),
            ("zip code SW1A 1AA", "zip code [ADDRESS]"),
        ])
        assertKeeps(["K1A 0B1 is fine", "form W2 1AB", "postal code K1A", "zip X1Y 2Z3Q"])
    }
}

