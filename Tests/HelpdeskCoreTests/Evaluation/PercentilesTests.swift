import XCTest
@testable import HelpdeskCore

/// Nearest rank: the smallest value with at least p% of the list at or below it; 0 for an empty list.
final class PercentilesTests: XCTestCase {
    func testNearestRank() {
        let ten = (1...10).map(Double.init).reversed().map { $0 }  // unsorted on purpose
        let cases: [(p: Double, values: [Double], expected: Double)] = [
            (50, [], 0),
            (99, [7], 7),
            (0, ten, 1),
            (10, ten, 1),
            (11, ten, 2),
            (50, ten, 5),
            (51, ten, 6),
            (99, ten, 10),
            (100, ten, 10),
            (50, [3, 1, 2, 2], 2),
        ]
        for c in cases {
            XCTAssertEqual(Percentiles.value(c.p, of: c.values), c.expected, "p\(c.p) of \(c.values)")
        }
    }
}
