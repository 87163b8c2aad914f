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
        var found: [Int32] = []
        found.reserveCapacity(keys.count)
        var unseen: Float = 0
        for key in keys {
            if let column = index.column(of: key) { found.append(column) } else { unseen += 1 }
        }
        found.sort()
        var indices: [Int32] = []
        var values: [Float] = []
        indices.reserveCapacity(found.count)
        values.reserveCapacity(found.count)
        var norm: Float = 0
        var i = 0
        while i < found.count {
            var j = i + 1
            while j < found.count, found[j] == found[i] { j += 1 }
            let value = (1 + logf(Float(j - i))) * idf[Int(found[i])]
            indices.append(found[i])
            values.append(value)
            norm += value * value
            i = j
        }
        let u = unseenWeight * unseenIDF
        norm += unseen * u * u
        if norm > 0 {
            let scale = 1 / norm.squareRoot()
            for k in values.indices { values[k] *= scale }
        }
        return SparseVector(indices: indices, values: values)
    }
}
