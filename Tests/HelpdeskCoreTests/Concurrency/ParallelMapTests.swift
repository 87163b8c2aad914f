import XCTest
@testable import HelpdeskCore

final class ParallelMapTests: XCTestCase {
    func testResultsComeBackInIndexOrder() {
        for count in [0, 1, 2, 7, 1000] {
            XCTAssertEqual(parallelMap(count) { $0 * $0 }, (0..<count).map { $0 * $0 }, "count \(count)")
        }
    }

    func testSlowEarlyIndicesDoNotReorder() {
        let values = parallelMap(8) { i -> String in
            if i < 2 { usleep(20_000) }  // the first ones finish last
            return "item \(i)"
        }
        XCTAssertEqual(values, (0..<8).map { "item \($0)" })
    }

    func testThreadLimitKeepsEveryResultInOrder() {
        // One thread runs in the caller; more than the count, or than the cores, is the same as as many as useful.
        for (count, threads) in [(0, 1), (5, 1), (5, 2), (3, 8), (100, 3)] {
            XCTAssertEqual(parallelMap(count, threads: threads) { $0 + 1 }, (0..<count).map { $0 + 1 }, "\(count) on \(threads)")
        }
    }
}
