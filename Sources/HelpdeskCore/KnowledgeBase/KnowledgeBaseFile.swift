import Yams

/// What one knowledge-base file holds, before the files are merged and checked against each other.
struct KnowledgeBaseFile {
    static let supportedVersion = 1
    static let keys = ["version", "entries", "out_of_scope", "lexicon", "fallback", "matcher"]

    var path: String
    var entries: [Entry] = []
    var outOfScope: [String] = []
    var lexicon: Lexicon?
    var fallback: (FallbackAnswer, SourceLocation)?
    var matcher: (MatcherSettings, SourceLocation)?
    /// Each `related` list as written, checked once every file is read.
    var relatedLinks: [(entry: String, id: String, location: SourceLocation)] = []
    /// The ids of entries left out for errors of their own.
    var rejectedIDs: [String] = []
    /// Every entry's id where it is declared, in file order, whether the entry was kept or left out for its own errors:
    /// a duplicate id is reported with those errors, not only once they are fixed.
    var declaredIDs: [(id: String, location: SourceLocation)] = []
}

extension NodeReader {
    /// Reads a whole file's tree; problems go to `diagnostics`.
    func file(_ root: Node?, path: String) -> KnowledgeBaseFile {
        var result = KnowledgeBaseFile(path: path)
        guard let root else {
            record(Diagnostic(.error, "the file is empty; it needs 'version: 1'", at: SourceLocation(file: file, line: 1)))
            return result
        }
        guard let top = mapping(root, path: "the file", allowed: KnowledgeBaseFile.keys) else { return result }
        if let version = top["version"] {
            if let number = integer(version, path: "version"), number != KnowledgeBaseFile.supportedVersion {
                error("unsupported version \(number); this helpdesk reads version \(KnowledgeBaseFile.supportedVersion)", at: version)
                // Its entries are not read, so links to them are not reported as missing.
                if case .sequence(let items)? = top["entries"] {
                    result.rejectedIDs = items.compactMap { $0.mapping?["id"]?.scalar?.string }
                }
                return result
            }
        } else {
            error("missing required key 'version' (use 'version: 1')", at: root)
        }
        if let node = top["entries"], let items = sequence(node, path: "entries") {
            for (i, item) in items.enumerated() {
                if let entry = entry(item, path: "entries[\(i)]", links: &result.relatedLinks) {
                    result.entries.append(entry)
                    result.declaredIDs.append((entry.id, entry.location))
                } else if case .scalar(let id)? = item.mapping?["id"] {
                    result.rejectedIDs.append(id.string)
                    result.declaredIDs.append((id.string, location(of: item)))
                }
            }
            currentEntry = nil
        }
        if let node = top["out_of_scope"] { result.outOfScope = strings(node, path: "out_of_scope") ?? [] }
        if let node = top["lexicon"] { result.lexicon = lexicon(node) }
        if let node = top["fallback"], let fallback = fallback(node) { result.fallback = (fallback, location(of: node)) }
        if let node = top["matcher"], let settings = matcherSettings(node) { result.matcher = (settings, location(of: node)) }
        return result
    }
}
