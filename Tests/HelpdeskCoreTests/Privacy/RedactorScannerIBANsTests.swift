import XCTest
@testable import HelpdeskCore

/// IBANs that pass their check are redacted as account numbers; codes of the same shape that fail it are kept.
final class RedactorScannerIBANsTests: XCTestCase {
    func testIBANsAreRedacted() {
        assertRedacts([
            ("IBAN GB82 WEST 1234 5698 7654 32 for refund", "IBAN [ACCOUNT] for refund"),
            ("my iban is GB82WEST12345698765432", "my iban is [ACCOUNT]"),
            ("DE89 3704 0044 0532 0130 00 is hers", "[ACCOUNT] is hers"),
            ("gb82 west 1234 5698 7654 32", "[ACCOUNT]"),
            ("iban DE89370400440532013000", "iban [ACCOUNT]"),
        ])
    }

    func testCodesThatFailTheCheckAreKept() {
        assertKeeps(["GB83 WEST 1234 5698 7654 32", "GB82 is the prefix", "IBAN please", "AB12CDEF3456GHIJ78"])
    }
}
