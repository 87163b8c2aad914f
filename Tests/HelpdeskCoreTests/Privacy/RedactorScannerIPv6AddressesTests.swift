import XCTest
@testable import HelpdeskCore

/// IPv6 addresses are redacted as `[IP]` wherever they stand; times, words with `::` and short groupings are kept.
final class RedactorScannerIPv6AddressesTests: XCTestCase {
    func testIPv6AddressesAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("locked out, ip 2001:db8:85a3::8a2e:370:7334 blocked", "locked out, ip [IP] blocked"),
            ("from fe80::1ff:fe23:4567:890a today", "from [IP] today"),
            ("full 2001:0db8:85a3:0000:0000:8a2e:0370:7334.", "full [IP]."),
            ("mapped ::ffff:192.168.1.20 here", "mapped [IP] here"),
            ("ip:2001:db8::1 blocked", "ip:[IP] blocked"),
            ("prefix fe80:: only", "prefix [IP] only"),
            ("(2001:DB8::A1) was it", "([IP]) was it"),
        ]
        assertRedacts(cases)
    }

    func testOtherColonShapesAreKept() {
        assertKeeps(["at 10:30:45 today", "Error::Retry 2", "1::2", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "ab:cd::ef",
                     "2001:db8::1::2", "x2001:db8::1", "ratio 3:2 at 10:30"])
    }
}
