/// One weight per (feature, class) and a bias per class; scores a sparse vector against every class at once.
public struct LinearModel: Sendable {
    public let classes: Int
    public let features: Int
    /// Feature-major: the weights of feature f for every class are `weights[f * classes ..< (f + 1) * classes]`.
    public private(set) var weights: [Float]
    public private(set) var bias: [Float]

    public init(classes: Int, features: Int, weights: [Float], bias: [Float]) {
        precondition(weights.count == classes * features && bias.count == classes)
        self.classes = classes
        self.features = features
        self.weights = weights
        self.bias = bias
    }

    /// The score of every class for `x`.
    public func scores(_ x: SparseVector) -> [Float] {
        var scores = bias
        let c = classes
        weights.withUnsafeBufferPointer { w in
            scores.withUnsafeMutableBufferPointer { s in
                for k in 0..<x.indices.count {
                    let v = x.values[k]
                    let row = Int(x.indices[k]) * c
                    for j in 0..<c { s[j] += v * w[row + j] }
                }
            }
        }
        return scores
    }
}
