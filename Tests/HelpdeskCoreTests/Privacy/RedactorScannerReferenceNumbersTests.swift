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
        ]
        assertKeeps(kept, with: redactor)
    }

    func testDataAfterAReferenceLabelIsRedacted() {
        let cases: [(input: String, expected: String)] = [
            // Only the nearest label counts.
            ("case for SSN 123456789", "case for SSN [SSN]"),
            ("ticket about her phone 2125550134", "ticket about her phone [PHONE]"),
            ("ref the number 123456789", "ref the number [SSN]"),
            // An SSN's, a phone's or a card's own shape is redacted after the label too.
            ("ticket 123-45-6789", "ticket [SSN]"),
            ("case (866) 255-0654", "case [PHONE]"),
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
