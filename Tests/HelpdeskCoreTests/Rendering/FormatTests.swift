import XCTest
@testable import HelpdeskCore

final class FormatTests: XCTestCase {
    func testFixedTable() {
        let table: [(value: Double, digits: Int, expected: String)] = [
            (0.873, 3, "0.873"), (0.8735, 3, "0.874"), (0, 3, "0.000"), (1, 4, "1.0000"), (0.05, 3, "0.050"),
            (0.99996, 4, "1.0000"), (12.5, 1, "12.5"), (-0.25, 3, "-0.250"), (-0.0001, 3, "-0.0"  + "00"),
            (.nan, 3, "0"), (.infinity, 3, "0"), (7, 0, "7.0"),
        ]
        for row in table {
            XCTAssertEqual(Format.fixed(row.value, digits: row.digits), row.expected, "\(row.value) to \(row.digits)")
        }
    }

    func testCountTable() {
        let table: [(n: Int, noun: String, plural: String?, expected: String)] = [
            (0, "warning", nil, "0 warnings"), (1, "warning", nil, "1 warning"), (2, "warning", nil, "2 warnings"),
            (1, "entry", "entries", "1 entry"), (0, "entry", "entries", "0 entries"), (25, "entry", "entries", "25 entries"),
            (1, "example question", nil, "1 example question"), (1299, "example question", nil, "1299 example questions"),
            (-1, "error", nil, "-1 errors"),
        ]
        for row in table { XCTAssertEqual(Format.count(row.n, row.noun, plural: row.plural), row.expected, "\(row)") }
    }

    /// The whole-number path gives what the shortest-decimal path gives.
    func testWholeNumberPathAgreesWithShortestDecimals() {
        var random = SplitMix(seed: 3)
        for _ in 0..<20_000 {
            let value = Double(random.next() % 10_000_000) / Double([1, 10, 1000, 100_000][Int(random.next() % 4)])
            for digits in 1...4 {
                var scale = 1.0
                for _ in 0..<digits { scale *= 10 }
                XCTAssertEqual(Format.fixed(value, digits: digits), Format.shortest(value, digits: digits, scale: scale), "\(value) \(digits)")
            }
        }
    }

    /// The appended bytes are `fixed`'s text, on the one-digit path and off it.
    func testAppendFixedGivesFixedText() {
        var random = SplitMix(seed: 5)
        var values: [Double] = [0, -0.0, 0.99996, 9.99996, 10, 12.5, -0.25, .nan, .infinity, 1e20]
        for _ in 0..<5_000 { values.append(Double(random.next() % 20_000_000) / 1_000_000) }
        for value in values {
            for digits in 0...5 {
                var bytes: [UInt8] = [120]
                Format.appendFixed(value, digits: digits, to: &bytes)
                XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "x" + Format.fixed(value, digits: digits), "\(value) \(digits)")
            }
        }
    }

    func testAppendIntegerGivesDecimalText() {
        for n in [0, 1, 9, 10, 11, 99, 100, 101, 999_999, 1_000_000, Int.max, -1, -10, Int.min] {
            var bytes: [UInt8] = []
            Format.appendInteger(n, to: &bytes)
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), String(n))
        }
    }
}
