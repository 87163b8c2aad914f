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

    /// The vector of `keys`, written into `x` (its arrays are reused). Repeated columns are merged through a small
    /// open-addressing table on scratch memory; each column becomes one sublinear TF-IDF value, in first-seen order.
    func vector(_ keys: UnsafeBufferPointer<UInt64>, unseenWeight: Float = 1, into x: inout SparseVector) {
        x.indices.removeAll(keepingCapacity: true)
        x.values.removeAll(keepingCapacity: true)
        // A power of two at least twice the key count, so probes stay short.
        var bits = 4
        while 1 << bits < 2 * keys.count { bits += 1 }
        let mask = (1 << bits) - 1
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * keys.count + (1 << bits) + 1) { scratch in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: keys.count + 1) { values in
                let columns = scratch.baseAddress!, counts = columns + keys.count, table = counts + keys.count
                table.initialize(repeating: 0, count: 1 << bits)  // a slot holds a distinct column's position + 1
                var unseen: Float = 0
                var distinct = 0
                for key in keys {
                    guard let column = index.column(of: key) else { unseen += 1; continue }
                    var slot = Int(truncatingIfNeeded: (UInt32(bitPattern: column) &* 0x9E37_79B1) >> UInt32(32 - bits))
                    while true {
                        let held = Int(table[slot])
                        if held == 0 {
                            table[slot] = Int32(truncatingIfNeeded: distinct &+ 1)
                            columns[distinct] = column
                            counts[distinct] = 1
                            distinct &+= 1
                            break
                        }
                        if columns[held &- 1] == column { counts[held &- 1] &+= 1; break }
                        slot = (slot &+ 1) & mask
                    }
                }
                var norm: Float = 0
                idf.withUnsafeBufferPointer { idf in
                    for k in 0..<distinct {
                        let run = counts[k]
                        let value = (run == 1 ? 1 : 1 + logf(Float(run))) * idf[Int(columns[k])]
                        values[k] = value
                        norm += value * value
                    }
                }
                let u = unseenWeight * unseenIDF
                norm += unseen * u * u
                if norm > 0 {
                    let scale = 1 / norm.squareRoot()
                    for k in 0..<distinct { values[k] *= scale }
                }
                x.indices.append(contentsOf: UnsafeBufferPointer(start: columns, count: distinct))
                x.values.append(contentsOf: UnsafeBufferPointer(start: values.baseAddress, count: distinct))
            }
        }
    }
}
