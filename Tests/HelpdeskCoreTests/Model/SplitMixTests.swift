import XCTest
@testable import HelpdeskCore

/// Training is repeatable only while SplitMix gives the published SplitMix64 sequence for a seed.
final class SplitMixTests: XCTestCase {
    func testGivesTheSplitMix64Sequence() {
        let cases: [(seed: UInt64, first: [UInt64])] = [
            (0, [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F, 0xF88B_B8A8_724C_81EC]),
        ]
        for c in cases {
            var random = SplitMix(seed: c.seed)
            XCTAssertEqual(c.first.indices.map { _ in random.next() }, c.first, "seed \(c.seed)")
        }
    }
}
