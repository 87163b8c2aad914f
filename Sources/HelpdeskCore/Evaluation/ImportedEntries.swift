/// What `KnowledgeBaseImporter` makes of labelled rows: the entries and off-topic examples, and the rows it left out.
public struct ImportedEntries: Sendable {
    /// In first-seen order of their ids.
    public var entries: [Entry] = []
    public var outOfScope: [String] = []
    /// Rows left out because their question already belongs to another entry, or to off topic.
    public var conflicting = 0
    /// Rows whose title or answer differs from the first one given for their entry, which was kept.
    public var ignoredDetails = 0
    /// The entries those rows name, in first-seen order.
    public var entriesWithIgnoredDetails: [String] = []
}
