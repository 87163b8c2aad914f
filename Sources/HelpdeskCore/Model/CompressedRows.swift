/// Sparse vectors in one contiguous block (compressed sparse rows), so training threads share no reference counts.
public struct CompressedRows: Sendable {
    public private(set) var starts: [Int] = [0]
    public private(set) var indices: [Int32] = []
    public private(set) var values: [Float] = []

    public init() {}

    public var count: Int { starts.count - 1 }

    public mutating func append(_ x: SparseVector) {
        indices += x.indices
        values += x.values
        starts.append(indices.count)
    }

    func squaredNorms(adding constant: Float) -> [Float] {
        (0..<count).map { i in values[starts[i]..<starts[i + 1]].reduce(constant) { $0 + $1 * $1 } }
    }

    func withBuffers<R>(_ body: (UnsafeBufferPointer<Int>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Float>) -> R) -> R {
        starts.withUnsafeBufferPointer { s in indices.withUnsafeBufferPointer { i in values.withUnsafeBufferPointer { v in body(s, i, v) } } }
    }
}
