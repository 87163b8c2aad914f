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

    init(_ kb: KnowledgeBase, warnings: [Diagnostic]) {
        entries = kb.entries
        outOfScope = kb.outOfScope
        lexicon = kb.lexicon
        fallback = kb.fallback
        settings = kb.settings
        self.warnings = warnings
    }

    init(from reader: inout SnapshotReader) throws {
        entries = try reader.items()
        outOfScope = try reader.strings()
        lexicon = try Lexicon(from: &reader)
        fallback = try FallbackAnswer(from: &reader)
        settings = try MatcherSettings(from: &reader)
        warnings = try reader.items()
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(entries)
        writer.write(outOfScope)
        lexicon.write(to: &writer)
        fallback.write(to: &writer)
        settings.write(to: &writer)
        writer.write(warnings)
    }

    func knowledgeBase(origin: String) -> KnowledgeBase {
        KnowledgeBase(entries: entries, outOfScope: outOfScope, lexicon: lexicon, fallback: fallback, settings: settings, origin: origin)
    }

    /// The cache file name for a KB folder whose files have this digest; nil when the build cannot be told apart.
    static func name(filesDigest: UInt64) -> String? {
        ModelCache.fileName("kb-", parts: [0x4B42_534E_4150, filesDigest], suffix: ".bin")
    }
}
