import XCTest
@testable import HelpdeskCore

/// Digits in a row right after a reference label are its id and kept; data shapes and other labels are redacted.
final class RedactorScannerReferenceNumbersTests: XCTestCase {
    private let redactor = Redactor()

    func testNumbersAfterAReferenceLabelAreKept() {
        let kept = [
            "ticket #123456789 follow up",
            "ref number 2024031512 locked",
            "case no. 123456789",
            "confirmation number is 12345678901",
            "Reference: 2025041512",
            "order #9876543210 never came",
            "incident id 123456789",
            // An SSN's, an EIN's or a phone's shape, typed right after the label, is its id too.
            "ticket number 555-123-4567",
            "case # 123-45-6789",
            "ticket 123-45-6789",
            "ref 12-3456789",
            "confirmation number 1-866-255-0654",
            "ticket 555/123/4567",
            "ticket 123 45 6789",
            "ticket number is 555 123 4567 call me",
        ]
        assertKeeps(kept, with: redactor)
    }

    func testDataAfterAReferenceLabelIsRedacted() {
        let cases: [(input: String, expected: String)] = [
            // Only the nearest label counts.
            ("case for SSN 123456789", "case for SSN [SSN]"),
            ("ticket about her phone 2125550134", "ticket about her phone [PHONE]"),
            ("ref the number 123456789", "ref the number [SSN]"),
            // A phone in parentheses, a card, and data further from the label are redacted after it.
            ("case (866) 255-0654", "case [PHONE]"),
            ("case # 123-45-6789 and my SSN is 234-56-7890", "case # 123-45-6789 and my SSN is [SSN]"),
            ("ticket 555-123-4567 ext 12", "ticket [PHONE]"),
            ("case opened, call me at 555-123-4567", "case opened, call me at [PHONE]"),
            ("order 4111111111111111", "order [CARD]"),
            // A label glued to a word is no label.
            ("subcase 123456789", "subcase [SSN]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testNumbersAfterAnErrorLabelAreKept() {
        let kept = [
            "error code 518227394",
            "error 518227394 when I open e-services",
            "Error Code: 518227394",
            "errors 518227394 and 100012",
            "err 5182273940",
            "error code 5 1 8 2 2 7 3 9 4",
            "error code 100012",
            "error 4 0 4",
        ]
        assertKeeps(kept, with: redactor)
    }

    func testCodeLinksOnlyAnErrorLabel() {
        let cases: [(input: String, expected: String)] = [
            // `code` between a label and the number is a link only after `error`.
            ("ssn code 518227394", "ssn code [SSN]"),
            ("case code 518227394", "case code [SSN]"),
            ("error in my ssn 518227394", "error in my ssn [SSN]"),
            // An SSN's shape is redacted after an error label too.
            ("error 518-22-7394", "error [SSN]"),
        ]
        assertRedacts(cases, with: redactor)
    }
}
