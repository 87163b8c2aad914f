/// An input column or field other than the question, copied to the output with its personal data redacted
/// (`redacted(by:)`), like the question.
public struct PassThroughField: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        /// A CSV field, or a JSON string after unescaping.
        case text(String)
        /// A JSON value other than a string (number, object, array, true, false, null), as it was written.
        case json(String)
    }

    public var name: String
    public var value: Value

    public init(name: String, value: Value) {
        self.name = name
        self.value = value
    }

    /// The value as one CSV cell: text as is, other JSON values as their JSON text.
    public var text: String {
        switch value {
        case .text(let text), .json(let text): return text
        }
    }

    /// The field with the `Redactor`'s findings replaced in its name and value. A JSON object or array stays JSON,
    /// redacted leaf by leaf after unescaping (`JSONLeafRedactor`). A JSON number the redactor changes (`123456789`)
    /// becomes a string of its redacted text: a placeholder is not JSON. Other JSON text, which the JSONL reader
    /// never produces, is redacted as text and becomes a string when that changes it.
    public func redacted(by redactor: Redactor) -> PassThroughField {
        let name = redactor.redact(self.name)
        switch value {
        case .text(let text):
            return PassThroughField(name: name, value: .text(Self.redact(text, labelledBy: self.name, redactor)))
        case .json(let raw):
            if raw.hasPrefix("{") || raw.hasPrefix("["), let redacted = JSONLeafRedactor.redact(raw, by: redactor) {
                return PassThroughField(name: name, value: .json(redacted))
            }
            let redacted = redactor.redact(raw)
            return PassThroughField(name: name, value: redacted == raw ? value : .text(redacted))
        }
    }

    /// `text` redacted, with the field's name read as its label: a column `ssn` holding `123 456 789` or `ein`
    /// holding `12 3456789` is data only because of its name ("SSN 123 456 789" is redacted, "123 456 789" is not).
    static func redact(_ text: String, labelledBy name: String, _ redactor: Redactor) -> String {
        let plain = redactor.redact(text)
        let prefix = name + ": "
        let labelled = redactor.redact(prefix + text)
        guard labelled.hasPrefix(prefix) else { return plain }
        let rest = String(labelled.dropFirst(prefix.count))
        return rest == text ? plain : rest
    }
}
