import Foundation

/// The features a model was trained on: key to column, with inverse document frequencies; turns keys into L2-normalized, sublinear TF-IDF vectors.
public struct FeatureSpace: Sendable {
    public private(set) var columns: [UInt64: Int32]
    public private(set) var idf: [Float]
    /// The weight an unseen feature would have had: it still counts in the vector's length, so unknown words lower every score.
    public private(set) var unseenIDF: Float

    /// Builds the space from the training documents' keys.
    public init(documents: [[UInt64]]) {
        var columns: [UInt64: Int32] = [:]
        var frequency: [Int32] = []
        for keys in documents {
            var seen = Set<Int32>()
            for key in keys {
                let column: Int32
                if let existing = columns[key] {
                    column = existing
                } else {
                    column = Int32(frequency.count)
                    columns[key] = column
                    frequency.append(0)
                }
                if seen.insert(column).inserted { frequency[Int(column)] += 1 }
            }
        }
        let n = Float(documents.count)
        self.columns = columns
        self.idf = frequency.map { 1 + logf((1 + n) / (1 + Float($0))) }
        self.unseenIDF = 1 + logf(1 + n)
    }

    init(columns: [UInt64: Int32], idf: [Float], unseenIDF: Float) {
        self.columns = columns
        self.idf = idf
        self.unseenIDF = unseenIDF
    }

    public var count: Int { idf.count }

    /// The vector of a document's keys; `unseenWeight` scales how much unseen features lengthen it.
    public func vector(_ keys: [UInt64], unseenWeight: Float = 1) -> SparseVector {
        var counts: [Int32: Float] = [:]
        var unseen: Float = 0
        for key in keys {
            if let column = columns[key] { counts[column, default: 0] += 1 } else { unseen += 1 }
        }
        var pairs = counts.map { column, tf in (column, (1 + logf(tf)) * idf[Int(column)]) }
        pairs.sort { $0.0 < $1.0 }
        var norm = pairs.reduce(0) { $0 + $1.1 * $1.1 }
        let u = unseenWeight * unseenIDF
        norm += unseen * u * u
        let scale = norm > 0 ? 1 / norm.squareRoot() : 0
        return SparseVector(indices: pairs.map(\.0), values: pairs.map { $0.1 * scale })
    }
}
