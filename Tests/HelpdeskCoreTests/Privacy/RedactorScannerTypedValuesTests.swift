import XCTest
@testable import HelpdeskCore

/// A code or password right after the verb that entered it is redacted; counts, years and names are kept.
final class RedactorScannerTypedValuesTests: XCTestCase {
    private let redactor = Redactor()

    func testValuesAfterAnEntryVerbAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("I typed 482913 but it said invalid", "I typed [CODE] but it said invalid"),
            ("entered 48291357, no luck", "entered [CODE], no luck"),
            ("she tried Summer2024 twice", "she tried [PASSWORD] twice"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testOtherValuesAreKept() {
        let kept = [
            "tried 3 times",
            "entered 2024 as the year",
            "entered 20250415 as the date",
            "I used office365 yesterday",
            "typed 1099 form",
            "used 123456 form",
            "entered 90210",
        ]
        assertKeeps(kept, with: redactor)
    }
}
