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
        scores.withUnsafeMutableBufferPointer { s in
            x.indices.withUnsafeBufferPointer { indices in
                x.values.withUnsafeBufferPointer { values in accumulate(indices: indices, values: values, into: s.baseAddress!) }
            }
        }
    }

    /// Adds `values[k] * weight(indices[k], c)` to `scores[c]` for every class, feature by feature in order; four
    /// features share one pass over the scores, each added in turn, so every score is the same sum in the same order.
    func accumulate(indices: UnsafeBufferPointer<Int32>, values: UnsafeBufferPointer<Float>, into s: UnsafeMutablePointer<Float>) {
        let c = classes
        quantized.withUnsafeBufferPointer { q in
            scales.withUnsafeBufferPointer { scales in
                let base = q.baseAddress!
                let n = indices.count
                var k = 0
                while k &+ 4 <= n {
                    let f0 = Int(indices[k]), f1 = Int(indices[k &+ 1]), f2 = Int(indices[k &+ 2]), f3 = Int(indices[k &+ 3])
                    let a0 = values[k] * scales[f0], a1 = values[k &+ 1] * scales[f1]
                    let a2 = values[k &+ 2] * scales[f2], a3 = values[k &+ 3] * scales[f3]
                    let r0 = base + f0 &* c, r1 = base + f1 &* c, r2 = base + f2 &* c, r3 = base + f3 &* c
                    for j in 0..<c {
                        var v = s[j]
                        v += a0 * Float(r0[j])
                        v += a1 * Float(r1[j])
                        v += a2 * Float(r2[j])
                        v += a3 * Float(r3[j])
                        s[j] = v
                    }
                    k &+= 4
                }
                while k < n {
                    let f = Int(indices[k])
                    let a = values[k] * scales[f]
                    let r = base + f &* c
                    for j in 0..<c { s[j] += a * Float(r[j]) }
                    k &+= 1
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
