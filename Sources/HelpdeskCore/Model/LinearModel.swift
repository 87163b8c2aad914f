/// One weight per (feature, class), stored as 8-bit integers with a scale per feature, and a bias per class; scores a sparse vector against every class at once.
public struct LinearModel: Sendable {
    public let classes: Int
    public let features: Int
    /// Feature-major: the weights of feature f are `Float(quantized[f * classes + c]) * scales[f]`.
    public let quantized: [Int8]
    public let scales: [Float]
    public let bias: [Float]

    public init(classes: Int, features: Int, quantized: [Int8], scales: [Float], bias: [Float]) {
        precondition(quantized.count == classes * features && scales.count == features && bias.count == classes)
        self.classes = classes
        self.features = features
        self.quantized = quantized
        self.scales = scales
        self.bias = bias
    }

    /// Quantizes feature-major float weights, one scale per feature (its largest absolute weight maps to 127).
    public init(classes: Int, features: Int, weights: UnsafeBufferPointer<Float>, bias: [Float]) {
        var scales = [Float](repeating: 0, count: features)
        let quantized = [Int8](unsafeUninitializedCapacity: classes * features) { q, count in
            for f in 0..<features {
                let row = f * classes
                var largest: Float = 0
                for c in 0..<classes { largest = max(largest, abs(weights[row + c])) }
                let scale = largest > 0 ? largest / 127 : 1
                scales[f] = largest > 0 ? scale : 0
                for c in 0..<classes { q[row + c] = Int8((weights[row + c] / scale).rounded()) }
            }
            count = classes * features
        }
        self.init(classes: classes, features: features, quantized: quantized, scales: scales, bias: bias)
    }

    public func weight(feature f: Int, class c: Int) -> Float { Float(quantized[f * classes + c]) * scales[f] }

    /// The score of every class for `x`, written into `scores` (resized to the class count).
    public func scores(_ x: SparseVector, into scores: inout [Float]) {
        scores.removeAll(keepingCapacity: true)
        scores.append(contentsOf: bias)
        let c = classes
        quantized.withUnsafeBufferPointer { q in
            scores.withUnsafeMutableBufferPointer { s in
                for k in 0..<x.indices.count {
                    let f = Int(x.indices[k])
                    let a = x.values[k] * scales[f]
                    let row = f * c
                    for j in 0..<c { s[j] += a * Float(q[row + j]) }
                }
            }
        }
    }

    public func scores(_ x: SparseVector) -> [Float] {
        var result: [Float] = []
        scores(x, into: &result)
        return result
    }
}
