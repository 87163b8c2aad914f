import XCTest
@testable import HelpdeskCore

/// Teens, tens, `double` and `triple` read out in a number count their digits; alone, or in a number that is no
/// personal data, they are kept.
final class RedactorScannerNumberWordsTests: XCTestCase {
    private let redactor = Redactor()

    func testTeensTensAndRepeatsAreReadAsTheirDigits() {
        let cases: [(input: String, expected: String)] = [
            ("my ssn is twelve three four five six seven eight nine", "my ssn is [SSN]"),
            ("ssn one two three four double five six seven eight", "ssn [SSN]"),
            ("ssn triple seven four five six seven eight nine", "ssn [SSN]"),
            ("ssn double 5 1 2 3 4 5 6 7", "ssn [SSN]"),
            ("ssn double oh seven one two three four five six", "ssn [SSN]"),
            ("my ssn is one two three forty-five six seven eight nine", "my ssn is [SSN]"),
            ("my ssn is one two three forty five six seven eight nine", "my ssn is [SSN]"),
            ("ssn is five five five nineteen eighty twelve", "ssn is [SSN]"),
            ("ein twelve dash three four five six seven eight nine", "ein [EIN]"),
            ("call me at eight six six double five zero six five four four", "call me at [PHONE]"),
            ("my cell is eight six six, two fifty five, oh six fifty four", "my cell is [PHONE]"),
            ("ptin is oh one twenty three forty five sixty seven", "ptin is [PTIN]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testNumberWordsThatMakeNoPersonalNumberAreKept() {
        let kept = [
            "twenty one",
            "double check the ssn field",
            "triple checked my ssn twice",
            "ssn question: twelve of my clients, nineteen forms",
            "ssn locked for twenty minutes, eleven tries",
            "tax year twenty twenty four",
            "ssn is double",
            "ssn twenty-something times",
            "dob nineteen eighty",
            // Ten digits but no label; ten digits after an SSN label (`ninety` is two).
            "eight six six double five zero six five four four",
            "ssn one two three four five six seven eight ninety",
        ]
        assertKeeps(kept, with: redactor)
    }
}
