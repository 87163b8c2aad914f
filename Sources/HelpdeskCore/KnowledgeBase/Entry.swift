/// One answer of the knowledge base: what staff asked, and what to tell them.
public struct Entry: Sendable, Equatable {
    public var id: String
    public var kind: EntryKind = .topic
    public var title: String
    public var summary: String
    public var questions: [String]
    public var keywords: [String] = []
    public var steps: [String] = []
    public var tips: [String] = []
    public var contacts: [Contact] = []
    public var escalation: String?
    public var followUps: [FollowUp] = []
    public var related: [String] = []
    /// The entry's own answer threshold, in place of the KB's (`matcher.answer_threshold`), if it has one: a triage entry
    /// that lists every route is safe to answer on less evidence.
    public var answerThreshold: Double?
    public var source: String
    public var lastReviewed: ReviewDate
    public var location: SourceLocation

    public init(
        id: String, title: String, summary: String, questions: [String],
        source: String = "", lastReviewed: ReviewDate = ReviewDate(year: 2000, month: 1, day: 1),
        location: SourceLocation = SourceLocation(file: "<memory>", line: 0)
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.questions = questions
        self.source = source
        self.lastReviewed = lastReviewed
        self.location = location
    }
}
