import XCTest
@testable import HelpdeskCore

/// MAC addresses are redacted as `[MAC]` wherever they stand; other groupings of pairs are kept.
final class RedactorScannerMACAddressesTests: XCTestCase {
    func testMACAddressesAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("mac 00:1A:2B:3C:4D:5E blocked", "mac [MAC] blocked"),
            ("mac address 00-1a-2b-3c-4d-5e cannot login", "mac address [MAC] cannot login"),
            ("device (a4:5e:60:e8:1b:2f).", "device ([MAC])."),
            ("cisco mac 0050.56c0.0001 blocked.", "cisco mac [MAC] blocked."),
        ]
        assertRedacts(cases)
    }

    func testOtherPairGroupingsAreKept() {
        assertKeeps(["12-34-56", "00:1A:2B:3C:4D", "00:1A:2B:3C:4D:5E:6F", "00:1A-2B:3C-4D:5E", "e-file re-enter 2 times",
                     "x00:1A:2B:3C:4D:5E", "1234.5678.9012", "0050.56c0.0001.1", "v1.2.3 and 2.0.1", "e.g. 3 times"])
    }

    func testMACAddressesWithoutSeparatorsAfterTheirLabelAreRedacted() {
        assertRedacts([
            ("mac 001A2B3C4D5E", "mac [MAC]"),
            ("MAC address: 001a2b3c4d5e fails", "MAC address: [MAC] fails"),
        ])
        assertKeeps(["mac os 10.15 wont load", "mac users cant sign in", "order 001A2B3C4D5E", "mac ABCDEFABCDEF"])
    }

    /// Six pairs split by spaces after a MAC label were kept.
    func testSpacedPairsAfterTheLabelAreRedacted() {
        assertRedacts([
            ("MAC 00 1A 2B 3C 4D 5E", "MAC [MAC]"),
            ("mac address: 00 1a 2b 3c 4d 5e is blocked", "mac address: [MAC] is blocked"),
        ])
        assertKeeps(["MAC 00 1A 2B 3C 4D", "codes 00 1A 2B 3C 4D 5E", "mac 00 1A 2B 3C 4D 5E 6F"])
    }
}
