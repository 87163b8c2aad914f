/// The answers to security questions, redacted after the knowledge base's `security_answer_labels`
/// (`RedactorScanner.securityAnswer(at:)`).
extension Redactor {
    /// This redactor redacting the answer after each of `labels` (any case) as `[PASSWORD]` (`Lexicon.securityAnswerLabels`;
    /// `Matcher.redactor`): "security question answer is Fluffy". Without them, no answer is redacted after a label.
    public func knowing(securityAnswerLabels labels: [String]) -> Redactor {
        var redactor = self
        redactor.securityAnswerLabels = SecurityAnswerLabels(labels)
        return redactor
    }
}
