/// What kind of JSON value a member holds, so an error can say what is there: "the field "question" is a number, not
/// a string".
public enum JSONValueKind: Sendable, Equatable {
    case string, number, `true`, `false`, null, array, object

    /// The kind of `value`, a value `JSONObjectScanner` has checked: `.other` is told by its first character.
    public init(_ value: JSONObjectScanner.Value) {
        switch value {
        case .string: self = .string
        case .other(let raw):
            switch raw.first {
            case "t": self = .true
            case "f": self = .false
            case "n": self = .null
            case "[": self = .array
            case "{": self = .object
            default: self = .number
            }
        }
    }

    /// As a message names it: "a number", "true", "an array". `true`, `false` and `null` are named as written, since
    /// each is the only value of its kind.
    public var description: String {
        switch self {
        case .string: return "a string"
        case .number: return "a number"
        case .true: return "true"
        case .false: return "false"
        case .null: return "null"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
