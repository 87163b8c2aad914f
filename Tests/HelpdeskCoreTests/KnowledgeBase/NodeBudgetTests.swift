import XCTest
import Yams
@testable import HelpdeskCore

/// The alias-bomb guard counts every node of a tree (keys, values, items) and says when there are more than the limit.
final class NodeBudgetTests: XCTestCase {
    func testCountsEveryNode() throws {
        let cases: [(yaml: String, limit: Int, exceeds: Bool)] = [
            ("a", 0, true),
            ("a", 1, false),
            ("{a: b}", 2, true),  // the mapping, its key and its value
            ("{a: b}", 3, false),
            ("[1, 2, [3, 4]]", 5, true),  // two lists and four numbers
            ("[1, 2, [3, 4]]", 6, false),
            // The alias counts as a second copy of the list (1 + 2 keys + 2 × 3 = 9): what an alias bomb multiplies.
            ("x: &a [1, 2]\ny: *a", 8, true),
            ("x: &a [1, 2]\ny: *a", 9, false),
        ]
        for c in cases {
            let root = try XCTUnwrap(try Yams.compose(yaml: c.yaml), c.yaml)
            XCTAssertEqual(NodeBudget.exceeds(root, limit: c.limit), c.exceeds, "\(c.yaml) within \(c.limit)")
        }
    }
}
