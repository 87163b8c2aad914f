@testable import HelpdeskCore

/// The shared set-up of decision tests: a decider with its threshold and margin, a one-word analysis to decide on,
/// and rankings of entries `e0`, `e1`... with the given confidences, in the order given.
enum DecisionFixture {
    static func settings(threshold: Double, margin: Double) -> MatcherSettings {
        var settings = MatcherSettings()
        settings.answerThreshold = threshold
        settings.clarifyMargin = margin
        return settings
    }

    static func decider(threshold: Double, margin: Double, chitChat: Set<Int> = []) -> Decider {
        Decider(settings: settings(threshold: threshold, margin: margin), chitChat: chitChat)
    }

    static let analysis: Analysis = {
        var analysis = Analysis("x")
        analysis.tokens = [Token(text: "x", range: 0..<1)]
        return analysis
    }()

    static func ranking(_ scores: [Double]) -> Ranking {
        Ranking(candidates: scores.enumerated().map { Candidate(entryIndex: $0, id: "e\($0)", title: "E\($0)", confidence: $1) })
    }
}
