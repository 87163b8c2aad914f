import Foundation

/// A loaded knowledge base and its warnings, stored in the model cache under a key made of its files' bytes and
/// this build (`ModelCache.buildIdentity`): the next start decodes it instead of parsing and checking the YAML.
/// Stored field by field (`SnapshotCodable`), which decodes several times faster than JSON through `Codable`.
struct KnowledgeBaseSnapshot: SnapshotCodable {
    var entries: [Entry]
    var outOfScope: [String]
    var lexicon: Lexicon
    var fallback: FallbackAnswer
    var settings: MatcherSettings
    var warnings: [Diagnostic]
    /// `Acknowledgements.listed(in:)`, found once here: reading every question for it cost a batch start about 8
    /// million instructions on a CLINC150-size KB.
    var listedAcknowledgements: Set<String>

    init(_ kb: KnowledgeBase, warnings: [Diagnostic]) {
        entries = kb.entries
        outOfScope = kb.outOfScope
        lexicon = kb.lexicon
        fallback = kb.fallback
        settings = kb.settings
        self.warnings = warnings
        listedAcknowledgements = kb.listedAcknowledgements ?? Acknowledgements(lexicon: kb.lexicon).listed(in: kb)
    }

    init(from reader: inout SnapshotReader) throws {
        entries = try reader.items()
        outOfScope = try reader.strings()
        lexicon = try Lexicon(from: &reader)
        fallback = try FallbackAnswer(from: &reader)
        settings = try MatcherSettings(from: &reader)
        warnings = try reader.items()
        listedAcknowledgements = Set(try reader.strings())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(entries)
        writer.write(outOfScope)
        lexicon.write(to: &writer)
        fallback.write(to: &writer)
        settings.write(to: &writer)
        writer.write(warnings)
        writer.write(listedAcknowledgements.sorted())
    }

    func knowledgeBase(origin: String) -> KnowledgeBase {
        var kb = KnowledgeBase(entries: entries, outOfScope: outOfScope, lexicon: lexicon, fallback: fallback,
                               settings: settings, origin: origin)
        kb.listedAcknowledgements = listedAcknowledgements
        return kb
    }

    /// The cache file name for a KB folder whose files have this digest; nil when the build cannot be told apart.
    static func name(filesDigest: UInt64) -> String? {
        ModelCache.fileName("kb-", parts: [0x4B42_534E_4150, filesDigest], suffix: ".bin")
    }
}

// The snapshot's other parts, stored the same way (entries: `Entry+SnapshotCodable.swift`; the lexicon:
// `Lexicon+SnapshotCodable.swift`).

extension Diagnostic: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws {
        guard let severity = Severity(rawValue: try reader.string()) else { throw SnapshotReader.Malformed() }
        let location = try SourceLocation(from: &reader)
        self.init(severity, try reader.string(), at: location, entry: try reader.optionalString())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(severity.rawValue)
        location.write(to: &writer)
        writer.write(message)
        writer.write(entryID)
    }
}

extension FallbackAnswer: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws {
        self.init(title: try reader.string(), summary: try reader.string())
        steps = try reader.strings()
        contacts = try reader.items()
        escalation = try reader.optionalString()
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(title)
        writer.write(summary)
        writer.write(steps)
        writer.write(contacts)
        writer.write(escalation)
    }
}

extension MatcherSettings: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws {
        self.init()
        answerThreshold = try reader.double()
        clarifyMargin = try reader.double()
        candidateCount = try reader.integer()
        alsoClose = try reader.double()
        // Out of range, a value could do harm: a candidate count of 2^40 asks CSV output for that many columns.
        guard isInRange else { throw SnapshotReader.Malformed() }
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(answerThreshold)
        writer.write(clarifyMargin)
        writer.write(candidateCount)
        writer.write(alsoClose)
    }
}
