import Foundation

/// Scores entries with a linear SVM over word, word-pair and character n-gram features, trained on the KB's examples when it loads; off-topic examples are negatives for every entry.
public final class ClassifierScorer: Scorer {
    public let extractor: FeatureExtractor
    public let space: FeatureSpace
    public let model: LinearModel
    public let calibration: ScoreCalibration
    private let entries: [(id: String, title: String)]

    public init(extractor: FeatureExtractor, space: FeatureSpace, model: LinearModel, calibration: ScoreCalibration,
                entries: [(id: String, title: String)]) {
        self.extractor = extractor
        self.space = space
        self.model = model
        self.calibration = calibration
        self.entries = entries
    }

    /// Bump when training changes, so that cached models from before are not used. (A change to the features
    /// needs no bump: the extractor's `fingerprint` is part of every cache key.)
    static let trainingVersion: UInt64 = 7

    /// Trains on analysed examples (`entry` is the entry index, or -1 for an off-topic example), or loads the model
    /// trained on the same examples from the cache. The model is cached under the examples' key and `alsoKey`
    /// (one file, two names).
    public static func trainOrLoad(examples: [(terms: [String], entry: Int)], entries: [(id: String, title: String)],
                                   cache: ModelCache?, alsoKey: UInt64? = nil) -> ClassifierScorer {
        let key = cacheKey(examples: examples, classes: entries.count)
        if let cached = load(key: key, entries: entries, cache: cache) {
            if let alsoKey { cache?.store(keys: [alsoKey], space: cached.space, model: cached.model, calibration: cached.calibration) }
            return cached
        }
        let scorer = train(examples: examples, entries: entries)
        cache?.store(keys: [key] + [alsoKey].compactMap { $0 }, space: scorer.space, model: scorer.model, calibration: scorer.calibration)
        return scorer
    }

    /// The cached scorer stored under `key`, if any.
    static func load(key: UInt64, entries: [(id: String, title: String)], cache: ModelCache?) -> ClassifierScorer? {
        guard let (space, model, calibration) = cache?.load(key: key), model.classes == entries.count else { return nil }
        return ClassifierScorer(extractor: FeatureExtractor(), space: space, model: model, calibration: calibration, entries: entries)
    }

    /// The key for a KB's source files (`KnowledgeBase.sourceDigest`) as analysed by this very build of the program;
    /// nil when the build cannot be told apart from others (then the analysed examples make the key).
    static func cacheKey(sourceDigest: UInt64, classes: Int) -> UInt64? {
        guard let build = ModelCache.buildIdentity else { return nil }
        var digest = ContentDigest()
        for part in [0x534F_5552_4345, trainingVersion, FeatureExtractor().fingerprint, sourceDigest, build, UInt64(classes)] {
            digest.add(part)
        }
        return digest.value
    }

    static func cacheKey(examples: [(terms: [String], entry: Int)], classes: Int) -> UInt64 {
        var hash = FNV.combine(FNV.combine(FNV.start(0), trainingVersion), FeatureExtractor().fingerprint)
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

    /// Folds used to fit the calibration on out-of-fold scores.
    static let calibrationFolds = 3

    /// Trains on analysed examples (`entry` is the entry index, or -1 for an off-topic example), then fits the
    /// calibration on scores each example gets from a model trained without it.
    public static func train(examples: [(terms: [String], entry: Int)], entries: [(id: String, title: String)],
                             extractor: FeatureExtractor = FeatureExtractor(), trainer: SVMTrainer = SVMTrainer()) -> ClassifierScorer {
        let keys = examples.map { example -> [UInt64] in
            var keys: [UInt64] = []
            extractor.keys(of: example.terms, into: &keys)
            return keys
        }
        let labels = examples.map(\.entry)
        let (space, model) = fit(keys: keys, labels: labels, classes: entries.count, trainer: trainer)
        let calibration = ScoreCalibration.fit(outOfFoldSamples(keys: keys, labels: labels, classes: entries.count, trainer: trainer))
        return ClassifierScorer(extractor: extractor, space: space, model: model, calibration: calibration, entries: entries)
    }

    private static func fit(keys: [[UInt64]], labels: [Int], classes: Int, trainer: SVMTrainer) -> (FeatureSpace, LinearModel) {
        let space = FeatureSpace(documents: keys)
        var rows = CompressedRows()
        for document in keys { rows.append(space.vector(document)) }
        return (space, trainer.train(examples: rows, labels: labels, classes: classes, features: space.count))
    }

    /// Example i of its entry (counting off-topic examples as one group) goes to fold i mod `calibrationFolds`.
    static func outOfFoldSamples(keys: [[UInt64]], labels: [Int], classes: Int, trainer: SVMTrainer) -> [ScoreCalibration.Sample] {
        var seen: [Int: Int] = [:]
        let folds = labels.map { label -> Int in
            defer { seen[label, default: 0] += 1 }
            return seen[label, default: 0] % calibrationFolds
        }
        var samples: [ScoreCalibration.Sample] = []
        var scores: [Float] = []
        for fold in 0..<calibrationFolds {
            let train = keys.indices.filter { folds[$0] != fold }
            let test = keys.indices.filter { folds[$0] == fold }
            guard !test.isEmpty, Set(train.map { labels[$0] }).filter({ $0 >= 0 }).count > 1 else { continue }
            let (space, model) = fit(keys: train.map { keys[$0] }, labels: train.map { labels[$0] }, classes: classes, trainer: trainer)
            for i in test {
                model.scores(space.vector(keys[i]), into: &scores)
                let top = TopScores.indices(of: scores, count: 2)
                guard top.count == 2 else { continue }
                let (first, second) = (scores[top[0]], scores[top[1]])
                samples.append(.init(score: first, margin: first - second, correct: labels[i] == top[0]))
            }
        }
        return samples
    }

    /// The question's words that count for an entry, strongest first: each word's own feature weight for that entry.
    public func supportingTerms(_ analysis: Analysis, entry: Int) -> [String] {
        guard entry >= 0, entry < model.classes else { return [] }
        var keys: [UInt64] = []
        extractor.keys(of: analysis.terms, into: &keys)
        return supportingTerms(analysis.terms, x: space.vector(keys), entry: entry)
    }

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

    public func rank(_ analysis: Analysis, depth: Int) -> Ranking {
        var x = SparseVector()
        extractor.withKeys(of: analysis.tokens.lazy.map(\.text)) { keys in
            x.indices.reserveCapacity(keys.count)
            x.values.reserveCapacity(keys.count)
            space.vector(keys, into: &x)
        }
        var scores: [Float] = []
        scores.reserveCapacity(model.classes)
        model.scores(x, into: &scores)
        let top = TopScores.indices(of: scores, count: min(max(depth, 2), Ranking.depth))
        let candidates = top.indices.map { rank in  // a collection's map makes room once, an enumeration's grows
            let i = top[rank]
            let other = rank == 0 ? (top.count > 1 ? scores[top[1]] : scores[i]) : scores[top[0]]
            return Candidate(entryIndex: i, id: entries[i].id, title: entries[i].title,
                             confidence: x.isEmpty ? 0 : calibration.confidence(score: scores[i], margin: scores[i] - other))
        }
        return Ranking(candidates: candidates)
    }
}
