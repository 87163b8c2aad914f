import XCTest
@testable import HelpdeskCore

final class FeatureSpaceTests: XCTestCase {
    // Three documents over keys 10, 20, 30: key 20 in all, 10 and 30 in one each.
    private let space = FeatureSpace(documents: [[10, 20], [20, 30], [20, 20]])

    private func norm(_ x: SparseVector) -> Float { x.values.reduce(0) { $0 + $1 * $1 }.squareRoot() }

    func testColumnsAndIDF() {
        XCTAssertEqual(space.keys, [10, 20, 30], "columns in first-seen order")
        XCTAssertEqual(space.count, 3)
        // idf = 1 + ln((1 + n) / (1 + df)), n = 3
        let expected: [Float] = [1 + logf(4.0 / 2.0), 1 + logf(4.0 / 4.0), 1 + logf(4.0 / 2.0)]
        for (got, want) in zip(space.idf, expected) { XCTAssertEqual(got, want, accuracy: 1e-6) }
        XCTAssertEqual(space.unseenIDF, 1 + logf(4), accuracy: 1e-6)
        XCTAssertEqual(space.index(of: 20), 1)
        XCTAssertNil(space.index(of: 99))
    }

    func testRepeatsInOneDocumentCountOnce() {
        // Key 20 appears twice in the third document but its document frequency is 3, not 4.
        XCTAssertEqual(space.idf[1], 1, accuracy: 1e-6)
    }

    func testVectorsOfSeenKeysHaveUnitLength() {
        let table: [[UInt64]] = [[10], [10, 20], [20, 10, 30], [30, 30, 30], [10, 10, 20]]
        for keys in table {
            let x = space.vector(keys)
            XCTAssertEqual(norm(x), 1, accuracy: 1e-5, "\(keys)")
            XCTAssertEqual(Set(x.indices).count, x.indices.count, "each column once: \(keys)")
        }
    }

    func testSublinearTermFrequencyTimesIDF() {
        // [10, 10, 20]: tf(10) = 2 → (1 + ln 2) · idf(10); tf(20) = 1 → idf(20) = 1; then L2-normalized.
        let a = (1 + logf(2)) * (1 + logf(2))
        let b: Float = 1
        let length = (a * a + b * b).squareRoot()
        let x = space.vector([10, 10, 20])
        XCTAssertEqual(x.indices, [0, 1], "first-seen order")
        XCTAssertEqual(x.values[0], a / length, accuracy: 1e-6)
        XCTAssertEqual(x.values[1], b / length, accuracy: 1e-6)
    }

    func testRepeatsMergeWhateverTheirOrder() {
        // Many keys, repeated and interleaved, so that the merge table probes past collisions.
        let many = FeatureSpace(documents: [Array(0..<300).map { UInt64($0 * 7919) }])
        let keys = (0..<900).map { UInt64(($0 * 37 % 300) * 7919) }
        let x = many.vector(keys)
        XCTAssertEqual(x.indices.count, 300)
        XCTAssertEqual(Set(x.indices).count, 300, "each column once")
        XCTAssertEqual(x.indices.first, many.index(of: keys[0]), "first-seen order")
        XCTAssertEqual(norm(x), 1, accuracy: 1e-5)
        let reversed = many.vector(keys.reversed())
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: zip(x.indices, x.values)),
                       Dictionary(uniqueKeysWithValues: zip(reversed.indices, reversed.values)))
    }

    func testUnseenKeysLengthenTheVector() {
        let seen = space.vector([10, 20])
        let withUnseen = space.vector([10, 20, 99])
        let withTwoUnseen = space.vector([10, 20, 98, 99])
        XCTAssertEqual(withUnseen.indices, seen.indices, "unseen keys get no column")
        XCTAssertLessThan(norm(withUnseen), 1)
        XCTAssertLessThan(norm(withTwoUnseen), norm(withUnseen))
        // By hand: the seen part's squared length plus one unseen IDF squared.
        let idf10 = 1 + logf(2), u = 1 + logf(4)
        XCTAssertEqual(norm(withUnseen), (idf10 * idf10 + 1).squareRoot() / (idf10 * idf10 + 1 + u * u).squareRoot(), accuracy: 1e-5)
        XCTAssertEqual(norm(space.vector([10, 20, 99], unseenWeight: 0)), 1, accuracy: 1e-5, "weight 0 ignores unseen keys")
    }

    func testOnlyUnseenOrNoKeysGiveAnEmptyVector() {
        XCTAssertTrue(space.vector([]).isEmpty)
        XCTAssertTrue(space.vector([98, 99]).isEmpty)
    }

    func testEmptyTrainingSet() {
        let empty = FeatureSpace(documents: [])
        XCTAssertEqual(empty.count, 0)
        XCTAssertTrue(empty.vector([1, 2]).isEmpty)
    }
}
