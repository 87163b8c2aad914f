import Foundation

/// A loaded knowledge base and its warnings, stored in the model cache under a key made of its files' bytes and
/// this build (`ModelCache.buildIdentity`): the next start decodes it instead of parsing and checking the YAML.
struct KnowledgeBaseSnapshot: Codable {
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

    func knowledgeBase(origin: String) -> KnowledgeBase {
        KnowledgeBase(entries: entries, outOfScope: outOfScope, lexicon: lexicon, fallback: fallback, settings: settings, origin: origin)
    }

    /// The cache file name for a KB folder whose files have this digest; nil when the build cannot be told apart.
    static func name(filesDigest: UInt64) -> String? {
        guard let build = ModelCache.buildIdentity else { return nil }
        var digest = ContentDigest()
        for part in [0x4B42_534E_4150, filesDigest, build] { digest.add(part) }
        return "kb-" + String(digest.value, radix: 16) + ".json"
    }
}
