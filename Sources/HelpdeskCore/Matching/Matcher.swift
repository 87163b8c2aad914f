/// Answers a question against a knowledge base. The whole matcher, in order:
/// normalize, tokenize, correct spelling, stem, expand synonyms, drop stop words (`TextPipeline`),
/// then score (`Scorer`), then decide (`Decider`).
public struct Matcher: Sendable {
    public let knowledgeBase: KnowledgeBase
    public let pipeline: TextPipeline
    /// Cuts a question into sentences and clauses, with the knowledge base's connectors and abbreviations.
    public let splitter: ProblemSplitter
    /// Cuts a close call between topics at the lexicon's `close_call_connectors` ("... and ...").
    public let closeCallSplitter: ProblemSplitter
    /// Leaves quoted messages, signatures and a chat's agent lines out of pasted text, with the KB's agent labels;
    /// reads its subject lines, with the KB's subject labels.
    public let trimmer: ReplyTrimmer
    /// Writes the punctuation that voice-to-text spelled out ("comma", "question mark") as marks, before pasted text is cut.
    public let spokenPunctuation: SpokenPunctuation
    public let scorer: any Scorer
    /// The lexicon's greetings, thanks and goodbyes, as terms: a question is also tried without them.
    public let pleasantries: Pleasantries
    /// The lexicon's words that mark a piece of pasted text as background ("I already reset my password").
    public let backgroundMarkers: BackgroundMarkers
    /// The lexicon's words that say a piece of pasted text raises a further problem ("I also lost my phone", "... too").
    public let additiveMarkers: AdditiveMarkers
    /// The lexicon's phrases of a line that introduces a quoted message ("Pasted from Bill's email:").
    public let quoteIntroductions: QuoteIntroductions
    /// The lexicon's `subject_words`: a sentence that opens with one ("she", "my") states a problem of its own.
    public let subjectWords: Set<String>
    /// Words before "'s" that make a contraction, not a name's possessive ("what's", "she's", "there's"): the lexicon's
    /// `function_words` and `pointing_words`.
    public let notNames: Set<String>
    /// The lexicon's `function_words` ("how", "do", "who"): a piece with one word besides these ("How do we fix it?")
    /// asks about the text around it and does not answer for the whole.
    public let functionWords: Set<String>
    /// The lexicon's words that only label a piece of personal data ("SSN", "my email is"): they go with the data.
    public let dataLabels: DataLabels
    /// The words of the follow-up phrasings and their synonyms, which a conversation reads bare follow-ups with; kept in
    /// the model cache with the vocabulary.
    public let followUpPhrasingWords: FollowUpPhrasingWords
    /// Redacts what users type, keeping the phone numbers and email addresses the knowledge base's answers give
    /// (`KnowledgeBase.publicPhoneNumbers`, `publicEmailAddresses`): "should I call 866-255-0654?" is echoed and
    /// matched as typed.
    public private(set) var redactor: Redactor
    public var settings: MatcherSettings { didSet { decider.settings = settings } }
    /// Decides on a ranking, with the lexicon's off-topic and on-topic words; its settings follow `settings`.
    private(set) var decider: Decider

    /// `cache` keeps the trained model on disk between runs (by default in `ModelCache.standard()`); nil trains every time.
    public init(knowledgeBase kb: KnowledgeBase, settings: MatcherSettings? = nil, cache: ModelCache? = .standard()) {
        self.knowledgeBase = kb
        self.settings = settings ?? kb.settings
        let pipeline = TextPipeline(knowledgeBase: kb, cache: cache)
        self.pipeline = pipeline
        self.splitter = ProblemSplitter(lexicon: kb.lexicon)
        self.closeCallSplitter = ProblemSplitter(connectors: kb.lexicon.closeCallConnectors, abbreviations: kb.lexicon.abbreviations)
        self.spokenPunctuation = SpokenPunctuation(lexicon: kb.lexicon)
        self.trimmer = ReplyTrimmer(agentLabels: kb.lexicon.agentLabels, subjectLabels: kb.lexicon.subjectLabels,
                                    signOffs: kb.lexicon.signOffs, signatureWords: kb.lexicon.signatureWords,
                                    replySeparators: kb.lexicon.replySeparators, replyHeaderLabels: kb.lexicon.replyHeaderLabels,
                                    replyAttributions: kb.lexicon.replyAttributions, forwardSeparators: kb.lexicon.forwardSeparators)
        self.backgroundMarkers = BackgroundMarkers(kb.lexicon.backgroundMarkers, questionWords: kb.lexicon.backgroundQuestionWords,
                                                   negations: kb.lexicon.backgroundNegations, contrasts: kb.lexicon.backgroundContrasts,
                                                   pointingWords: kb.lexicon.pointingWords, fillers: kb.lexicon.stopWords)
        self.additiveMarkers = AdditiveMarkers(words: kb.lexicon.additiveWords, endings: kb.lexicon.additiveEndings)
        self.quoteIntroductions = QuoteIntroductions(kb.lexicon.quoteIntroductions)
        self.subjectWords = Set(kb.lexicon.subjectWords)
        self.notNames = Set(kb.lexicon.functionWords + kb.lexicon.pointingWords)
        self.functionWords = Set(kb.lexicon.functionWords)
        self.dataLabels = DataLabels(lexicon: kb.lexicon)
        self.followUpPhrasingWords = (cache ?? ModelCache(directory: nil)).value(
            named: kb.sourceDigest.flatMap { FollowUpPhrasingWords.cacheName(sourceDigest: $0) },
            decode: { FollowUpPhrasingWords(cacheData: $0) }, build: { FollowUpPhrasingWords(lexicon: kb.lexicon) }, encode: \.cacheData)
        self.redactor = Redactor(knowledgeBase: kb, vocabulary: pipeline.vocabulary)
        // The KB's own words need no spelling correction (which would open the word list on every start).
        let kbText = TextPipeline(stages: pipeline.stages.filter { !($0 is SpellingCorrector) })
        let words = TextPipeline(stages: [Normalizer(), Tokenizer()])
        let smallTalk = kb.entries.filter(\.isChitChat).flatMap { [$0.title] + $0.questions }
        self.pleasantries = Pleasantries(phrases: kb.lexicon.pleasantries.map { kbText.analyze($0).terms },
                                         smallTalkTerms: Set(smallTalk.flatMap { kbText.analyze($0).terms + words.analyze($0).terms }))
        self.decider = Decider(settings: settings ?? kb.settings, offTopicPhrases: kb.lexicon.offTopicWords.map { kbText.analyze($0).terms },
                               onTopicPhrases: kb.lexicon.onTopicWords.map { kbText.analyze($0).terms },
                               chitChat: Set(kb.entries.indices.filter { kb.entries[$0].isChitChat }),
                               entryThresholds: Self.entryThresholds(kb))
        let entries = kb.entries.map { (id: $0.id, title: $0.title) }
        // A KB read from files, run by a known build, keys the cache on its files: a hit then analyses nothing.
        let sourceKey = kb.sourceDigest.flatMap { ClassifierScorer.cacheKey(sourceDigest: $0, classes: entries.count) }
        if let sourceKey, let cached = ClassifierScorer.load(key: sourceKey, entries: entries, cache: cache) {
            self.scorer = cached
            return
        }
        var examples: [(terms: [String], entry: Int)] = []
        for (index, entry) in kb.entries.enumerated() {
            for text in [entry.title] + entry.questions + entry.keywords {
                examples.append((pipeline.analyze(text).terms, index))
            }
        }
        for text in kb.outOfScope { examples.append((pipeline.analyze(text).terms, -1)) }
        self.scorer = ClassifierScorer.trainOrLoad(examples: examples, entries: entries, cache: cache, alsoKey: sourceKey)
    }

    /// Matches the whole question and, when that does not answer a topic, its sentences and clauses, then its comma
    /// clauses (one that answers the whole's first topic), then the whole without its greetings and thanks; the strongest wins,
    /// with a help topic above the threshold preferred to small talk ("Hi, this is Jane. I forgot my password."),
    /// and small talk never preferred to a piece about some topic, even a weak one: "Our Gusto codes go to an old
    /// phone. Thanks!" falls back rather than answering the thanks.
    public func match(_ question: String) -> MatchResult {
        match(question, pieces: splitter.split(question))
    }

    /// `match(_:)` for a question already cut into `pieces` by `splitter`.
    func match(_ question: String, pieces: [String]) -> MatchResult {
        // A heading labels what follows ("One of our preparers: ..."); the whole question is what follows. The
        // off-topic check still reads the heading ("Google Workspace admin here: ...").
        // So is a word that only numbers a list's item at its start ("second, new phone"): it names no second account.
        let headless = splitter.withoutHeadings(question).map { splitter.withoutListOpener($0) ?? $0 }
            ?? splitter.withoutListOpener(question)
        let whole = rank(headless ?? question)
        var best = whole
        // A whole question that answers a topic is kept: its pieces only lose the context around that answer. A piece
        // of one word besides question words ("The 2-step thing won't let me in. New iPhone. Fix.", "... How do we fix
        // it?") is too little to answer for the whole; nor is a later piece that ends pointing back ("... Does ID.me handle
        // that?"), which asks about the text before it.
        if pieces.count > 1, preference(best).0 < 2 {
            for (index, piece) in pieces.enumerated() {
                let analysis = pipeline.analyze(piece)
                guard index == 0 || !endsPointingBack(analysis) else { continue }
                let candidate = (analysis: analysis, ranking: scorer.rank(analysis, depth: rankingDepth))
                if preference(candidate) > preference(best), saysEnough(candidate.analysis) { best = candidate }
            }
        }
        // Still no answer: a comma clause that answers, above the threshold, the topic the whole question ranked
        // first ("Need to reset my ID.me password ASAP, extension deadline is tonight": the first clause is the
        // question; "verizon bill is double this month, who do I call" does not make "who do I call" one).
        if preference(best).0 < 2, let top = whole.ranking.best?.entryIndex {
            for clause in pieces.lazy.flatMap({ splitter.commaClauses($0) }).prefix(Self.maximumCommaClauses) {
                let candidate = rank(clause)
                guard preference(candidate).0 == 2, candidate.ranking.best?.entryIndex == top else { continue }
                if preference(candidate) > preference(best) { best = candidate }
            }
        }
        // Still no answer: the whole question without its greetings and thanks. After the pieces, which are closer
        // still ("Hi, I'm the office manager. The partners want to know...").
        if preference(best).0 < 2 {
            let plain = withoutPleasantries(whole)
            if !plain.analysis.pleasantriesRemoved.isEmpty, preference(plain) >= preference(best) || isSmallTalk(best) { best = plain }
        }
        let decision = decider.decide(best.ranking, analysis: best.analysis, whole: headless == nil ? whole.analysis : pipeline.analyze(question))
        return MatchResult(question: question, analysis: best.analysis, ranking: best.ranking, decision: decision, settings: settings)
    }

    /// Whether a piece of a text says enough to answer for it or raise a problem of its own: two words or more besides
    /// pleasantries and `functionWords` ("locked out" is two; "Fix.", "How do we fix it?" one).
    func saysEnough(_ analysis: Analysis) -> Bool {
        pleasantries.wordsBeyond(analysis, ignoring: functionWords) >= 2
    }

    /// Whether a piece after the first ends on one of the lexicon's `pointing_words` ("... Does ID.me handle that?"): it
    /// asks about the text before it, so it does not answer for the whole on its own.
    func endsPointingBack(_ analysis: Analysis) -> Bool {
        // The normalized text is lowercase: a word is a run of letters, digits and non-ASCII bytes.
        let text = analysis.normalized
        let isWordByte = { (byte: UInt8) in byte >= 0x80 || (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39) }
        guard let end = text.lastIndex(where: isWordByte) else { return false }
        let start = text[..<end].lastIndex(where: { !isWordByte($0) }).map { $0 + 1 } ?? text.startIndex
        return backgroundMarkers.pointingWords.contains(String(decoding: text[start...end], as: UTF8.self))
    }

    /// How many comma clauses of a question are tried on their own: enough for any question, and a long paste of
    /// comma-separated filler costs no more than a short one.
    public static let maximumCommaClauses = 8

    /// The entries with their own answer threshold, by index.
    static func entryThresholds(_ kb: KnowledgeBase) -> [Int: Double] {
        Dictionary(uniqueKeysWithValues: kb.entries.indices.compactMap { i in kb.entries[i].answerThreshold.map { (i, $0) } })
    }

    /// How sure one word beside small talk, and the whole line's runner-up, must be of its topic for the word to be the
    /// question ("thanks, locked out": 1.00 alone, 0.94 as the whole's runner-up).
    static let soleWordConfidence = 0.9

    /// How many candidates a ranking keeps: the three the decision and fallback look at, or more when a result lists more.
    var rankingDepth: Int { max(3, settings.candidateCount) }

    /// Analyses and ranks one piece of text, without deciding.
    public func rank(_ text: String) -> (analysis: Analysis, ranking: Ranking) {
        let analysis = pipeline.analyze(text)
        return (analysis, scorer.rank(analysis, depth: rankingDepth))
    }

    /// `piece` matched again without its greetings, thanks and goodbyes, when that is better. A piece that answers a
    /// topic is kept. Where the piece was small talk, the rest is taken when it goes beyond small talk (two words no
    /// small-talk question uses): "hi, i want open account id.me" creates an account, and "how do I apply for an
    /// EIN thanks" falls back instead of answering the thanks, while "thank you so much, that did it" stays a thanks;
    /// or when one word is left that no small-talk question uses and that answers a topic surely ("thanks, locked out").
    /// Where it was a weak topic, the rest is taken when `preference` ranks it higher.
    private func withoutPleasantries(_ piece: (analysis: Analysis, ranking: Ranking)) -> (analysis: Analysis, ranking: Ranking) {
        guard preference(piece).0 < 2 else { return piece }
        let wasSmallTalk = isSmallTalk(piece)
        // Small talk around one word that answers a topic on its own, and surely, when the whole line ranks that topic
        // next to the small talk as surely: "thanks, locked out" (the lock at 0.94 beside the thanks) is about the lock;
        // "thanks for the email" (no access to the email at 0.66) and "good morning team" stay small talk.
        if wasSmallTalk, let word = pleasantries.soleWordBeyond(piece.analysis),
           let runnerUp = piece.ranking.candidates.dropFirst().first, runnerUp.confidence >= Self.soleWordConfidence {
            let ranked = (analysis: word, ranking: scorer.rank(word, depth: rankingDepth))
            let sure = ranked.ranking.best.map { $0.entryIndex == runnerUp.entryIndex && $0.confidence >= Self.soleWordConfidence } ?? false
            return sure && preference(ranked).0 == 2 ? ranked : piece
        }
        guard let plain = pleasantries.removing(from: piece.analysis) else { return piece }
        if wasSmallTalk, !pleasantries.goesBeyondSmallTalk(plain) { return piece }
        let ranked = (analysis: plain, ranking: scorer.rank(plain, depth: rankingDepth))
        return wasSmallTalk || preference(ranked) > preference(piece) ? ranked : piece
    }

    /// Whether the piece's best candidate is small talk.
    private func isSmallTalk(_ piece: (analysis: Analysis, ranking: Ranking)) -> Bool {
        piece.ranking.best.map { knowledgeBase.entries[$0.entryIndex].isChitChat } ?? false
    }

    /// Topic above the threshold (2), then a piece that is about a topic, if weakly (1: half the threshold, or four
    /// terms or more), then small talk and scraps (0); within a tier, the higher confidence. A greeting with one
    /// word besides ("Hi helpdesk,") is a scrap, whatever that word scores.
    private func preference(_ piece: (analysis: Analysis, ranking: Ranking)) -> (Int, Double) {
        guard let best = piece.ranking.best else { return (0, 0) }
        let isTopic = knowledgeBase.entries[best.entryIndex].kind == .topic
        let terms = piece.analysis.tokens.count
        guard isTopic, pleasantries.termsBeyond(piece.analysis) >= min(2, terms) else { return (0, best.confidence) }
        if best.confidence >= decider.threshold(for: best.entryIndex, tokens: piece.analysis.tokens) { return (2, best.confidence) }
        let substantial = best.confidence >= settings.answerThreshold / 2 || piece.analysis.terms.count >= 4
        return (substantial ? 1 : 0, best.confidence)
    }
}
