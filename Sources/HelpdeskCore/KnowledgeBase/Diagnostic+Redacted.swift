extension SourceLocation {
    /// `file:line[:column]` with personal data in the file's name redacted, the name read on its own: read together,
    /// the line number glued to it would carry on a number the name ends with (`/tmp/ssn-123-45-6789:1` holds no
    /// number that stands alone), and the name would be shown as typed.
    public func redacted(by redactor: Redactor = Redactor()) -> String {
        let file = redactor.redact(file)
        if line == 0 { return file }
        if let column { return "\(file):\(line):\(column)" }
        return "\(file):\(line)"
    }
}

extension Diagnostic {
    /// `description` with personal data redacted: the location's file name on its own (`SourceLocation.redacted(by:)`),
    /// then the message and the entry id, as every error line that may echo a path or text the user gave must be.
    public func redacted(by redactor: Redactor = Redactor()) -> String {
        var text = "\(location.redacted(by: redactor)): \(severity.rawValue): \(redactor.redact(message))"
        if let entryID { text += " (entry '\(redactor.redact(entryID))')" }
        return text
    }

    /// `description` with only the location's file name redacted (`SourceLocation.redacted(by:)`): for `kb check`,
    /// whose messages quote the knowledge base's own text.
    public func redactingLocation(by redactor: Redactor = Redactor()) -> String {
        var text = "\(location.redacted(by: redactor)): \(severity.rawValue): \(message)"
        if let entryID { text += " (entry '\(entryID)')" }
        return text
    }
}
