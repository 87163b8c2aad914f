import XCTest
@testable import HelpdeskCore

final class LinearModelTests: XCTestCase {
    private static let classes = 4, features = 6
    /// Feature-major weights, with an all-zero feature (3) and one feature of very different size (5).
    private static let weights: [Float] = [
        0.5, -0.25, 0.125, 0.0,
        1.0, 0.9, -0.8, 0.7,
        -0.031, 0.017, 0.002, -0.009,
        0.0, 0.0, 0.0, 0.0,
        0.33, -0.66, 0.99, -0.11,
        12.0, -3.0, 0.5, 7.25,
    ]
    private static let bias: [Float] = [0.1, -0.2, 0.0, -1.5]

    private func model() -> LinearModel {
        Self.weights.withUnsafeBufferPointer {
            LinearModel(classes: Self.classes, features: Self.features, weights: $0, bias: Self.bias)
        }
    }

    private func floatScores(_ x: SparseVector) -> [Float] {
        (0..<Self.classes).map { c in
            zip(x.indices, x.values).reduce(Self.bias[c]) { $0 + Self.weights[Int($1.0) * Self.classes + c] * $1.1 }
        }
    }

    func testQuantizedScoresAreCloseToFloatScores() {
        let vectors = [
            SparseVector(indices: [0, 1, 2, 3, 4, 5], values: [0.4, 0.4, 0.4, 0.4, 0.4, 0.4]),
            SparseVector(indices: [1], values: [1]),
            SparseVector(indices: [2, 5], values: [0.9, 0.1]),
            SparseVector(indices: [0, 4], values: [-0.7, 0.7]),
            SparseVector(),
        ]
        let model = model()
        for x in vectors {
            let got = model.scores(x), want = floatScores(x)
            // Each weight is off by at most half a step, its feature's largest weight / 254.
            var bound: Float = 1e-6
            for (f, v) in zip(x.indices, x.values) {
                let largest = (0..<Self.classes).map { abs(Self.weights[Int(f) * Self.classes + $0]) }.max()!
                bound += abs(v) * largest / 254
            }
            for c in 0..<Self.classes { XCTAssertEqual(got[c], want[c], accuracy: bound, "\(x.indices) class \(c)") }
        }
    }

    func testLargestWeightOfAFeatureIsExact() {
        let model = model()
        XCTAssertEqual(model.weight(feature: 1, class: 0), 1.0, accuracy: 1e-6)
        XCTAssertEqual(model.weight(feature: 5, class: 0), 12.0, accuracy: 1e-5)
        XCTAssertEqual(model.quantized[1 * Self.classes], 127)
        XCTAssertEqual(model.quantized[5 * Self.classes], 127)
        XCTAssertEqual(model.quantized[4 * Self.classes + 2], 127)
    }

    func testZeroFeatureHasZeroScale() {
        let model = model()
        XCTAssertEqual(model.scales[3], 0)
        for c in 0..<Self.classes { XCTAssertEqual(model.weight(feature: 3, class: c), 0) }
    }

    func testScoresIntoReusesTheBuffer() {
        let model = model()
        var scores: [Float] = [9, 9, 9, 9, 9, 9, 9]
        model.scores(SparseVector(indices: [1], values: [1]), into: &scores)
        XCTAssertEqual(scores.count, Self.classes)
        XCTAssertEqual(scores, model.scores(SparseVector(indices: [1], values: [1])))
    }
}
