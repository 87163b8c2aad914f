extension KnowledgeBaseLoader {
    /// Joins the files into one knowledge base and runs the checks that span files. `complete` is false when a file
    /// could not be parsed: its entries are unknown, so links to them are not reported as missing.
    func merge(_ files: [KnowledgeBaseFile], directory: String, complete: Bool = true, diagnostics: inout [Diagnostic]) -> KnowledgeBase {
        var entries: [Entry] = []
        var firstSeen: [String: Entry] = [:]
        var lexicon = Lexicon()
        var fallback: (FallbackAnswer, SourceLocation)?
        var matcher: (MatcherSettings, SourceLocation)?
        var outOfScope: [String] = []
        for file in files {
            for entry in file.entries {
                if let first = firstSeen[entry.id] {
                    diagnostics.append(Diagnostic(
                        .error, "duplicate id '\(entry.id)'; first defined at \(first.location)",
                        at: entry.location, entry: entry.id))
                } else {
                    firstSeen[entry.id] = entry
                    entries.append(entry)
                }
            }
            outOfScope += file.outOfScope
            if let other = file.lexicon { lexicon.merge(other) }
            if let new = file.fallback {
                if let old = fallback {
                    diagnostics.append(Diagnostic(.error, "a second 'fallback'; the first is at \(old.1)", at: new.1))
                } else { fallback = new }
            }
            if let new = file.matcher {
                if let old = matcher {
                    diagnostics.append(Diagnostic(.error, "a second 'matcher' block; the first is at \(old.1)", at: new.1))
                } else { matcher = new }
            }
        }
        // An entry rejected for its own errors is reported once, not again by every link to it.
        let rejected = Set(files.flatMap(\.rejectedIDs))
        for link in files.flatMap(\.relatedLinks) where complete && firstSeen[link.id] == nil && !rejected.contains(link.id) {
            diagnostics.append(Diagnostic(.error, "related id '\(link.id)' does not exist", at: link.location, entry: link.entry))
        }
        diagnostics += Self.repeatedQuestions(in: entries, outOfScope: outOfScope)
        if entries.isEmpty, !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics.append(Diagnostic(.error, "the knowledge base has no entries", at: SourceLocation(file: directory, line: 1)))
        }
        return KnowledgeBase(
            entries: entries, outOfScope: outOfScope, lexicon: lexicon,
            fallback: fallback?.0 ?? .builtIn, settings: matcher?.0 ?? MatcherSettings(), origin: directory)
    }
}
