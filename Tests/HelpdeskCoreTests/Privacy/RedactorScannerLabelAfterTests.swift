import XCTest
@testable import HelpdeskCore

/// A label said after a number read out counts as one said before it, as "123456789 is my ssn" is redacted typed;
/// another word between them, or another kind of number named, keeps it.
final class RedactorScannerLabelAfterTests: XCTestCase {
    private let redactor = Redactor()

    func testNumbersReadOutBeforeTheirLabelAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("1 2 3 4 5 6 7 8 9 is my ssn", "[SSN] is my ssn"),
            ("1 2 3 4 5 6 7 8 9 (ssn)", "[SSN] (ssn)"),
            ("1 2 3 4 5 6 7 8 9, ssn", "[SSN], ssn"),
            ("one two three four five six seven eight nine is her social", "[SSN] is her social"),
            ("one-two-three-four-five-six-seven-eight-nine is my ssn", "[SSN] is my ssn"),
            ("1 2 3 4 5 6 7 8 9 was my wife's SSN", "[SSN] was my wife's SSN"),
            ("123 45 67 89 that's my social security number", "[SSN] that's my social security number"),
            ("9 1 2 7 8 1 2 3 4 is my itin", "[ITIN] is my itin"),
            ("1 2 3 4 5 6 7 8 9 is my tax id", "[SSN] is my tax id"),
            ("1 2 3 4 5 6 7 8 9 is the ein", "[EIN] is the ein"),
            ("1 2 3 4 5 6 7 8 9 is our federal id", "[EIN] is our federal id"),
            ("12 3456789 is the ein", "[EIN] is the ein"),
            ("8 6 6 2 5 5 0 6 5 4 is my cell", "[PHONE] is my cell"),
            ("8 6 6 2 5 5 0 6 5 4 (cell)", "[PHONE] (cell)"),
            ("0 1 2 3 4 5 6 7 is my ptin", "[PTIN] is my ptin"),
            // Typed 3-3-3 groups too, as `123 456 789` after an SSN label.
            ("123 456 789 is my ssn", "[SSN] is my ssn"),
            ("123-456-789 (ssn)", "[SSN] (ssn)"),
            // Dates of birth, typed whole, as "dob 01/02/1980" is.
            ("01/02/1980 is her date of birth", "[DOB] is her date of birth"),
            ("01/02/1980 was my birthday", "[DOB] was my birthday"),
            ("1/2/80 is his dob", "[DOB] is his dob"),
            ("19800102 is her birth date", "[DOB] is her birth date"),
            ("January 5, 1980 is my date of birth", "[DOB] is my date of birth"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testNumbersReadOutBeforeAnotherWordAreKept() {
        let kept = [
            "1 2 3 4 5 6 7 8 9 is my ticket number",
            "1 2 3 4 5 6 7 8 9 steps for my ssn",
            "1 2 3 4 5 6 7 8 9 is the order, ssn is fine",
            "1 2 3 4 5 6 7 8 9 is what i counted",
            "1 2 3 4 5 6 7 8 9 is my ptin",
            "0 1 2 3 4 5 6 7 is my ssn",
            "123 456 789 is the ref",
            "1 2 3 4 5 6 7 8 9\nssn",
            "01/02/2025 is the date of the call",
            "01/02/2020 is her date of hire",
            "01/02/2020 is the deadline, not my birthday",
        ]
        assertKeeps(kept, with: redactor)
    }
}
