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
        let redactor = Redactor().knowing(redactionWords: lexicon.redactionWords)
        var numbers: Set<String> = []
        // Most sentences hold no phone number: only lines and sentences with seven digits or more are scanned.
        for text in texts where Self.hasSevenDigits(text) {
            for sentence in Self.sentences(text) where Self.hasSevenDigits(sentence) {
                for finding in redactor.findings(in: sentence) where finding.kind == .phone {
                    numbers.insert(String(sentence[finding.range]))
                }
            }
        }
        return numbers
    }

    /// `text` cut at line breaks and at a `.` before a space, which no phone number holds.
    private static func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var pieces: [String] = []
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A || bytes[index] == 0x2E && index + 1 < bytes.count && bytes[index + 1] == 0x20 {
            if index > start { pieces.append(String(decoding: bytes[start..<index], as: UTF8.self)) }
            start = index + 1
        }
        if start < bytes.count { pieces.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return pieces
    }

    private static func hasSevenDigits(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var digits = 0
            for byte in bytes where byte &- 0x30 < 10 {
                digits += 1
                if digits == 7 { return true }
            }
            return false
        }
    }
}
