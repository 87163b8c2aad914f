extension Redactor {
    /// The one redactor for text read against the knowledge base `kb` (`Matcher.redactor`, so `ask`, `batch`, `eval`
    /// and `kb import` alike): it keeps the phone numbers and email addresses the KB's answers give, and reads its
    /// lexicon's name lists, not-password words, security-answer labels and redaction lists; `vocabulary` (the KB's own
    /// words, nil without a matcher) tells a name from a word the knowledge base uses.
    public init(knowledgeBase kb: KnowledgeBase, vocabulary: Vocabulary?) {
        let lexicon = kb.lexicon
        self = Redactor(publicPhoneNumbers: kb.publicPhoneNumbers, nameLabels: lexicon.nameLabels,
                        notNameWords: lexicon.notNameWords, abbreviations: lexicon.abbreviations, nameFields: lexicon.nameFields)
            .keeping(publicEmailAddresses: kb.publicEmailAddresses)
            .knowing(notPasswordWords: lexicon.notPasswordWords)
            .knowing(securityAnswerLabels: lexicon.securityAnswerLabels)
            .knowing(redactionWords: lexicon.redactionWords)
            .finding(namesIn: NameContexts(lexicon: lexicon, vocabulary: vocabulary))
    }
}
