import XCTest
@testable import HelpdeskCore

/// Dates of birth with the month's name and the day or year in words, or a two-digit year, are redacted near a birth
/// word; a month and a year alone, and dates without a birth word, are kept.
final class RedactorScannerWrittenDatesTests: XCTestCase {
    private let redactor = Redactor()

    func testWrittenBirthDatesAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("DOB 2 Jan 80", "DOB [DOB]"),
            ("dob jan 2 80", "dob [DOB]"),
            ("dob jan 2 1980", "dob [DOB]"),
            ("date of birth is january second nineteen eighty", "date of birth is [DOB]"),
            ("born 2nd January 1980", "born [DOB]"),
            ("born the 2nd of January nineteen eighty", "born the [DOB]"),
            ("birthday: Jan 2nd '80", "birthday: [DOB]"),
            ("dob: january twenty-first nineteen eighty two", "dob: [DOB]"),
            ("DOB second of march two thousand one", "DOB [DOB]"),
            ("date of birth May 5th, nineteen oh five", "date of birth [DOB]"),
            ("born on march 3 twenty ten", "born on [DOB]"),
            ("born january twenty, nineteen eighty", "born [DOB]"),
            ("DOB: JAN 2 80, SSN pending", "DOB: [DOB], SSN pending"),
            ("january second nineteen eighty is her birthday", "[DOB] is her birthday"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testPartialDatesAndDatesWithoutABirthWordAreKept() {
        let kept = [
            "DOB Jan 1980",
            "born in may nineteen eighty",
            "I was born in Ohio",
            "born in march 2 years ago",
            "dob may be needed",
            "birthday party on jan 2",
            "deadline is january second twenty twenty six",
            "on 2 Jan 80 I tried",
            "call back tomorrow",
        ]
        assertKeeps(kept, with: redactor)
    }
}
