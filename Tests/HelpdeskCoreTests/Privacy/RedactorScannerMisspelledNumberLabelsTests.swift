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

    func testMisspeltSocialSecurityLabelsCount() {
        let cases: [(input: String, expected: String)] = [
            ("socail 123 456 789", "socail [SSN]"),
            ("my scoial is 123 456 789", "my scoial is [SSN]"),
            ("soical 1 2 3 4 5 6 7 8 9", "soical [SSN]"),
            ("socail security number 1 2 3 4 5 6 7 8 9", "socail security number [SSN]"),
            ("soc sec 123 456 789", "soc sec [SSN]"),
            ("soc. sec. no. 1 2 3 4 5 6 7 8 9", "soc. sec. no. [SSN]"),
            ("social sec # 123 456 789", "social sec # [SSN]"),
            ("soc sec 6789", "soc sec [SSN]"),
            ("last 4 of her socail 6789", "last 4 of her socail [SSN]"),
            ("ssn# 1 2 3 4 5 6 7 8 9", "ssn# [SSN]"),
            ("SSN#123 456 789", "SSN#[SSN]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testWordsNearSocialAreKept() {
        let kept = [
            "socials 123 456 789",
            "special 123 456 789",
            "soc 2 report 123 456 789",
            "sec 123 456 789",
            "SEC filing 6789",
            "socal 123 456 789",
            "soc sec in 2024",
        ]
        assertKeeps(kept, with: redactor)
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
