import XCTest
@testable import HelpdeskCore

/// Only plain decimals are numbers on the command line: `--threshold 0x1` was taken as 1, and `inf`, `nan` and `1e0`
/// were read as numbers too.
final class PlainDecimalTests: XCTestCase {
    static let cases: [(text: String, value: Double?)] = [
        ("0.6", 0.6), (".6", 0.6), ("1", 1), ("0", 0), ("1.", 1), ("00.5", 0.5), ("-1", -1), ("+0.5", 0.5), ("5", 5),
        ("0x1", nil), ("0x0.8p0", nil), ("inf", nil), ("-inf", nil), ("infinity", nil), ("nan", nil), ("NaN", nil),
        ("1e0", nil), ("1E-1", nil), ("", nil), (".", nil), ("-", nil), ("1.2.3", nil), (" 0.5", nil), ("0.5 ", nil),
        ("1,5", nil), ("0.5-", nil), ("--1", nil), ("٠.٥", nil), ("１", nil),
    ]

    func testReadsOnlyPlainDecimals() {
        for (text, value) in Self.cases {
            XCTAssertEqual(PlainDecimal.value(text), value, text.debugDescription)
        }
    }
}
