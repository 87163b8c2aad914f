extension KnowledgeBase {
    /// The email addresses the knowledge base gives in its answers (summaries, steps, tips, escalations, follow-up
    /// answers, the fallback), lowercased: an organization's own address, which a user who types it is asking about,
    /// so it is no personal data (`Redactor.keeping(publicEmailAddresses:)`).
    public var publicEmailAddresses: Set<String> {
        var texts: [String] = []
        for entry in entries {
            texts += [entry.summary] + entry.steps + entry.tips + entry.followUps.map(\.answer)
            texts += [entry.escalation].compactMap { $0 }
        }
        texts += [fallback.summary] + fallback.steps + [fallback.escalation].compactMap { $0 }
        let redactor = Redactor().knowing(redactionWords: lexicon.redactionWords)
        var addresses: Set<String> = []
        // Most sentences hold no address: only those with an `@` are scanned.
        for text in texts where Self.hasAtSign(text) {
            for finding in redactor.findings(in: text) where finding.kind == .email {
                addresses.insert(text[finding.range].lowercased())
            }
        }
        return addresses
    }

    /// Whether `text` holds an `@`, read as contiguous bytes (the generic `utf8.contains` cost 200,000 instructions
    /// on a large knowledge base's answers).
    private static func hasAtSign(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.contains(UInt8(ascii: "@")) }
    }
}
