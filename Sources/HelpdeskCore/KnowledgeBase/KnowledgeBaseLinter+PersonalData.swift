/// `kb check`'s warning about personal data written into the knowledge base itself: an example question, a title or
/// an answer text (summary, steps, tips) holding an SSN, ITIN, EIN, PTIN, email address or phone number that the
/// `Redactor` would take out of a question. A phone number the knowledge base lists as a contact's (the IRS e-help
/// desk's) is its own, not personal data.
extension KnowledgeBaseLinter {
    /// The kinds warned about: numbers and addresses that identify a person, never a placeholder-like word.
    static let personalDataKinds: Set<Redaction.Kind> = [.ssn, .itin, .ein, .ptin, .phone, .email]

    /// The redactor that finds them: the contact phone numbers of `kb` are kept.
    static func personalDataRedactor(for kb: KnowledgeBase) -> Redactor {
        let contacts = kb.entries.flatMap(\.contacts) + kb.fallback.contacts
        return Redactor(publicPhoneNumbers: contacts.compactMap(\.phone)).knowing(redactionWords: kb.lexicon.redactionWords)
    }

    /// For each text of `entry` holding such data: its key (`questions[2]`, `title`, `summary`, `steps[0]`) and the
    /// warning, which quotes the text redacted, never the data.
    func personalData(in entry: Entry, redactor: Redactor) -> [(key: String, message: String)] {
        var texts: [(key: String, what: String, text: String)] = [("title", "the title", entry.title), ("summary", "the summary", entry.summary)]
        texts += entry.questions.enumerated().map { ("questions[\($0.offset)]", "example question \($0.offset + 1)", $0.element) }
        texts += entry.steps.enumerated().map { ("steps[\($0.offset)]", "step \($0.offset + 1)", $0.element) }
        texts += entry.tips.enumerated().map { ("tips[\($0.offset)]", "tip \($0.offset + 1)", $0.element) }
        return texts.compactMap { item in
            let kinds = redactor.findings(in: item.text).map(\.kind).filter(Self.personalDataKinds.contains)
            guard let kind = kinds.first else { return nil }
            let shown = redactor.redact(item.text)
            return (item.key, "\(item.what) holds personal data the redactor takes out of questions (\(kind.placeholder)): "
                + "\"\(shown.count > 80 ? shown.prefix(79) + "…" : shown)\"; write a placeholder such as \(kind.placeholder) or leave it out")
        }
    }
}
