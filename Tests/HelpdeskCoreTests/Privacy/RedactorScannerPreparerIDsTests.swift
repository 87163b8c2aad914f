import XCTest
@testable import HelpdeskCore

/// EFINs and CAF numbers after their labels, and CAF numbers of their own shape, are redacted; the labels alone are
/// kept.
final class RedactorScannerPreparerIDsTests: XCTestCase {
    private let redactor = Redactor()

    func testEFINsAndCAFNumbersAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("EFIN 123456 e-file application", "EFIN [EFIN] e-file application"),
            ("my efin is 123456", "my efin is [EFIN]"),
            ("our firm's EFIN number: 123456", "our firm's EFIN number: [EFIN]"),
            ("efin #123456", "efin #[EFIN]"),
            ("CAF 0301-12345R tax pro account", "CAF [CAF] tax pro account"),
            ("CAF number 0301-12345R", "CAF number [CAF]"),
            ("CAF no. 0301 12345", "CAF no. [CAF]"),
            ("CAF 030112345", "CAF [CAF]"),
            ("my number is 030112345R", "my number is [CAF]"),
            ("0301-12345R is mine", "[CAF] is mine"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testEFINWithAHyphenIsALabel() {
        let cases: [(input: String, expected: String)] = [
            ("E-FIN: 345678", "E-FIN: [EFIN]"),
            ("E-FIN 123456", "E-FIN [EFIN]"),
            ("our e-fin is 123 456", "our e-fin is [EFIN]"),
        ]
        assertRedacts(cases, with: redactor)
        assertKeeps(["fin 123456", "the e-file 123456 pages", "re-fin 123456"], with: redactor)
    }

    func testLabelsTypedAgainstTheirNumberCount() {
        let cases: [(input: String, expected: String)] = [
            ("EFIN123456", "EFIN[EFIN]"),
            ("my EFIN123456 was rejected", "my EFIN[EFIN] was rejected"),
            ("efins123456 and 654321", "efins[EFIN] and 654321"),
            ("CAF0301-12345R", "CAF[CAF]"),
            ("caf0301-12345", "caf[CAF]"),
            ("CAF030112345 tax pro account", "CAF[CAF] tax pro account"),
            ("ptin#P01234567", "ptin#[PTIN]"),
            ("Efin#123456", "Efin#[EFIN]"),
            // A password with `#` after letters is still one.
            ("Ab#cd12ef", "[PASSWORD]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testOtherLettersGluedToTheNumberKeepIt() {
        let kept = [
            "XEFIN123456",
            "befin123456",
            "EFIN1234567",
            "decaf030112345",
            "CAFE0301-12345",
        ]
        assertKeeps(kept, with: redactor)
    }

    func testLabelsAloneAndOtherNumbersAreKept() {
        let kept = [
            "how do I get an EFIN",
            "my CAF number isn't showing",
            "EFIN application submitted ticket 123456",
            "EFIN 2024 renewal",
            "efin 1234567",
            "CAF 0301-1234",
            "the 0301-12345 case",
            "0301-12345Rx",
        ]
        assertKeeps(kept, with: redactor)
    }

    func testEFINsSplitInTwoAndPTINsWithoutTheirPAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("EFIN: 123 456", "EFIN: [EFIN]"),
            ("my efin is 123-456 and it shows revoked", "my efin is [EFIN] and it shows revoked"),
            ("PTIN 01234567", "PTIN [PTIN]"),
            ("my ptin number is 01234567.", "my ptin number is [PTIN]."),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testSplitNumbersWithoutTheLabelAreKept() {
        assertKeeps(["step 123 456", "EFIN application 123 456", "efin 123 4567", "PTIN renewal 20251231"])
    }
}
