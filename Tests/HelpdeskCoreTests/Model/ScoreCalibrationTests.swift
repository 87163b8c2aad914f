import XCTest
@testable import HelpdeskCore

final class ScoreCalibrationTests: XCTestCase {
    typealias Sample = ScoreCalibration.Sample

    /// Scores from -1 to 1, right when the score is positive, with a symmetric pair of exceptions near 0 so the data
    /// are not separable: the fitted boundary is at score 0.
    private static let symmetric: [Sample] = {
        var samples: [Sample] = []
        for i in -10...10 where i != 0 {
            let score = Float(i) / 10
            samples.append(Sample(score: score, margin: score, correct: score > 0))
        }
        samples.append(Sample(score: 0.1, margin: 0.1, correct: false))
        samples.append(Sample(score: -0.1, margin: -0.1, correct: true))
        return samples
    }()

    func testMonotoneInScore() {
        let calibration = ScoreCalibration.fit(Self.symmetric)
        XCTAssertGreaterThan(calibration.scoreWeight, 0)
        var previous = -1.0
        for i in -20...20 {
            let p = calibration.confidence(score: Float(i) / 10, margin: 0)
            XCTAssertGreaterThan(p, previous, "score \(Float(i) / 10)")
            XCTAssertTrue((0...1).contains(p))
            previous = p
        }
    }

    func testAboutOneHalfAtTheBoundary() {
        let calibration = ScoreCalibration.fit(Self.symmetric)
        XCTAssertEqual(calibration.confidence(score: 0, margin: 0), 0.5, accuracy: 0.02)
        XCTAssertEqual(calibration.intercept, 0, accuracy: 0.05)
        XCTAssertGreaterThan(calibration.confidence(score: 1, margin: 0), 0.9)
        XCTAssertLessThan(calibration.confidence(score: -1, margin: 0), 0.1)
    }

    func testShiftedBoundary() {
        // Right above score 0.5 only: confidence crosses one half near 0.5.
        let samples = Self.symmetric.map { Sample(score: $0.score + 0.5, margin: $0.margin, correct: $0.correct) }
        let calibration = ScoreCalibration.fit(samples)
        XCTAssertEqual(calibration.confidence(score: 0.5, margin: 0), 0.5, accuracy: 0.03)
        XCTAssertLessThan(calibration.confidence(score: 0.3, margin: 0), 0.5)
        XCTAssertGreaterThan(calibration.confidence(score: 0.7, margin: 0), 0.5)
    }

    func testMarginIgnoredUnlessAsked() {
        XCTAssertEqual(ScoreCalibration.fit(Self.symmetric).marginWeight, 0)
        let calibration = ScoreCalibration.fit(Self.symmetric, useMargin: true)
        XCTAssertGreaterThan(calibration.scoreWeight + calibration.marginWeight, 0)
    }

    func testSeparableSamplesStayFinite() {
        let samples = (1...10).map { Sample(score: Float($0) / 10, margin: 0, correct: true) }
            + (1...10).map { Sample(score: -Float($0) / 10, margin: 0, correct: false) }
        let calibration = ScoreCalibration.fit(samples)
        XCTAssertTrue(calibration.scoreWeight.isFinite && calibration.intercept.isFinite)
        XCTAssertGreaterThan(calibration.scoreWeight, 0)
    }

    func testDegenerateInputsGiveTheFallback() {
        let table: [(name: String, samples: [Sample])] = [
            ("no samples", []),
            ("all right", (0..<5).map { Sample(score: Float($0), margin: 0, correct: true) }),
            ("all wrong", (0..<5).map { Sample(score: Float($0), margin: 0, correct: false) }),
            ("one sample", [Sample(score: 0.3, margin: 0.1, correct: true)]),
            // A tiny KB's few samples can say "the higher the score, the likelier wrong": never a falling confidence.
            ("inverted", [Sample(score: -0.5, margin: 0.1, correct: true), Sample(score: 0.6, margin: 0.2, correct: false),
                          Sample(score: -0.2, margin: 0.1, correct: true)]),
        ]
        for row in table {
            XCTAssertEqual(ScoreCalibration.fit(row.samples), .fallback, row.name)
        }
    }

    func testFallbackPassesOneHalfOnlyAboveZero() {
        let fallback = ScoreCalibration.fallback
        XCTAssertEqual(fallback.confidence(score: 0, margin: 0), 0.5, accuracy: 1e-9)
        XCTAssertGreaterThan(fallback.confidence(score: 0.01, margin: 0), 0.5)
        XCTAssertLessThan(fallback.confidence(score: -0.01, margin: 0), 0.5)
        XCTAssertEqual(fallback.confidence(score: 0.2, margin: 5), fallback.confidence(score: 0.2, margin: -5), "no margin weight")
    }
}
