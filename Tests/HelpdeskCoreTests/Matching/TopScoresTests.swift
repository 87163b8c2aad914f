import XCTest
@testable import HelpdeskCore

final class TopScoresTests: XCTestCase {
    /// The reference: a stable sort by score, highest first.
    private func reference(_ scores: [Float], _ count: Int) -> [Int] {
        Array(scores.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }.prefix(count))
    }

    func testTable() {
        let table: [(scores: [Float], count: Int, expected: [Int])] = [
            ([], 3, []),
            ([0.5], 0, []),
            ([0.5], 3, [0]),
            ([0.1, 0.9, 0.5], 2, [1, 2]),
            ([0.1, 0.9, 0.5], 5, [1, 2, 0]),
            ([0.3, 0.3, 0.3], 2, [0, 1]),  // ties: lower index first
            ([-1, -3, -2], 3, [0, 2, 1]),
            ([0.2, 0.8, 0.8, 0.1], 1, [1]),
            // Long runs turned away once the list is full, or each beating the lowest.
            ((0..<21).map { Float(-$0) }, 3, [0, 1, 2]),
            ((0..<21).map { Float($0) }, 3, [20, 19, 18]),
            ((0..<21).map { $0 == 17 ? 9 : 0 }, 2, [17, 0]),
        ]
        for row in table {
            XCTAssertEqual(TopScores.indices(of: row.scores, count: row.count), row.expected, "\(row.scores) top \(row.count)")
        }
    }

    func testAgreesWithSortingOnRandomScores() {
        var random = SplitMix(seed: 7)
        for trial in 0..<500 {
            let n = Int(random.next() % 200)
            // Few distinct values, so that ties are common.
            let scores = (0..<n).map { _ in Float(random.next() % 17) / 4 - 2 }
            let count = Int(random.next() % 12)
            XCTAssertEqual(TopScores.indices(of: scores, count: count), reference(scores, count), "trial \(trial)")
        }
    }
}
