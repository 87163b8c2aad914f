import XCTest
@testable import HelpdeskCore

/// A redactor given public phone numbers keeps them however they are written; every other number, and the same number
/// with more digits, is redacted as before; a redactor given none redacts them all.
final class RedactorPublicPhoneNumbersTests: XCTestCase {
    private let redactor = Redactor(publicPhoneNumbers: ["866-255-0654"])

    func testPublicNumbersAreKeptHoweverWritten() {
        assertKeeps([
            "should I call 866-255-0654?",
            "call (866) 255-0654 or 866.255.0654",
            "is 1-866-255-0654 the e-help desk",
            "+1 866 255 0654",
            "8662550654 number",
            "８６６-２５５-０６５４",
            "call me at 866-255-0654",
        ], with: redactor)
    }

    func testOtherNumbersAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("my cell is 866-255-0655", "my cell is [PHONE]"),
            ("call me at 555-201-4477, not 866-255-0654", "call me at [PHONE], not 866-255-0654"),
            ("866-255-0654 ext 12", "[PHONE]"),
            ("SSN 866-25-5065", "SSN [SSN]"),
        ]
        assertRedacts(cases, with: redactor)
        XCTAssertEqual(Redactor().redact("should I call 866-255-0654?"), "should I call [PHONE]?")
    }

    func testMatchingKeepsAPublicNumber() {
        let labels = DataLabels(lexicon: Lexicon())
        XCTAssertEqual(redactor.removingPersonalData(from: "call 866-255-0654", labels: labels), "call 866-255-0654")
        XCTAssertEqual(Redactor().removingPersonalData(from: "call 866-255-0654", labels: labels), "call  ")
    }
}
