/// An input column or field other than the question, copied unchanged to CSV and JSONL output.
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
}
