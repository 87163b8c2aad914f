extension KnowledgeBase {
    /// The phone numbers the knowledge base gives in its answers (summaries, steps, tips, escalations, follow-up answers,
    /// contacts, the fallback), as written: a help desk's number such as the IRS e-help desk's `866-255-0654`. A user
    /// who types one is asking about it, so it is no personal data (`Redactor(publicPhoneNumbers:)`).
    public var publicPhoneNumbers: Set<String> {
        var texts: [String] = []
        for entry in entries {
            texts += [entry.summary] + entry.steps + entry.tips + entry.followUps.map(\.answer)
            texts += entry.contacts.compactMap(\.phone) + [entry.escalation].compactMap { $0 }
        }
        texts += [fallback.summary] + fallback.steps + fallback.contacts.compactMap(\.phone)
        texts += [fallback.escalation].compactMap { $0 }
        let redactor = Redactor()
        var numbers: Set<String> = []
        // Most answers hold no phone number: a text with fewer than seven digits is not scanned.
        for text in texts where text.utf8.lazy.filter({ $0 &- 0x30 < 10 }).count >= 7 {
            for finding in redactor.findings(in: text) where finding.kind == .phone {
                numbers.insert(String(text[finding.range]))
            }
        }
        return numbers
    }
}
