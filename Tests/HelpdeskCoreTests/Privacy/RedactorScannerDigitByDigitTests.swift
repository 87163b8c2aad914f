import XCTest
@testable import HelpdeskCore

/// Nine digits read out digit by digit are redacted without a label, as typed whole; counts, lists and ids are kept.
final class RedactorScannerDigitByDigitTests: XCTestCase {
    private let redactor = Redactor()

    func testNineDigitsReadOutAreRedactedAsTyped() {
        let cases: [(input: String, expected: String)] = [
            ("my number is 5 1 8 2 2 7 3 9 4", "my number is [SSN]"),
            ("my number is 5  1  8  2  2  7  3  9  4", "my number is [SSN]"),
            ("my number is five one eight two two seven three nine four", "my number is [SSN]"),
            ("her number is 5 1 8 2 2 7 3 9 4", "her number is [SSN]"),
            ("the number she gave is 5 1 8 2 2 7 3 9 4", "the number she gave is [SSN]"),
            ("identification number 5 1 8 2 2 7 3 9 4", "identification number [SSN]"),
            ("identification number five one eight two two seven three nine four", "identification number [SSN]"),
            ("caller read out 5 1 8 2 2 7 3 9 4 for verification", "caller read out [SSN] for verification"),
            ("caller read out 5-1-8-2-2-7-3-9-4", "caller read out [SSN]"),
            ("she said five one eight twenty-two seven three nine four", "she said [SSN]"),
            ("caller read out 9 1 2 7 8 1 2 3 4", "caller read out [ITIN]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testCountsListsAndIdsAreKept() {
        let kept = [
            // Counting up or down, digits or words.
            "1 2 3 4 5 6 7 8 9",
            "steps 1 2 3 4 5 6 7 8 9 all done",
            "one two three four five six seven eight nine",
            "9 8 7 6 5 4 3 2 1",
            // A list split by commas, or a few pieces.
            "options 5, 1, 8, 2, 2, 7, 3, 9, 4",
            "forms 1040 2024 5",
            // An id's label before it.
            "case number 5 1 8 2 2 7 3 9 4",
            "ticket 5 1 8 2 2 7 3 9 4",
            "account 5 1 8 2 2 7 3 9 4",
            "error code 5 1 8 2 2 7 3 9 4",
            // Everyday counting words.
            "one two three times",
            "five or six minutes",
            "two or three accounts",
            "option 1 2 or 3",
            "step one two three",
        ]
        assertKeeps(kept, with: redactor)
    }
}
