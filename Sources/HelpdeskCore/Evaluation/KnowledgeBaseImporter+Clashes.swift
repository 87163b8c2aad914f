import Foundation

extension KnowledgeBaseImporter {
    /// The labels of `rows` whose entry ids `existing` defines, one per id, in row order; entries defined in a file of
    /// `replaced` (the imported.yaml that --force replaces) are left out, as the import takes their place.
    public func clashes(_ rows: [LabeledQuestion], with existing: KnowledgeBase, replaced: Set<String> = []) -> [ImportClash] {
        let defined = Dictionary(existing.entries.filter { !replaced.contains(Self.standardized($0.location.file)) }
            .map { ($0.id, $0.location) }, uniquingKeysWith: { first, _ in first })
        var seen: Set<String> = []
        var result: [ImportClash] = []
        for row in rows {
            guard let entry = row.entry else { continue }
            let label = redactor.redact(entry)
            let id = Self.entryID(forRedactedLabel: label)
            guard let location = defined[id], seen.insert(id).inserted else { continue }
            result.append(ImportClash(line: row.line, label: label, id: id, existing: location))
        }
        return result
    }

    /// A file's path made comparable: `kb/./imported.yaml` and `kb/imported.yaml` are one file.
    public static func standardized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
