import XCTest
@testable import HelpdeskCore

final class FeatureIndexTests: XCTestCase {
    func testEveryKeyFindsItsColumnAndOthersFindNothing() {
        var random = SplitMix(seed: 11)
        for size in [0, 1, 7, 8, 9, 1000, 5000] {
            let keys = (0..<size).map { _ in random.next() | 2 }  // never 0 or 1: those two share a slot by design
            let index = FeatureIndex(keys: keys)
            for (column, key) in keys.enumerated() { XCTAssertEqual(index.column(of: key), Int32(column), "size \(size)") }
            for _ in 0..<1000 {
                let other = random.next() | 2
                if !keys.contains(other) { XCTAssertNil(index.column(of: other), "size \(size)") }
            }
        }
    }

    func testKeysThatShareLowBitsStillResolve() {
        // Keys equal in the bits that pick the first slot: they probe on to later slots.
        let keys: [UInt64] = (1...20).map { UInt64($0) << 40 | 0x38 }
        let index = FeatureIndex(keys: keys)
        for (column, key) in keys.enumerated() { XCTAssertEqual(index.column(of: key), Int32(column)) }
        XCTAssertNil(index.column(of: 21 << 40 | 0x38))
    }
}
