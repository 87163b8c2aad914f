import XCTest
@testable import HelpdeskCore

final class SVMTrainerTests: XCTestCase {
    /// Three classes, each with its own features (0-1, 2-3, 4-5) plus a shared feature 6; off-topic examples use 7-8.
    private static func toyProblem() -> (rows: CompressedRows, labels: [Int], vectors: [SparseVector]) {
        let examples: [(indices: [Int32], label: Int)] = [
            ([0, 6], 0), ([1, 6], 0), ([0, 1], 0),
            ([2, 6], 1), ([3, 6], 1), ([2, 3], 1),
            ([4, 6], 2), ([5, 6], 2), ([4, 5], 2),
            ([7], -1), ([8], -1), ([7, 8], -1), ([6, 7], -1),
        ]
        var rows = CompressedRows()
        var vectors: [SparseVector] = []
        for example in examples {
            let value = 1 / Float(example.indices.count).squareRoot()
            let x = SparseVector(indices: example.indices, values: Array(repeating: value, count: example.indices.count))
            rows.append(x)
            vectors.append(x)
        }
        return (rows, examples.map(\.label), vectors)
    }

    private func train() -> (LinearModel, [Int], [SparseVector]) {
        let toy = Self.toyProblem()
        return (SVMTrainer().train(examples: toy.rows, labels: toy.labels, classes: 3, features: 9), toy.labels, toy.vectors)
    }

    func testEachExampleScoresItsOwnClassHighest() {
        let (model, labels, vectors) = train()
        XCTAssertEqual(model.classes, 3)
        XCTAssertEqual(model.features, 9)
        for (x, label) in zip(vectors, labels) where label >= 0 {
            let scores = model.scores(x)
            XCTAssertEqual(scores.firstIndex(of: scores.max()!), label, "\(x.indices): \(scores)")
            XCTAssertGreaterThan(scores[label], 0, "\(x.indices): \(scores)")
        }
    }

    func testOffTopicExamplesScoreNegativeForEveryClass() {
        let (model, labels, vectors) = train()
        for (x, label) in zip(vectors, labels) where label < 0 {
            let scores = model.scores(x)
            XCTAssertTrue(scores.allSatisfy { $0 < 0 }, "\(x.indices): \(scores)")
        }
    }

    func testTrainingIsRepeatable() {
        let (a, _, _) = train()
        let (b, _, _) = train()
        XCTAssertEqual(a.quantized, b.quantized)
        XCTAssertEqual(a.scales, b.scales)
        XCTAssertEqual(a.bias, b.bias)
    }

    func testUnusedFeatureHasNoWeight() {
        let toy = Self.toyProblem()
        let model = SVMTrainer().train(examples: toy.rows, labels: toy.labels, classes: 3, features: 12)
        for f in 9..<12 {
            for c in 0..<3 { XCTAssertEqual(model.weight(feature: f, class: c), 0) }
        }
    }

    func testEmptyVectorScoresTheBias() {
        let (model, _, _) = train()
        XCTAssertEqual(model.scores(SparseVector()), model.bias)
        // Most examples are negatives for each class, so an empty question leans towards no class.
        XCTAssertTrue(model.bias.allSatisfy { $0 < 0 }, "\(model.bias)")
    }
}
