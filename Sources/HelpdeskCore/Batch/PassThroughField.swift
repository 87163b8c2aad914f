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

    /// The field with the `Redactor`'s findings replaced in its name and value. The name, after the redacted text of
    /// the field before it (`previous`), labels the value (`Redactor.redact(_:labelledBy:)`): a column `ssn` holding
    /// `123 456 789` is redacted, and so is a column `id_number` after one holding `SSN`; a name in
    /// snake_case or camelCase is read as its words (`mfa_code`, `userName`: `Redactor.labelWords(_:)`). A JSON object
    /// or array stays JSON, redacted leaf by leaf after unescaping, each leaf labelled like a field by its key and the value before it
    /// (`JSONLeafRedactor`). A JSON number the redactor changes (`123456789`) becomes a string of its redacted text: a
    /// placeholder is not JSON. Other JSON text, which the JSONL reader never produces, is redacted as text and
    /// becomes a string when that changes it. A text with a letter under a name that holds a person's name (`caller`,
    /// `customer_name`: `Redactor.holdsName(field:)`) becomes `[NAME]` whole.
    public func redacted(by redactor: Redactor, after previous: String? = nil) -> PassThroughField {
        let name = redactor.redact(self.name)
        if case .text(let text) = value, text.contains(where: \.isLetter), redactor.holdsName(field: self.name) {
            return PassThroughField(name: name, value: .text(Redaction.Kind.name.placeholder))
        }
        let words = Redactor.labelWords(self.name)
        let label = previous.map { $0 + " " + words } ?? words
        switch value {
        case .text(let text):
            return PassThroughField(name: name, value: .text(redactor.redact(text, labelledBy: label)))
        case .json(let raw):
            if raw.hasPrefix("{") || raw.hasPrefix("["),
               let redacted = JSONLeafRedactor.redact(raw, labelledBy: label, by: redactor) {
                return PassThroughField(name: name, value: .json(redacted))
            }
            let redacted = redactor.redact(raw, labelledBy: label)
            return PassThroughField(name: name, value: redacted == raw ? value : .text(redacted))
        }
    }

    /// `fields` of one record redacted in order, each after the one before it (`redacted(by:after:)`), as a row
    /// read as text would be: `id_type,id_number` holding `SSN,123 456 789`.
    public static func redacted(_ fields: [PassThroughField], by redactor: Redactor) -> [PassThroughField] {
        var previous: String?
        return fields.map { field in
            let redacted = field.redacted(by: redactor, after: previous)
            previous = redacted.text
            return redacted
        }
    }
}
