import CScoring
import XCTest
@testable import HelpdeskCore

/// The C scoring kernels (AVX2 and without) against a plain integer loop: every class count around the block size,
/// every feature count around the unrolling and the AVX2 chunk, extreme weights and factors, and repeated features.
final class AccumulateTests: XCTestCase {
    private func reference(_ weights: [Int8], classes: Int, indices: [Int32], factors: [Int16]) -> [Int32] {
        var sums = [Int32](repeating: 0, count: classes)
        for (f, a) in zip(indices, factors) {
            for c in 0..<classes { sums[c] += Int32(a) * Int32(weights[Int(f) * classes + c]) }
        }
        return sums
    }

    /// Each kernel's sums: the one this processor runs, and the one a processor without AVX2 runs.
    private func kernels(_ weights: [Int8], classes: Int, indices: [Int32], factors: [Int16]) -> [[Int32]] {
        let block = Int(HELPDESK_SCORE_BLOCK)
        let padded = weights + [Int8](repeating: 0, count: block)
        return [helpdesk_accumulate, helpdesk_accumulate_without_avx2].map { kernel in
            var sums = [Int32](repeating: 0, count: (classes + block - 1) / block * block)
            kernel(padded, classes, indices, factors, indices.count, &sums)
            return Array(sums.prefix(classes))
        }
    }

    func testMatchesAPlainLoop() {
        var random = SplitMix(seed: 7)
        let table: [(classes: Int, features: Int, count: Int)] = [
            (1, 1, 1), (15, 3, 2), (16, 4, 4), (17, 5, 5), (31, 6, 7), (150, 40, 9), (150, 40, 0), (77, 9, 3),
            // Around the AVX2 kernel's chunk of 128 features.
            (33, 300, 127), (33, 300, 128), (33, 300, 129), (150, 500, 257),
        ]
        for row in table {
            let weights = (0..<(row.classes * row.features)).map { _ in Int8(truncatingIfNeeded: Int(random.next() % 255) - 127) }
            let indices = (0..<row.count).map { _ in Int32(random.next() % UInt64(row.features)) }
            let factors = (0..<row.count).map { _ in Int16(truncatingIfNeeded: Int(random.next() % 65535) - 32767) }
            let expected = reference(weights, classes: row.classes, indices: indices, factors: factors)
            for sums in kernels(weights, classes: row.classes, indices: indices, factors: factors) {
                XCTAssertEqual(sums, expected, "\(row)")
            }
        }
    }

    func testExtremesDoNotOverflowAPair() {
        // Both weights -127 and both factors -32767: the 16-bit pair sum is 2 * 4,161,409, well inside 32 bits.
        let weights = [Int8](repeating: -127, count: 2 * 20)
        for sums in kernels(weights, classes: 20, indices: [0, 1, 0, 1, 1], factors: [-32767, -32767, 32767, -32767, -32767]) {
            XCTAssertEqual(sums, [Int32](repeating: 3 * 127 * 32767, count: 20))
        }
    }
}
