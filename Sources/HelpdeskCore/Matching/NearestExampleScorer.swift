import Foundation

/// Scores each entry by the TF-IDF cosine between the question and the entry's closest example question.
public struct NearestExampleScorer: Scorer {
    private struct Posting: Sendable {
        let example: Int32
        let weight: Float
    }

    private let postings: [[Posting]]
    private let termIDs: [String: Int]
    private let idf: [Float]
    private let unknownIDF: Float
    /// The entry of each example; -1 for the knowledge base's off-topic examples.
    private let exampleEntry: [Int32]
    private let exampleTerms: [[Int]]
    private let entries: [(id: String, title: String)]

    /// `examples` pairs each analysed example with its entry index, or -1 for an off-topic example.
    public init(examples: [(terms: [String], entry: Int)], entries: [(id: String, title: String)]) {
        var termIDs: [String: Int] = [:]
        var documentFrequency: [Int] = []
        var exampleTerms: [[Int]] = []
        for example in examples {
            var ids: [Int] = []
            for term in TermFeatures.terms(of: example.terms) {
                let id = termIDs[term] ?? { termIDs[term] = documentFrequency.count; documentFrequency.append(0); return documentFrequency.count - 1 }()
                ids.append(id)
            }
            for id in Set(ids) { documentFrequency[id] += 1 }
            exampleTerms.append(ids)
        }
        let n = Float(max(examples.count, 1))
        let idf = documentFrequency.map { Float(1 + ((n + 1) / Float($0 + 1)).logarithm) }
        var postings = [[Posting]](repeating: [], count: idf.count)
        for (index, ids) in exampleTerms.enumerated() {
            var weights: [Int: Float] = [:]
            for id in ids { weights[id, default: 0] += idf[id] }
            let norm = weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            for (id, w) in weights where norm > 0 { postings[id].append(Posting(example: Int32(index), weight: w / norm)) }
        }
        self.postings = postings
        self.termIDs = termIDs
        self.idf = idf
        self.unknownIDF = Float(1 + ((n + 1) / 1).logarithm)
        self.exampleEntry = examples.map { Int32($0.entry) }
        self.exampleTerms = exampleTerms
        self.entries = entries
    }

    public func rank(_ analysis: Analysis) -> Ranking {
        var queryWeights: [Int: Float] = [:]
        var unknownMass: Float = 0
        let words = analysis.terms
        for term in TermFeatures.terms(of: words) {
            if let id = termIDs[term] {
                queryWeights[id, default: 0] += idf[id]
            } else {
                let weight = term.contains(" ") ? unknownIDF * 0.5 : unknownIDF
                unknownMass += weight * weight
            }
        }
        let norm = (queryWeights.values.reduce(0) { $0 + $1 * $1 } + unknownMass).squareRoot()
        var scores = [Float](repeating: 0, count: exampleEntry.count)
        if norm > 0 {
            for (id, weight) in queryWeights {
                for posting in postings[id] { scores[Int(posting.example)] += posting.weight * weight / norm }
            }
        }
        var best = [Float](repeating: 0, count: entries.count)
        var bestExample = [Int](repeating: -1, count: entries.count)
        var outOfScope: Float = 0
        for (example, score) in scores.enumerated() where score > 0 {
            let entry = Int(exampleEntry[example])
            if entry < 0 {
                outOfScope = max(outOfScope, score)
            } else if score > best[entry] {
                best[entry] = score
                bestExample[entry] = example
            }
        }
        let queryIDs = Set(queryWeights.keys)
        var candidates = entries.indices.map { i in
            Candidate(entryIndex: i, id: entries[i].id, title: entries[i].title, confidence: Double(min(1, best[i])))
        }
        candidates.sort { ($0.confidence, $1.entryIndex) > ($1.confidence, $0.entryIndex) }
        for i in candidates.indices.prefix(5) where bestExample[candidates[i].entryIndex] >= 0 {
            let ids = exampleTerms[bestExample[candidates[i].entryIndex]]
            candidates[i].matchedTerms = termNames(ids.filter { queryIDs.contains($0) })
        }
        return Ranking(candidates: candidates, outOfScope: Double(min(1, outOfScope)))
    }

    private func termNames(_ ids: [Int]) -> [String] {
        var seen = Set<Int>()
        let names = Dictionary(uniqueKeysWithValues: termIDs.filter { ids.contains($0.value) }.map { ($0.value, $0.key) })
        return ids.filter { seen.insert($0).inserted }.compactMap { names[$0] }
    }
}

extension Float {
    var logarithm: Float { Float(log(Double(self))) }
}
