/// The text pipeline in order: each stage's contract is the `///` line on its type.
public struct TextPipeline: Sendable {
    public let stages: [any AnalysisStage]

    /// Builds the stages for a knowledge base: its lexicon, and its own words as the spelling vocabulary.
    /// With a `cache`, the vocabulary and synonym tables of a KB read from files are stored, and read back on the next start.
    public init(knowledgeBase kb: KnowledgeBase, cache: ModelCache? = nil) {
        let protected = kb.lexicon.protected
        let cache = cache ?? ModelCache(directory: nil)
        let vocabulary = cache.value(named: kb.sourceDigest.flatMap { Vocabulary.cacheName(sourceDigest: $0) },
                                     decode: { Vocabulary(cacheData: $0, protected: protected) },
                                     build: { Self.vocabulary(of: kb) }, encode: \.cacheData)
        let stemmed = TextPipeline(stages: [Normalizer(), Tokenizer(), StemmingStage(protected: protected)])
        let synonyms = cache.value(named: kb.sourceDigest.flatMap { SynonymExpander.cacheName(sourceDigest: $0) },
                                   decode: { try? SynonymExpander(data: $0) },
                                   build: { SynonymExpander(lexicon: kb.lexicon, wordsByStem: vocabulary.wordsByStem) { stemmed.analyze($0).terms } },
                                   encode: \.data)  // phrases are matched on stems
        self.stages = [
            Normalizer(),  // must come first: every later stage reads lowercase, plain-punctuation text
            Tokenizer(),
            SpellingCorrector(lexicon: kb.lexicon, vocabulary: vocabulary),  // before stemming: it compares whole words
            StemmingStage(protected: protected, vocabulary: vocabulary),
            synonyms,
            StopWordFilter(stopWords: Self.stopWords(of: kb.lexicon) { stemmed.analyze($0).terms }),  // after synonyms: phrases may hold stop words ("log in")
            UnknownNumberFilter(vocabulary: vocabulary),
        ]
    }

    /// The lexicon's stop words, with the concept a synonym group headed by one becomes (`analyze`, as `SynonymExpander`
    /// makes it): "tried twice" is `retried`, which the stemmer writes `retri`, and is dropped like the word itself.
    static func stopWords(of lexicon: Lexicon, analyze: (String) -> [String]) -> Set<String> {
        let concepts = lexicon.synonyms.compactMap { group in
            group.first.flatMap { lexicon.stopWords.contains($0.lowercased()) ? SynonymExpander.concept(of: group, analyze: analyze) : nil }
        }
        return lexicon.stopWords.union(concepts)
    }

    /// Every word of the KB's texts, synonym phrases, off-topic, on-topic and pleasantry phrases and spelling fixes,
    /// as normalized and tokenized.
    static func vocabulary(of kb: KnowledgeBase) -> Vocabulary {
        let surface = TextPipeline(stages: [Normalizer(), Tokenizer()])
        var words: [String] = []
        for text in kb.vocabularyTexts { words += surface.analyze(text).terms }
        for group in kb.lexicon.synonyms { for phrase in group { words += surface.analyze(phrase).terms } }
        for phrase in kb.lexicon.offTopicWords + kb.lexicon.onTopicWords + kb.lexicon.pleasantries { words += surface.analyze(phrase).terms }
        words += kb.lexicon.spelling.values.flatMap { $0.split(separator: " ").map(String.init) }
        return Vocabulary(words: words, protected: kb.lexicon.protected)
    }

    /// The knowledge base's words its spelling corrector knows (`init(knowledgeBase:cache:)`), or nil without one.
    /// Not stored apart: a pipeline is copied with every matcher.
    public var vocabulary: Vocabulary? {
        stages.lazy.compactMap { ($0 as? SpellingCorrector)?.vocabulary }.first
    }

    public init(stages: [any AnalysisStage]) {
        self.stages = stages
    }

    public func analyze(_ text: String) -> Analysis {
        var analysis = Analysis(text)
        for stage in stages { stage.apply(to: &analysis) }
        return analysis
    }
}

extension KnowledgeBase {
    /// Every text whose words the spelling corrector should know.
    var vocabularyTexts: [String] {
        entries.flatMap { [$0.title] + $0.questions + $0.keywords + $0.followUps.flatMap(\.questions) } + outOfScope
    }
}
