import Foundation

/// Scores entries with a linear SVM over word, word-pair and character n-gram features, trained on the KB's examples when it loads; off-topic examples are negatives for every entry.
public struct ClassifierScorer: Scorer {
    /// Maps a raw SVM score to a confidence in [0, 1]: a logistic curve `1 / (1 + exp(-slope * (score - offset)))`.
    public struct Calibration: Sendable, Equatable {
        public var slope: Float = 6
        public var offset: Float = -0.1
        public init() {}
        public func confidence(_ score: Float) -> Double { Double(1 / (1 + expf(-slope * (score - offset)))) }
    }

    public let extractor: FeatureExtractor
    public let space: FeatureSpace
    public let model: LinearModel
    public let calibration: Calibration
    private let entries: [(id: String, title: String)]

    public init(extractor: FeatureExtractor, space: FeatureSpace, model: LinearModel, calibration: Calibration,
                entries: [(id: String, title: String)]) {
        self.extractor = extractor
        self.space = space
        self.model = model
        self.calibration = calibration
        self.entries = entries
    }

    /// Bump when features or training change, so that cached models from before are not used.
    static let trainingVersion: UInt64 = 1

    /// Trains on analysed examples (`entry` is the entry index, or -1 for an off-topic example), or loads the model trained on the same examples from the cache.
    public static func trainOrLoad(examples: [(terms: [String], entry: Int)], entries: [(id: String, title: String)],
                                   cache: ModelCache?) -> ClassifierScorer {
        let key = cacheKey(examples: examples, classes: entries.count)
        if let (space, model) = cache?.load(key: key), model.classes == entries.count {
            return ClassifierScorer(extractor: FeatureExtractor(), space: space, model: model, calibration: Calibration(), entries: entries)
        }
        let scorer = train(examples: examples, entries: entries)
        cache?.store(key: key, space: scorer.space, model: scorer.model)
        return scorer
    }

    static func cacheKey(examples: [(terms: [String], entry: Int)], classes: Int) -> UInt64 {
        var hash = FNV.combine(FNV.start(0), trainingVersion)
        hash = FNV.combine(hash, UInt64(classes))
        for example in examples {
            hash = FNV.combine(hash, UInt64(bitPattern: Int64(example.entry)))
            for term in example.terms {
                for byte in term.utf8 { hash = FNV.add(byte, to: hash) }
                hash = FNV.add(0, to: hash)
            }
        }
        return hash
    }

    /// Trains on analysed examples: `entry` is the entry index, or -1 for an off-topic example.
    public static func train(examples: [(terms: [String], entry: Int)], entries: [(id: String, title: String)],
                             extractor: FeatureExtractor = FeatureExtractor(), trainer: SVMTrainer = SVMTrainer(),
                             calibration: Calibration = Calibration()) -> ClassifierScorer {
        let keys = examples.map { example -> [UInt64] in
            var keys: [UInt64] = []
            extractor.keys(of: example.terms, into: &keys)
            return keys
        }
        let space = FeatureSpace(documents: keys)
        var rows = CompressedRows()
        for document in keys { rows.append(space.vector(document)) }
        let model = trainer.train(examples: rows, labels: examples.map(\.entry), classes: entries.count, features: space.count)
        return ClassifierScorer(extractor: extractor, space: space, model: model, calibration: calibration, entries: entries)
    }

    /// The question's words that count for an entry, strongest first: each word's own feature weight for that entry.
    func supportingTerms(_ terms: [String], x: SparseVector, entry: Int) -> [String] {
        var weighed: [(term: String, weight: Float)] = []
        for term in Set(terms) {
            var keys: [UInt64] = []
            extractor.keys(of: [term], into: &keys)
            guard let column = space.index(of: keys[0]), let k = x.indices.firstIndex(of: column) else { continue }
            let weight = x.values[k] * model.weight(feature: Int(column), class: entry)
            if weight > 0 { weighed.append((term, weight)) }
        }
        return weighed.sorted { ($0.weight, $1.term) > ($1.weight, $0.term) }.map(\.term)
    }

    public func rank(_ analysis: Analysis) -> Ranking {
        var keys: [UInt64] = []
        extractor.keys(of: analysis.terms, into: &keys)
        let x = space.vector(keys)
        let scores = model.scores(x)
        var candidates = TopScores.indices(of: scores, count: Ranking.depth).map { i in
            Candidate(entryIndex: i, id: entries[i].id, title: entries[i].title,
                      confidence: x.isEmpty ? 0 : calibration.confidence(scores[i]))
        }
        for k in candidates.indices.prefix(3) {
            candidates[k].matchedTerms = supportingTerms(analysis.terms, x: x, entry: candidates[k].entryIndex)
        }
        return Ranking(candidates: candidates)
    }
}
