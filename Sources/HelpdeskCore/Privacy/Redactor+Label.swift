extension Redactor {
    /// `text` redacted with `label` read as the words just before it, the way a column's or field's name labels its
    /// value: under `ssn`, `123 456 789` is data ("SSN 123 456 789" is redacted, "123 456 789" alone is not); under
    /// `ein`, `12 3456789`; under `dob`, `19800102`. Without a label, or when the label itself holds data, `text` is
    /// redacted on its own.
    public func redact(_ text: String, labelledBy label: String?) -> String {
        guard let label else { return redact(text) }
        let prefix = label + ": "
        let labelled = redact(prefix + text)
        guard labelled.hasPrefix(prefix) else { return redact(text) }
        let rest = String(labelled.dropFirst(prefix.count))
        return rest == text ? redact(text) : rest
    }

    /// The cells of one row redacted in order, each labelled by the redacted cell before it, as the row read as text
    /// would be: `SSN,123 456 789` and `ein,12 3456789` are redacted cell by cell too.
    func redact(cells: [String]) -> [String] {
        var previous: String?
        return cells.map { cell in
            let redacted = redact(cell, labelledBy: previous)
            previous = redacted
            return redacted
        }
    }
}
