import XCTest
@testable import HelpdeskCore

/// A number that a pasted email wraps after one of its dashes is read as one number, as it is on one line; a line
/// break without a dash, or between numbers of no such shape, keeps what it splits.
final class RedactorScannerTextTests: XCTestCase {
    private let redactor = Redactor()

    func testNumbersWrappedAfterADashAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("SSN is 123-45-\n6789", "SSN is [SSN]"),
            ("SSN is 123-\n45-6789 thanks", "SSN is [SSN] thanks"),
            ("SSN is 123-45-\r\n  6789 ok", "SSN is [SSN] ok"),
            ("phone 555-201-\n4477", "phone [PHONE]"),
            ("call 866-255-\n0654 tomorrow", "call [PHONE] tomorrow"),
            ("EIN 12-\n3456789 locked", "EIN [EIN] locked"),
            ("ssn 123-456-\n789", "ssn [SSN]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testLineBreaksWithoutANumberShapeAreKept() {
        let kept = [
            "step 1-\n2 then 3",
            "page 12-\n34",
            "ref 123-456-\n789",
            "Form 8821-\nsigned",
            "steps 1 2 3",
        ]
        assertKeeps(kept, with: redactor)
    }
}
