/// A loaded, validated knowledge base: entries, language data, fallback and matcher settings.
public struct KnowledgeBase: Sendable {
    public var entries: [Entry] {
        didSet {
            sourceDigest = nil
            listedAcknowledgements = nil
        }
    }
    public var outOfScope: [String] { didSet { sourceDigest = nil } }
    public var lexicon: Lexicon {
        didSet {
            sourceDigest = nil
            listedAcknowledgements = nil
        }
    }
    public var fallback: FallbackAnswer
    public var settings: MatcherSettings
    /// The directory it was loaded from, for messages.
    public var origin: String
    /// A digest of the files it was read from (set by the loader), so a cache can key on them without analysing
    /// anything; changing the entries, off-topic examples or lexicon clears it.
    public internal(set) var sourceDigest: UInt64?
    /// The keys of the lexicon's acknowledgements that some entry lists among its questions
    /// (`Acknowledgements.listed(in:)`), when a cached start read them from the KB snapshot; changing the entries or
    /// the lexicon clears them.
    var listedAcknowledgements: Set<String>?
    private var indexByID: [String: Int]

    public init(
        entries: [Entry], outOfScope: [String] = [], lexicon: Lexicon = Lexicon(),
        fallback: FallbackAnswer = .builtIn, settings: MatcherSettings = MatcherSettings(), origin: String = "<memory>"
    ) {
        self.entries = entries
        self.outOfScope = outOfScope
        self.lexicon = lexicon
        self.fallback = fallback
        self.settings = settings
        self.origin = origin
        var index: [String: Int] = [:]
        for (i, entry) in entries.enumerated() where index[entry.id] == nil { index[entry.id] = i }
        self.indexByID = index
    }

    /// The entry with this id; ids are lowercase, so one typed in capitals ("MFA-Recovery") is found too.
    public func entry(id: String) -> Entry? {
        (indexByID[id] ?? indexByID[id.lowercased()]).map { entries[$0] }
    }

    public func index(of id: String) -> Int? { indexByID[id] }
}
