/// Answers a question against a knowledge base. The whole matcher, in order:
/// normalize, tokenize, correct spelling, stem, expand synonyms, drop stop words (`TextPipeline`),
/// then score (`Scorer`), then decide (`Decider`).
public struct Matcher: Sendable {
    public let knowledgeBase: KnowledgeBase
    public let pipeline: TextPipeline
    public let scorer: any Scorer
    public var settings: MatcherSettings

    /// `cache` keeps the trained model on disk between runs (by default in `ModelCache.standard()`); nil trains every time.
    public init(knowledgeBase kb: KnowledgeBase, settings: MatcherSettings? = nil, cache: ModelCache? = .standard()) {
        self.knowledgeBase = kb
        self.settings = settings ?? kb.settings
        let pipeline = TextPipeline(knowledgeBase: kb)
        self.pipeline = pipeline
        var examples: [(terms: [String], entry: Int)] = []
        for (index, entry) in kb.entries.enumerated() {
            for text in [entry.title] + entry.questions + entry.keywords {
                examples.append((pipeline.analyze(text).terms, index))
            }
        }
        for text in kb.outOfScope { examples.append((pipeline.analyze(text).terms, -1)) }
        let entries = kb.entries.map { (id: $0.id, title: $0.title) }
        self.scorer = ClassifierScorer.trainOrLoad(examples: examples, entries: entries, cache: cache)
    }

    public func match(_ question: String) -> MatchResult {
        let analysis = pipeline.analyze(question)
        let ranking = scorer.rank(analysis)
        let decision = Decider(settings: settings).decide(ranking, analysis: analysis)
        return MatchResult(question: question, analysis: analysis, ranking: ranking, decision: decision, settings: settings)
    }
}
