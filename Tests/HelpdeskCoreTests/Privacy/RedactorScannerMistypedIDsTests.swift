import XCTest
@testable import HelpdeskCore

/// A tax id with a digit too few or too many is redacted right after its label; other numbers of those lengths are kept.
final class RedactorScannerMistypedIDsTests: XCTestCase {
    func testSevenToElevenDigitsAfterATaxIDLabelAreRedacted() {
        assertRedacts([
            ("my ssn is 123-45-678 and idme wont verify", "my ssn is [SSN] and idme wont verify"),
            ("SSN: 12345678", "SSN: [SSN]"),
            ("her social security number is 123 45 67890", "her social security number is [SSN]"),
            ("itin # 912-78-123", "itin # [ITIN]"),
            ("ein 12-345678 on the form", "ein [EIN] on the form"),
            ("FEIN: 12 34567890", "FEIN: [EIN]"),
            ("EIN 12 345678", "EIN [EIN]"),
            ("ptin 1234567 help", "ptin [PTIN] help"),
        ])
    }

    func testOtherNumbersAreKept() {
        assertKeeps([
            "ssn 2024 return", "ssn verification failed 3 times", "ein verification 12 times",
            "my ssn was flagged on 01/02/2025", "ssn and ticket 1234567 closed", "ticket 123-45-678 for the ssn",
            "ssn 123456789012 too long", "ssn12345678",
        ])
    }
}
