import XCTest
@testable import HelpdeskCore

/// Codes and PINs read out after their label, in digits or words, are redacted as typed ones are.
final class RedactorScannerSpokenCodesTests: XCTestCase {
    private let redactor = Redactor()

    func testCodesReadOutAfterTheirLabelAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("code was four eight two nine one seven", "code was [CODE]"),
            ("the code is four eight two nine one seven", "the code is [CODE]"),
            ("CODE IS FOUR EIGHT TWO NINE ONE SEVEN", "CODE IS [CODE]"),
            ("my code is oh four eight two nine one", "my code is [CODE]"),
            ("pin is four eight two one", "pin is [CODE]"),
            ("my pin is 4 8 2 1", "my pin is [CODE]"),
            ("code is 4 8 2 9 1 7", "code is [CODE]"),
            ("otp: 4 8 2 1 9 and it failed", "otp: [CODE] and it failed"),
            ("the passcode was four eight two one", "the passcode was [CODE]"),
            ("codes: four eight two nine one seven", "codes: [CODE]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testOtherNumbersAndWordsAreKept() {
        let kept = [
            "code didnt work",
            "the code expired",
            "pin reset",
            "error code one two three four five six",
            "code is one two three",
            "pin one two",
            "the code has six digits: one two three",
            "step four eight two nine one seven",
        ]
        assertKeeps(kept, with: redactor)
    }
}
