import XCTest
@testable import HelpdeskCore

/// Nine digits read out one by one after an SSN, ITIN or EIN label are redacted; without a label, or when they are
/// not exactly nine single digits, they are kept.
final class RedactorScannerSpokenNineDigitsTests: XCTestCase {
    private let redactor = Redactor()

    func testSpokenNineDigitsAfterTheirLabelAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("my ssn is 1 2 3 4 5 6 7 8 9 and im locked out", "my ssn is [SSN] and im locked out"),
            ("ssn: 1-2-3-4-5-6-7-8-9", "ssn: [SSN]"),
            ("my TIN is 1 2 3 4 5 6 7 8 9", "my TIN is [SSN]"),
            ("taxpayer id 1-2-3-4-5-6-7-8-9", "taxpayer id [SSN]"),
            ("SSN 1 2 3 4 5 6 7 8 9.", "SSN [SSN]."),
            ("ssn:1 2 3 4 5 6 7 8 9", "ssn:[SSN]"),
            ("SSN 1 2 3-4 5-6 7 8 9 forgot my password", "SSN [SSN] forgot my password"),
            ("my social security number is 1 2 3 4 5 6 7 8 9", "my social security number is [SSN]"),
            ("social 1 2 3 4 5 6 7 8 9", "social [SSN]"),
            ("social: 1-2-3-4-5-6-7-8-9", "social: [SSN]"),
            ("my social is 1 2 3 4 5 6 7 8 9", "my social is [SSN]"),
            ("social # 1 2 3 4 5 6 7 8 9", "social # [SSN]"),
            ("itin 9 1 2 7 8 1 2 3 4", "itin [ITIN]"),
            ("ITIN: 9 0 0 9 3 1 2 3 4", "ITIN: [SSN]"),
            ("EIN 1 2 3 4 5 6 7 8 9", "EIN [EIN]"),
            ("fein is 9-8-7-6-5-4-3-2-1", "fein is [EIN]"),
            ("employer id 1 2 3 4 5 6 7 8 9", "employer id [EIN]"),
            ("ssn 1 2 3 4 5 6 7 8 9, spouse ssn 2-3-4-5-6-7-8-9-0", "ssn [SSN], spouse ssn [SSN]"),
            // Groups the scanner already read.
            ("ssn is 123 45 6789", "ssn is [SSN]"),
            ("ssn 123 456 789", "ssn [SSN]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testUnlabeledOrOtherSpokenDigitsAreKept() {
        let kept = [
            // No label: nine single digits may be something else.
            "1 2 3 4 5 6 7 8 9",
            "steps 1 2 3 4 5 6 7 8 9 all done",
            "on social media 1 2 3 4 5 6 7 8 9",
            "1-2-3-4-5-6-7-8-9",
            // Not nine single digits.
            "ssn 1 2 3 4 5 6 7 8",
            "ssn 1 2 3 4 5 6 7 8 9 0",
            "ssn 0 1 2 3 4 5 6 7 8 9",
            "ssn 1  2  3  4  5  6  7  8  9",
            "ssn 1.2.3.4.5.6.7.8.9",
            "ssn 1 2 3 4 5 6 7 8 9a",
            "ssn 12 3 4 5 6 7 8 9",
            // Out of reach of the label.
            "my ssn was fine but the steps one two three were 1 2 3 4 5 6 7 8 9",
        ]
        assertKeeps(kept, with: redactor)
    }
}
