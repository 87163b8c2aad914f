/// Names said without a label ("this is Maria Gomez", a signature after "Thanks,", "From: John Smith"), found where the
/// knowledge base's lists say they stand (`RedactorScanner.unlabeledNames(signOffsOnly:)`).
extension Redactor {
    /// This redactor redacting the names `contexts` place (`NameContexts(lexicon:vocabulary:)`; `Matcher.redactor`).
    public func finding(namesIn contexts: NameContexts) -> Redactor {
        var redactor = self
        redactor.names = names.with(contexts)
        return redactor
    }
}
