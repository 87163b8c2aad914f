import XCTest
@testable import HelpdeskCore

/// Routing numbers are labelled as such, and account numbers a few words after `account number` are redacted.
final class RedactorScannerBankNumbersTests: XCTestCase {
    func testBankNumbersAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("routing number 021000021", "routing number [ROUTING]"),
            ("ABA: 021000021 and account 000123456789", "ABA: [ROUTING] and account [ACCOUNT]"),
            ("my account number at the bank is 000123456789", "my account number at the bank is [ACCOUNT]"),
            ("acct # for her checking: 12345678", "acct # for her checking: [ACCOUNT]"),
        ]
        assertRedacts(cases)
    }

    func testOtherNumbersNearAccountWordsAreKept() {
        let cases: [(input: String, expected: String)] = [
            // Nine digits without a routing label stay an SSN, and an ITIN keeps its kind.
            ("client 123456789", "client [SSN]"),
            ("client 987654321", "client [ITIN]"),
            ("client 987664321", "client [SSN]"),
            ("my account at the bank is 000123456789", "my account at the bank is 000123456789"),
            ("account number at the bank is 12345", "account number at the bank is 12345"),
            ("account number for id.me and irs is 123456", "account number for id.me and irs is 123456"),
        ]
        assertRedacts(cases)
    }
}
