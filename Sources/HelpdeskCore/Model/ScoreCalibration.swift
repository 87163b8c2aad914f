import Foundation

/// Turns a raw classifier score and its lead over the best other entry into the probability that the answer is right,
/// by logistic regression fitted on out-of-fold scores of the knowledge base's own examples (Platt scaling).
public struct ScoreCalibration: Sendable, Equatable {
    public var scoreWeight: Float
    public var marginWeight: Float
    public var intercept: Float

    public init(scoreWeight: Float, marginWeight: Float, intercept: Float) {
        self.scoreWeight = scoreWeight
        self.marginWeight = marginWeight
        self.intercept = intercept
    }

    /// Used when there is nothing to fit on (a KB too small for cross-validation): the slope fitted on the shipped
    /// and CLINC150 knowledge bases (about 3.6), with no intercept, so that only a positive score passes 0.5.
    public static let fallback = ScoreCalibration(scoreWeight: 3.6, marginWeight: 0, intercept: 0)

    /// A calibration sample: the score, the lead over the best other entry (negative when behind), and whether it was right.
    public struct Sample: Sendable {
        public var score: Float
        public var margin: Float
        public var correct: Bool
    }

    public func confidence(score: Float, margin: Float) -> Double {
        let z = scoreWeight * score + marginWeight * margin + intercept
        return Double(1 / (1 + expf(-z)))
    }

    /// Fits by Newton's method on the log-loss with a small ridge penalty, so that separable samples stay finite.
    /// A fit whose confidence would fall as the score rises (a handful of samples can do that) gives `fallback`.
    public static func fit(_ samples: [Sample], useMargin: Bool = false, ridge: Double = 1e-3, iterations: Int = 25) -> ScoreCalibration {
        guard samples.contains(where: \.correct), samples.contains(where: { !$0.correct }) else { return .fallback }
        var w = [0.0, 0.0, 0.0]
        for _ in 0..<iterations {
            var gradient = [0.0, 0.0, 0.0]
            var hessian = [[Double]](repeating: [0, 0, 0], count: 3)
            for s in samples {
                let x = [Double(s.score), Double(s.margin), 1]
                let p = 1 / (1 + exp(-(w[0] * x[0] + w[1] * x[1] + w[2] * x[2])))
                let y = s.correct ? 1.0 : 0.0
                for i in 0..<3 {
                    gradient[i] += (p - y) * x[i]
                    for j in 0..<3 { hessian[i][j] += p * (1 - p) * x[i] * x[j] }
                }
            }
            for i in 0..<2 {
                gradient[i] += ridge * Double(samples.count) * w[i]
                hessian[i][i] += ridge * Double(samples.count)
            }
            if !useMargin {
                gradient[1] = 0
                hessian[1] = [0, 1, 0]
                hessian[0][1] = 0
                hessian[2][1] = 0
            }
            hessian[2][2] += 1e-9
            guard let step = solve(hessian, gradient) else { break }
            for i in 0..<3 { w[i] -= step[i] }
            if step.map(abs).max()! < 1e-6 { break }
        }
        guard w[0] > 0, w[1] >= 0 else { return .fallback }
        return ScoreCalibration(scoreWeight: Float(w[0]), marginWeight: Float(w[1]), intercept: Float(w[2]))
    }

    /// Solves a 3x3 linear system by Cramer's rule; nil when it is singular.
    private static func solve(_ a: [[Double]], _ b: [Double]) -> [Double]? {
        func det(_ m: [[Double]]) -> Double {
            m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
        }
        let d = det(a)
        guard abs(d) > 1e-12 else { return nil }
        return (0..<3).map { column in
            var m = a
            for row in 0..<3 { m[row][column] = b[row] }
            return det(m) / d
        }
    }
}
