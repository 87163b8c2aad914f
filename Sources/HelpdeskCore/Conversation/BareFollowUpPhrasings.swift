/// The follow-up phrasings a line can be word for word with no topic in focus ("more", "what's the number?"), read as
/// `FollowUpResolver.bareIntent(_:)` reads them, with each phrasing analysed once instead of for every line: batch mode
/// asks this of every line made of the phrasings' words. With them, the step references ("step 2") such a line may be.
struct BareFollowUpPhrasings: Sendable {
    private let pipeline: TextPipeline
    /// Each phrasing's terms, and the first intent (in `FollowUpIntent.allCases` order) with a phrasing of those terms.
    private let intents: [Set<String>: FollowUpIntent]
    private let functionWords: Set<String>
    /// Reads "step 2", "the previous step": with no topic in focus, a step of nothing.
    let steps: StepReference

    init(matcher: Matcher) {
        let resolver = FollowUpResolver(matcher: matcher)
        steps = resolver.steps
        pipeline = resolver.pipeline
        functionWords = resolver.functionWords
        var intents: [Set<String>: FollowUpIntent] = [:]
        for intent in FollowUpIntent.allCases where intent.asksForATopicAlone {
            for phrasing in resolver.phrasings[intent] ?? [] {
                let terms = Set(resolver.pipeline.analyze(phrasing).terms)
                if !terms.isEmpty, intents[terms] == nil { intents[terms] = intent }
            }
        }
        self.intents = intents
    }

    /// `FollowUpResolver.bareIntent(text)`: the intent of the phrasing whose terms are the line's, when some of them are
    /// no function words ("what" alone is no follow-up).
    func intent(_ text: String) -> FollowUpIntent? {
        let terms = Set(pipeline.analyze(text).terms)
        guard !terms.isEmpty, functionWords.isEmpty || !terms.subtracting(functionWords).isEmpty else { return nil }
        return intents[terms]
    }
}
