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

    /// The field with the `Redactor`'s findings replaced in its name and value. The name labels the value
    /// (`Redactor.redact(_:labelledBy:)`): a column `ssn` holding `123 456 789` is redacted. A JSON object or array
    /// stays JSON, redacted leaf by leaf after unescaping, each leaf labelled by its own key and an array's items by
    /// the array's key, or by the field's name at the top (`JSONLeafRedactor`). A JSON number the redactor changes
    /// (`123456789`) becomes a string of its redacted text: a placeholder is not JSON. Other JSON text, which the
    /// JSONL reader never produces, is redacted as text and becomes a string when that changes it.
    public func redacted(by redactor: Redactor) -> PassThroughField {
        let name = redactor.redact(self.name)
        switch value {
        case .text(let text):
            return PassThroughField(name: name, value: .text(redactor.redact(text, labelledBy: self.name)))
        case .json(let raw):
            if raw.hasPrefix("{") || raw.hasPrefix("["),
               let redacted = JSONLeafRedactor.redact(raw, labelledBy: self.name, by: redactor) {
                return PassThroughField(name: name, value: .json(redacted))
            }
            let redacted = redactor.redact(raw, labelledBy: self.name)
            return PassThroughField(name: name, value: redacted == raw ? value : .text(redacted))
        }
    }
}
