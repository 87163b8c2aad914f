/// `kb check` warnings: things that load fine but make answers less true or less useful. None of them is an error.
///
/// - stale: `last_reviewed` older than `maximumAgeDays` (or in the future);
/// - overlapping: held-out example questions of one entry reach another (from `CrossValidation`, optional: it retrains);
/// - useless contact: a contact that gives only a name (no `phone`, `url` or `when`), so the answer shows a name the
///   reader can't act on; or `hours` with neither a `phone` nor a `url` they could apply to;
/// - one-way `related` link: entry A lists B, but B does not list A;
/// - too few examples: fewer example questions than KnowledgeBase/README.md asks for (`minimumQuestions`, or
///   `minimumSmallTalkQuestions` for small talk), too few for the matcher to learn how callers put the topic;
/// - personal data: an example question, title or answer text holding an SSN, EIN, PTIN, email address or a phone
///   number other than a contact's (`personalData(in:redactor:)`).
public struct KnowledgeBaseLinter: Sendable {
    /// Default for `maximumAgeDays`: an entry not reviewed for a year is flagged.
    public static let defaultMaximumAgeDays = 365
    /// Entry pairs are reported as overlapping when at least this many held-out examples cross between them.
    public static let minimumOverlap = 2

    /// The fewest example questions an entry should have, as KnowledgeBase/README.md says: 12 for a topic, 8 for
    /// small talk.
    public static let minimumQuestions = 12
    public static let minimumSmallTalkQuestions = 8

    public var maximumAgeDays: Int
    public var today: ReviewDate
    /// Whether an entry with fewer example questions than the minimum is warned about.
    public var checksQuestionCount: Bool

    public init(maximumAgeDays: Int = defaultMaximumAgeDays, today: ReviewDate = .today(), checksQuestionCount: Bool = true) {
        self.maximumAgeDays = maximumAgeDays
        self.today = today
        self.checksQuestionCount = checksQuestionCount
    }

    /// Every warning for the knowledge base, entry by entry in KB order. `overlaps` is `CrossValidation.Report.overlaps()`
    /// when the caller ran it, else nil (no overlap check).
    public func warnings(for kb: KnowledgeBase, overlaps: [(a: String, b: String, count: Int)]? = nil) -> [Diagnostic] {
        let locator = EntryKeyLocator()
        var overlapsByEntry: [String: [(other: String, count: Int)]] = [:]
        for pair in overlaps ?? [] where pair.count >= Self.minimumOverlap {
            overlapsByEntry[pair.a, default: []].append((pair.b, pair.count))
        }
        var result: [Diagnostic] = []
        let redactor = Self.personalDataRedactor(for: kb)
        for entry in kb.entries {
            func warn(_ message: String, key: String) {
                result.append(Diagnostic(.warning, message, at: locator.location(of: key, in: entry), entry: entry.id))
            }
            if let message = staleness(of: entry) { warn(message, key: "last_reviewed") }
            if checksQuestionCount, let message = scarcity(of: entry) { warn(message, key: "questions") }
            for found in personalData(in: entry, redactor: redactor) { warn(found.message, key: found.key) }
            for (other, count) in overlapsByEntry[entry.id] ?? [] {
                warn("example questions overlap entry '\(other)': \(count) held-out examples reach the other entry; "
                     + "reword or move them (kb test lists them)", key: "questions")
            }
            for (i, contact) in entry.contacts.enumerated() {
                if let message = uselessness(of: contact) { warn(message, key: "contacts[\(i)]") }
            }
            var listed: Set<String> = []
            for id in entry.related {
                guard listed.insert(id).inserted else {
                    warn("related lists '\(id)' more than once; keep one", key: "related")
                    continue
                }
                if id != entry.id, let other = kb.entry(id: id), !other.related.contains(entry.id) {
                    warn("related link to '\(id)' is one-way: add '\(entry.id)' to the related list of '\(id)'", key: "related")
                }
            }
        }
        return result
    }

    func staleness(of entry: Entry) -> String? {
        let age = today.dayNumber - entry.lastReviewed.dayNumber
        if age > maximumAgeDays {
            return "last reviewed \(entry.lastReviewed), \(age) \(age == 1 ? "day" : "days") ago (limit \(maximumAgeDays)); check its facts and update last_reviewed"
        }
        if age < 0 {
            return "last_reviewed \(entry.lastReviewed) is in the future (today is \(today))"
        }
        return nil
    }

    func scarcity(of entry: Entry) -> String? {
        let smallTalk = entry.kind == .smalltalk
        let minimum = smallTalk ? Self.minimumSmallTalkQuestions : Self.minimumQuestions
        guard entry.questions.count < minimum else { return nil }
        return "only \(Format.count(entry.questions.count, "example question")); write at least \(minimum) for "
            + "\(smallTalk ? "small talk" : "a topic"), phrased as callers would put it (KnowledgeBase/README.md)"
    }

    /// A phone, url or when that the file gives but the loader refused is an error already: the contact is not also
    /// said to lack it ("has hours but no phone" beside "malformed phone number").
    func uselessness(of contact: Contact) -> String? {
        let refused = contact.refusedKeys
        let noPhoneOrURL = contact.phone == nil && contact.url == nil && refused.isDisjoint(with: ["phone", "url"])
        if noPhoneOrURL, contact.when == nil, !refused.contains("when") {
            return contact.hours == nil
                ? "contact '\(contact.name)' gives only a name; add a phone, url or when (when to use it)"
                : "contact '\(contact.name)' has hours but no phone or url they apply to, and no when"
        }
        if contact.hours != nil, noPhoneOrURL {
            return "contact '\(contact.name)' has hours but no phone or url they apply to"
        }
        return nil
    }
}
