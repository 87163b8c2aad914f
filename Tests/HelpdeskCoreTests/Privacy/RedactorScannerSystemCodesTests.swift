import XCTest
@testable import HelpdeskCore

/// Four or five digits right after `code` are a one-time code, unless a word before `code` names a system's code or
/// they are a year.
final class RedactorScannerSystemCodesTests: XCTestCase {
    func testShortCodesRightAfterTheLabelAreRedacted() {
        assertRedacts([
            ("code 4417 never worked", "code [CODE] never worked"),
            ("the code was 88291", "the code was [CODE]"),
            ("my code: 4417", "my code: [CODE]"),
            ("sms code 4417 expired", "sms code [CODE] expired"),
            ("codes 4417 and 5521", "codes [CODE] and [CODE]"),
            ("code 12345 again", "code [CODE] again"),
        ])
    }

    func testSystemCodesAndOtherNumbersAreKept() {
        assertKeeps([
            "error code 500", "error code 5001", "code 846 on the transcript", "tax code 1234 question",
            "reject code 0515 on my return", "transaction code 9710", "the code 2024 changes", "area code 555 changed",
            "section code 7216 consent",
            "the code never came", "I got code 12 times", "code 1099 form",
        ])
    }
}
