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
        let vectors = keys.map { space.vector($0) }
        let model = trainer.train(examples: vectors, labels: examples.map(\.entry), classes: entries.count, features: space.count)
        return ClassifierScorer(extractor: extractor, space: space, model: model, calibration: calibration, entries: entries)
    }

    public func rank(_ analysis: Analysis) -> Ranking {
        var keys: [UInt64] = []
        extractor.keys(of: analysis.terms, into: &keys)
        let x = space.vector(keys)
        let scores = model.scores(x)
        var candidates = scores.indices.map { i in
            Candidate(entryIndex: i, id: entries[i].id, title: entries[i].title,
                      confidence: x.isEmpty ? 0 : calibration.confidence(scores[i]))
        }
        candidates.sort { ($0.confidence, $1.entryIndex) > ($1.confidence, $0.entryIndex) }
        return Ranking(candidates: candidates)
    }
}
