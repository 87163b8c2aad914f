import CScoring

/// One weight per (feature, class), stored as 8-bit integers with a scale per feature, and a bias per class; scores a sparse vector against every class at once.
public struct LinearModel: Sendable {
    public let classes: Int
    public let features: Int
    /// Feature-major: the weights of feature f are `Float(quantized[f * classes + c]) * scales[f]`; followed by
    /// `padding` zero bytes, so the scoring kernel can read whole blocks past the last row.
    public let quantized: [Int8]
    static let padding = Int(HELPDESK_SCORE_BLOCK)
    public let scales: [Float]
    public let bias: [Float]

    public init(classes: Int, features: Int, quantized: [Int8], scales: [Float], bias: [Float]) {
        precondition(quantized.count == classes * features && scales.count == features && bias.count == classes)
        self.classes = classes
        self.features = features
        self.quantized = quantized + repeatElement(0, count: Self.padding)
        self.scales = scales
        self.bias = bias
    }

    /// Quantizes feature-major float weights, one scale per feature (its largest absolute weight maps to 127).
    public init(classes: Int, features: Int, weights: UnsafeBufferPointer<Float>, bias: [Float]) {
        var scales = [Float](repeating: 0, count: features)
        let quantized = [Int8](unsafeUninitializedCapacity: classes * features + Self.padding) { q, count in
            for f in 0..<features {
                let row = f * classes
                var largest: Float = 0
                for c in 0..<classes { largest = max(largest, abs(weights[row + c])) }
                let scale = largest > 0 ? largest / 127 : 1
                scales[f] = largest > 0 ? scale : 0
                for c in 0..<classes { q[row + c] = Int8((weights[row + c] / scale).rounded()) }
            }
            for i in 0..<Self.padding { q[classes * features + i] = 0 }
            count = classes * features + Self.padding
        }
        self.classes = classes
        self.features = features
        self.quantized = quantized
        self.scales = scales
        self.bias = bias
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

    /// Adds `values[k] * weight(indices[k], c)` to `scores[c]` for every class. Each feature's factor
    /// `values[k] * scales[f]` is rounded to a 16-bit integer (the largest to 32,767, or less when the factors are
    /// many, so that no sum can overflow); the kernel sums in exact integer arithmetic, and the total is scaled back once.
    func accumulate(indices: UnsafeBufferPointer<Int32>, values: UnsafeBufferPointer<Float>, into s: UnsafeMutablePointer<Float>) {
        let n = indices.count
        guard n > 0 else { return }
        let blocks = (classes + Self.padding - 1) / Self.padding
        scales.withUnsafeBufferPointer { scales in
            withUnsafeTemporaryAllocation(of: Int16.self, capacity: n) { factors in
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: blocks * Self.padding) { sums in
                    var largest: Float = 0, total: Float = 0
                    for k in 0..<n {
                        let a = abs(values[k] * scales[Int(indices[k])])
                        largest = max(largest, a)
                        total += a
                    }
                    guard largest > 0 else { return }
                    // 127 * 16,000,000 stays below 2^31 whatever the signs.
                    let toInteger = min(32767 / largest, 16_000_000 / total)
                    for k in 0..<n {  // rounded half away from zero, without a call to the C library's roundf
                        let factor = values[k] * scales[Int(indices[k])] * toInteger
                        factors[k] = Int16(factor + (factor < 0 ? -0.5 : 0.5))
                    }
                    sums.initialize(repeating: 0)
                    quantized.withUnsafeBufferPointer { q in
                        helpdesk_accumulate(q.baseAddress!, classes, indices.baseAddress!, factors.baseAddress!, n, sums.baseAddress!)
                    }
                    let back = 1 / toInteger
                    for c in 0..<classes { s[c] += Float(sums[c]) * back }
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
