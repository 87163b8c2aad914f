import XCTest
@testable import HelpdeskCore

/// A label one edit from an SSN label or a phone word makes a number read out an SSN or a phone number, as the label
/// does; words of their own one edit away label nothing.
final class RedactorScannerMisspelledNumberLabelsTests: XCTestCase {
    private let redactor = Redactor()

    func testMisspeltLabelsBeforeNumbersReadOutCount() {
        let cases: [(input: String, expected: String)] = [
            ("my sn is one two three four five six seven eight nine", "my sn is [SSN]"),
            ("my sn is 1 2 3 4 5 6 7 8 9", "my sn is [SSN]"),
            ("SNN: 1 2 3 4 5 6 7 8 9", "SNN: [SSN]"),
            ("phoen number five five five one two three four five six seven", "phoen number [PHONE]"),
            ("phoen five five five one two three four five six seven", "phoen [PHONE]"),
            ("my phne is 5 5 5 1 2 3 4 5 6 7", "my phne is [PHONE]"),
            ("her moblie is 5 5 5 1 2 3 4 5 6 7 thanks", "her moblie is [PHONE] thanks"),
            ("nubmer 5 5 5 1 2 3 4 5 6 7", "nubmer [PHONE]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testWordsNearALabelAndCountsAreKept() {
        let kept = [
            "my son is 1 2 3 4 5 6 7 8 9 years",
            "sun 1 2 3 4 5 6 7 8 9",
            "steps 1 2 3 4 5 6 7 8 9",
            "photo 1 2 3 4 5 6 7 8 9 0",
            "phoen 1 2 3 4 5 6 7 8 9 0",
            "phoen ticket 5 5 5 1 2 3 4 5 6 7",
            "my sn is wrong",
        ]
        assertKeeps(kept, with: redactor)
    }
}
