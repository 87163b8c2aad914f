import XCTest
@testable import HelpdeskCore

/// IPv4 addresses are redacted wherever they stand; versions and other dotted numbers are kept.
final class RedactorScannerIPAddressesTests: XCTestCase {
    func testIPAddressesAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("my IP is 192.168.1.20", "my IP is [IP]"),
            ("blocked from 10.0.0.5.", "blocked from [IP]."),
            ("ip 255.255.255.0, then", "ip [IP], then"),
            // An address label makes no postal address of it.
            ("IP address: 10.0.0.1", "IP address: [IP]"),
        ]
        assertRedacts(cases)
    }

    func testOtherDottedNumbersAreKept() {
        assertKeeps(["version 2.3.1", "1.2.3.4.5", "300.1.1.1", "1.2.3", "01.2.3.4", "$1.2.3.4", "v1.2.3.4"])
    }
}
