import XCTest
@testable import HelpdeskCore

/// Nine digits an SSN label names are an SSN even when their digits are an ITIN's; without that label, or after an
/// ITIN label, the digits decide.
final class RedactorScannerNamedKindsTests: XCTestCase {
    private let redactor = Redactor()

    func testTheLabelWinsOverTheDigits() {
        let cases: [(input: String, expected: String)] = [
            ("my ssn is 987-65-4321", "my ssn is [SSN]"),
            ("SSN 987654321", "SSN [SSN]"),
            ("social 912 78 1234", "social [SSN]"),
            ("her social security number is 912/78/1234", "her social security number is [SSN]"),
            ("my ssn is 9 8 7 6 5 4 3 2 1", "my ssn is [SSN]"),
            ("987-65-4321", "[ITIN]"),
            ("my itin is 987-65-4321", "my itin is [ITIN]"),
            ("ssn or itin 987-65-4321", "ssn or itin [ITIN]"),
            ("my ssn is 123-45-6789", "my ssn is [SSN]"),
        ]
        assertRedacts(cases, with: redactor)
    }
}
