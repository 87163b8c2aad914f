import XCTest
@testable import HelpdeskCore

/// The last four digits of an SSN after its label or `last 4`, and SSNs masked but for them, are redacted; other
/// four-digit numbers near those words are kept.
final class RedactorScannerPartialNumbersTests: XCTestCase {
    private let redactor = Redactor()

    func testLastFourAfterALabelAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("SSN ending in 6789", "SSN ending in [SSN]"),
            ("last 4 of ssn 6789", "last 4 of ssn [SSN]"),
            ("last four 6789", "last four [SSN]"),
            ("last 4 digits of her social: 6789", "last 4 digits of her social: [SSN]"),
            ("ssn 6789", "ssn [SSN]"),
            ("Her SSN last 4 is 6789 if that helps", "Her SSN last 4 is [SSN] if that helps"),
            ("social security number ends with 6789", "social security number ends with [SSN]"),
            ("ss# 6789", "ss# [SSN]"),
            ("SSN ending 1985", "SSN ending [SSN]"),
            ("the client's last four are 2024", "the client's last four are [SSN]"),
            ("itin ending in 7012", "itin ending in [SSN]"),
            ("last 4 of my card 1234", "last 4 of my card [CARD]"),
            ("last four of the account 5678", "last four of the account [ACCOUNT]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testLast4AsOneWordAndAPhoneEndingAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("last4 6789", "last4 [SSN]"),
            ("ssn_last4: 6789", "ssn_last4: [SSN]"),
            ("last4 of her card 1234", "last4 of her card [CARD]"),
            ("phone number ending in 0136", "phone number ending in [PHONE]"),
            ("phone ending 0199", "phone ending [PHONE]"),
            ("her cell ends in 4417", "her cell ends in [PHONE]"),
        ]
        assertRedacts(cases)
        assertKeeps(["my phone is from 2019", "phone 2024 model", "account ending 6789", "phone number 1234 steps"])
    }

    func testLastFourReadOutAfterALabelAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("last four of my social are six seven eight nine", "last four of my social are [SSN]"),
            ("ssn ending in 6 7 8 9", "ssn ending in [SSN]"),
            ("last 4 of her ssn: six seven eight nine.", "last 4 of her ssn: [SSN]."),
            ("social ends with sixty seven eighty nine", "social ends with [SSN]"),
            ("last four of my card are one two three four", "last four of my card are [CARD]"),
            ("ssn last four six seven eight nine", "ssn last four [SSN]"),
            ("last 4 6 7 8 9 of her ssn", "last 4 [SSN] of her ssn"),
            ("S.S.N. 6789", "S.S.N. [SSN]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testFourNumbersReadOutWithoutALabelAreKept() {
        let kept = [
            "verified my ssn in nineteen ninety nine",
            "last four steps one two three four",
            "the last four one two three four five",
            "S.N. 6789",
            "ssn step one two three four",
            "steps 6 7 8 9 of the social media guide",
        ]
        assertKeeps(kept, with: redactor)
    }

    func testMaskedSSNsAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("SSN xxx-xx-6789", "SSN [SSN]"),
            ("***-**-6789", "[SSN]"),
            ("XXX XX 6789 on file", "[SSN] on file"),
            ("###-##-6789", "[SSN]"),
            ("ssn xxxxx6789", "ssn [SSN]"),
            ("*****6789", "[SSN]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testOtherFourDigitNumbersAreKept() {
        let kept = [
            "the last 4 times in 2024",
            "ssn 2024 return",
            "verified my SSN in 2024",
            "social media 2024",
            "last 4 years 2021",
            "SSN locked since 2019",
            "account ending 6789",
            "ticket 6789 about my ssn",
            "************1234",
            "xxxx-6789",
            "form 8821 for the ssn",
        ]
        assertKeeps(kept, with: redactor)
    }

    func testLastFourAfterAShortOrMisspeltLabelAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("snn 6789", "snn [SSN]"),
            ("her snn ends in 6789", "her snn ends in [SSN]"),
            ("sn# 6789", "sn# [SSN]"),
            ("SN# 6789", "SN# [SSN]"),
            ("socsec 6789", "socsec [SSN]"),
            ("SocSec: 6789", "SocSec: [SSN]"),
            ("ss# 6789", "ss# [SSN]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testShortWordsWithoutAHashLabelNoLastFour() {
        assertKeeps(["sn 6789 on the router", "ss 6789", "snn 2024 return"])
    }
}
