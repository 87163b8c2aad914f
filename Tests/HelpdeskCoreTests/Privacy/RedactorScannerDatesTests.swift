import XCTest
@testable import HelpdeskCore

/// Dates of birth written with spaces for their slashes are redacted as the slashed ones are; any date without a
/// birth word near it is kept.
final class RedactorScannerDatesTests: XCTestCase {
    private let redactor = Redactor()

    func testBirthDatesWithSpacesAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("dob 01 02 1980", "dob [DOB]"),
            ("born 1 2 1980", "born [DOB]"),
            ("date of birth 01 02 80", "date of birth [DOB]"),
            ("DOB: 12  31  1979 ssn pending", "DOB: [DOB] ssn pending"),
            ("01 02 1980 (dob)", "[DOB] (dob)"),
            ("birthday 1980 01 02", "birthday [DOB]"),
            ("dob\t01\t02\t1980", "dob\t[DOB]"),
            // A slash, dash or dot between spaces.
            ("dob 1 / 2 / 1980", "dob [DOB]"),
            ("DOB 01 / 02 / 1980 not verifying", "DOB [DOB] not verifying"),
            ("dob 1 - 2 - 1980", "dob [DOB]"),
            ("born 1980 / 01 / 02", "born [DOB]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testDatesWithSpacesAndNoBirthWordAreKept() {
        let kept = [
            "on 01 02 2025 I tried",
            "deadline 04 15 2026",
            "2025 04 15 filing",
            "dob 1 2 3 4",
            "dob 13 14 1980",
            "dob 01 02 198",
            "dob 01 02-1980",
            "born in 1980 and 12 months",
            "on 1 / 2 / 2025 I tried",
        ]
        assertKeeps(kept, with: redactor)
    }

    /// Six digits in a row are a date of birth with a two-digit year (MMDDYY or DDMMYY) after a birth word, as eight
    /// are with a four-digit one; elsewhere, or when they make no date, they are kept.
    /// A two-digit year after an apostrophe ("3/4/'71") is a year as "3/4/71" is; four digits after one are no year.
    func testBirthDatesWithAnApostropheYearAreRedacted() {
        assertRedacts([
            ("born 3/4/'71 cannot verify", "born [DOB] cannot verify"),
            ("dob 3/4/'71", "dob [DOB]"),
            ("DOB: 12-25-\u{2019}80, locked out", "DOB: [DOB], locked out"),
            ("born 3.4.'71.", "born [DOB]."),
        ], with: redactor)
        assertKeeps(["deadline 3/4/'26", "born 3/4/'1971", "born in '71", "born 13/14/'71"], with: redactor)
    }

    func testSixDigitBirthDatesAfterABirthWordAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("DOB 030471", "DOB [DOB]"),
            ("dob: 123171 and ID.me fails", "dob: [DOB] and ID.me fails"),
            ("born 310571", "born [DOB]"),
            ("030471 (DOB)", "[DOB] (DOB)"),
        ]
        assertRedacts(cases, with: redactor)
        assertKeeps(["order 030471", "dob 133271", "dob 0304710", "dob 000471"], with: redactor)
    }

    /// The month's name joined to the day and year by dashes or slashes, as "14-Mar-1972" is: "DOB Mar-14-1972" was kept.
    func testMonthFirstDatesJoinedByDashesAreRedacted() {
        assertRedacts([
            ("DOB Mar-14-1972", "DOB [DOB]"),
            ("dob mar/14/72 please", "dob [DOB] please"),
            ("born Sept-3-1980", "born [DOB]"),
            ("DOB 14.03.1972", "DOB [DOB]"),
            ("born 3/14/72", "born [DOB]"),
            ("D.O.B: March 14th 1972", "D.O.B: [DOB]"),
        ], with: redactor)
        assertKeeps(["deadline Mar-14-2026", "DOB Mar-14", "dob Mar-14/1972", "dob Mar-44-1972", "DOB Jan 1980"], with: redactor)
    }
}
