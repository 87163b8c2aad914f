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

    /// A port after the address, and leading zeros, were left out ("10.0.0.12:8080" kept ":8080", "010.000.000.012"
    /// was kept); four numbers after a version word are a version ("version 2.1.0.5" was "[IP]").
    func testPortsLeadingZerosAndVersions() {
        assertRedacts([
            ("IP 10.0.0.12:8080 blocked", "IP [IP] blocked"),
            ("from 192.168.1.20:443.", "from [IP]."),
            ("IP 010.000.000.012 blocked", "IP [IP] blocked"),
            ("my ip is 10.0.0.12, version 2 of the app", "my ip is [IP], version 2 of the app"),
        ])
        assertKeeps(["version 2.1.0.5 of the app", "v2.1.0.5 of the app", "build 10.2.3.4 of the app",
                     "Version: 10.0.0.1", "firmware 1.0.0.12 update", "at 10:30 it failed"])
    }
}
