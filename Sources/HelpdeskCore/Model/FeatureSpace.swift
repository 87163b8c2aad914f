import Foundation

/// The features a model was trained on: key to column, with inverse document frequencies; turns keys into L2-normalized, sublinear TF-IDF vectors.
public struct FeatureSpace: Sendable {
    /// The key of each column.
    public let keys: [UInt64]
    public let idf: [Float]
    /// The weight an unseen feature would have had: it still counts in the vector's length, so unknown words lower every score.
    public let unseenIDF: Float
    private let index: FeatureIndex

    /// Builds the space from the training documents' keys.
    public init(documents: [[UInt64]]) {
        var columns: [UInt64: Int32] = [:]
        var keys: [UInt64] = []
        var frequency: [Int32] = []
        var lastSeen: [Int] = []
        for (d, document) in documents.enumerated() {
            for key in document {
                let column: Int
                if let existing = columns[key] {
                    column = Int(existing)
                } else {
                    column = keys.count
                    columns[key] = Int32(column)
                    keys.append(key)
                    frequency.append(0)
                    lastSeen.append(-1)
                }
                if lastSeen[column] != d {
                    lastSeen[column] = d
                    frequency[column] += 1
                }
            }
        }
        let n = Float(documents.count)
        self.init(keys: keys, idf: frequency.map { 1 + logf((1 + n) / (1 + Float($0))) }, unseenIDF: 1 + logf(1 + n))
    }

    init(keys: [UInt64], idf: [Float], unseenIDF: Float) {
        self.keys = keys
        self.idf = idf
        self.unseenIDF = unseenIDF
        self.index = FeatureIndex(keys: keys)
    }

    public var count: Int { idf.count }

    /// The column of a key, if the model knows it.
    public func index(of key: UInt64) -> Int32? { index.column(of: key) }

    /// The vector of a document's keys; `unseenWeight` scales how much unseen features lengthen it.
    public func vector(_ keys: [UInt64], unseenWeight: Float = 1) -> SparseVector {
        var x = SparseVector()
        keys.withUnsafeBufferPointer { vector($0, unseenWeight: unseenWeight, into: &x) }
        return x
    }

    /// The vector of `keys`, written into `x` (its arrays are reused). Columns are sorted by an LSD radix sort on
    /// scratch memory, then runs of the same column become one sublinear TF-IDF value, in column order.
    func vector(_ keys: UnsafeBufferPointer<UInt64>, unseenWeight: Float = 1, into x: inout SparseVector) {
        x.indices.removeAll(keepingCapacity: true)
        x.values.removeAll(keepingCapacity: true)
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * keys.count + 1) { scratch in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: keys.count + 1) { values in
                var unseen: Float = 0
                var count = 0
                let found = scratch.baseAddress!, spare = found + keys.count
                for key in keys {
                    if let column = index.column(of: key) { found[count] = column; count &+= 1 } else { unseen += 1 }
                }
                let sorted = Self.radixSort(found, count: count, spare: spare, largest: Int32(truncatingIfNeeded: self.keys.count))
                // Runs of one column shrink in place to one column and its value.
                var distinct = 0
                var norm: Float = 0
                idf.withUnsafeBufferPointer { idf in
                    var i = 0
                    while i < count {
                        let column = sorted[i]
                        var j = i &+ 1
                        while j < count, sorted[j] == column { j &+= 1 }
                        let run = j &- i
                        let value = (run == 1 ? 1 : 1 + logf(Float(run))) * idf[Int(column)]
                        sorted[distinct] = column
                        values[distinct] = value
                        distinct &+= 1
                        norm += value * value
                        i = j
                    }
                }
                let u = unseenWeight * unseenIDF
                norm += unseen * u * u
                if norm > 0 {
                    let scale = 1 / norm.squareRoot()
                    for k in 0..<distinct { values[k] *= scale }
                }
                x.indices.append(contentsOf: UnsafeBufferPointer(start: sorted, count: distinct))
                x.values.append(contentsOf: UnsafeBufferPointer(start: values.baseAddress, count: distinct))
            }
        }
    }

    /// Sorts `count` non-negative columns below `largest` (8 bits a pass, as many passes as `largest` needs; insertion
    /// sort for a handful); the result is in `values` or `spare`, whichever was written last.
    private static func radixSort(_ values: UnsafeMutablePointer<Int32>, count: Int, spare: UnsafeMutablePointer<Int32>,
                                  largest: Int32) -> UnsafeMutablePointer<Int32> {
        if count <= 16 {
            for i in 1..<max(count, 1) {
                let value = values[i]
                var j = i
                while j > 0, values[j &- 1] > value { values[j] = values[j &- 1]; j &-= 1 }
                values[j] = value
            }
            return values
        }
        var passes = 1
        var rest = max(largest &- 1, 0) >> 8
        while rest > 0 { passes &+= 1; rest >>= 8 }
        var from = values, to = spare
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { buckets in
            for pass in 0..<passes {
                let shift = Int32(pass &* 8)
                buckets.initialize(repeating: 0)
                for i in 0..<count { buckets[Int((from[i] >> shift) & 0xFF)] &+= 1 }
                var total = 0
                for b in 0..<256 {
                    let n = buckets[b]
                    buckets[b] = total
                    total &+= n
                }
                for i in 0..<count {
                    let value = from[i]
                    let b = Int((value >> shift) & 0xFF)
                    to[buckets[b]] = value
                    buckets[b] &+= 1
                }
                swap(&from, &to)
            }
        }
        return from
    }
}
