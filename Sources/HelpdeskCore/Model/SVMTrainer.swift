import Dispatch

/// Trains a one-vs-rest linear SVM (squared hinge loss, L2 regularization) by dual coordinate descent with shrinking, as liblinear does; classes train in parallel.
public struct SVMTrainer: Sendable {
    /// Inverse regularization strength.
    public var cost: Float = 1
    /// Constant feature added to every example so each class learns a bias.
    public var biasFeature: Float = 1
    public var maximumEpochs = 1000
    /// Stop when the spread of projected gradients over an epoch falls below this.
    public var tolerance: Float = 0.1

    public init() {}

    /// `labels[i]` is the class of example i, or -1 for a negative-only example (an off-topic phrasing).
    public func train(examples rows: CompressedRows, labels: [Int], classes: Int, features: Int) -> LinearModel {
        let norms = rows.squaredNorms(adding: biasFeature * biasFeature)
        let weights = UnsafeMutableBufferPointer<Float>.allocate(capacity: classes * features)
        let bias = UnsafeMutableBufferPointer<Float>.allocate(capacity: classes)
        defer { weights.deallocate(); bias.deallocate() }
        let output = SharedOutput(weights: weights, bias: bias)
        DispatchQueue.concurrentPerform(iterations: classes) { c in
            let (w, b) = rows.withBuffers { starts, indices, values in
                trainOne(class: c, starts: starts, indices: indices, values: values, labels: labels, norms: norms, features: features)
            }
            // Each class writes only its own column: the threads never touch the same element.
            for f in 0..<features { output.weights[f * classes + c] = w[f] }
            output.bias[c] = b
        }
        return LinearModel(classes: classes, features: features, weights: UnsafeBufferPointer(weights), bias: Array(bias))
    }

    private func trainOne(class c: Int, starts: UnsafeBufferPointer<Int>, indices: UnsafeBufferPointer<Int32>,
                          values: UnsafeBufferPointer<Float>, labels: [Int], norms: [Float], features: Int) -> ([Float], Float) {
        let n = starts.count - 1
        var w = [Float](repeating: 0, count: features)
        var b: Float = 0
        var alpha = [Float](repeating: 0, count: n)
        let diagonal = 1 / (2 * cost)
        var index = Array(0..<n)
        var active = n
        var random = SplitMix(seed: UInt64(c) &+ 0x9E37)
        var maxOld = Float.infinity
        w.withUnsafeMutableBufferPointer { w in
            var epoch = 0
            while epoch < maximumEpochs {
                for i in stride(from: active - 1, to: 0, by: -1) { index.swapAt(i, Int(random.next() % UInt64(i + 1))) }
                var maxNew = -Float.infinity, minNew = Float.infinity
                var s = 0
                while s < active {
                    let i = index[s]
                    let y: Float = labels[i] == c ? 1 : -1
                    var dot = b * biasFeature
                    for k in starts[i]..<starts[i + 1] { dot += w[Int(indices[k])] * values[k] }
                    let gradient = y * dot - 1 + diagonal * alpha[i]
                    var projected: Float = 0
                    if alpha[i] == 0 {
                        if gradient > maxOld {
                            active -= 1
                            index.swapAt(s, active)
                            continue
                        }
                        if gradient < 0 { projected = gradient }
                    } else {
                        projected = gradient
                    }
                    maxNew = max(maxNew, projected)
                    minNew = min(minNew, projected)
                    s += 1
                    guard abs(projected) > 1e-12 else { continue }
                    let old = alpha[i]
                    alpha[i] = max(old - gradient / (norms[i] + diagonal), 0)
                    let step = (alpha[i] - old) * y
                    for k in starts[i]..<starts[i + 1] { w[Int(indices[k])] += step * values[k] }
                    b += step * biasFeature
                }
                epoch += 1
                if maxNew - minNew <= tolerance {
                    if active == n { break }
                    active = n
                    maxOld = .infinity
                    continue
                }
                maxOld = maxNew <= 0 ? .infinity : maxNew
            }
        }
        return (w, b * biasFeature)
    }
}

/// The output buffers the training threads write into, each thread its own columns.
private struct SharedOutput: @unchecked Sendable {
    let weights: UnsafeMutableBufferPointer<Float>
    let bias: UnsafeMutableBufferPointer<Float>
}
