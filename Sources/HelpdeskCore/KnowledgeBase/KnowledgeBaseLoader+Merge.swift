extension KnowledgeBaseLoader {
    /// Joins the files into one knowledge base and runs the checks that span files. `complete` is false when a file
    /// could not be parsed: its entries are unknown, so links to them are not reported as missing. A duplicate id is
    /// reported whether or not either entry was left out for errors of its own.
    func merge(_ files: [KnowledgeBaseFile], directory: String, complete: Bool = true, diagnostics: inout [Diagnostic]) -> KnowledgeBase {
        var entries: [Entry] = []
        var firstSeen: [String: Entry] = [:]
        var firstDeclared: [String: SourceLocation] = [:]
        var lexicon = Lexicon()
        var fallback: (FallbackAnswer, SourceLocation)?
        var matcher: (MatcherSettings, SourceLocation)?
        var outOfScope: [String] = []
        for file in files {
            for declared in file.declaredIDs {
                if let first = firstDeclared[declared.id] {
                    diagnostics.append(Diagnostic(
                        .error, "duplicate id '\(declared.id)'; first defined at \(first)", at: declared.location, entry: declared.id))
                } else {
                    firstDeclared[declared.id] = declared.location
                }
            }
            for entry in file.entries where firstSeen[entry.id] == nil {
                firstSeen[entry.id] = entry
                entries.append(entry)
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
        for link in files.flatMap(\.relatedLinks) {
            if link.id == link.entry {
                diagnostics.append(Diagnostic(
                    .error, "related lists the entry's own id '\(link.id)'; list other entries only", at: link.location, entry: link.entry))
            } else if complete && firstSeen[link.id] == nil && !rejected.contains(link.id) {
                diagnostics.append(Diagnostic(.error, "related id '\(link.id)' does not exist", at: link.location, entry: link.entry))
            }
        }
        diagnostics += Self.repeatedQuestions(in: entries, outOfScope: outOfScope)
        if entries.isEmpty, !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics.append(Diagnostic(.error, "the knowledge base has no entries", at: SourceLocation(file: directory, line: 0)))
        }
        return KnowledgeBase(
            entries: entries, outOfScope: outOfScope, lexicon: lexicon,
            fallback: fallback?.0 ?? .builtIn, settings: matcher?.0 ?? MatcherSettings(), origin: directory)
    }
}
