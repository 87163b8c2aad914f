/// One line of batch input: its 1-based number and its text, or why it could not be read.
public struct InputLine: Sendable, Equatable {
    public var number: Int
    public var content: Result<String, LineError>

    public init(number: Int, content: Result<String, LineError>) {
        self.number = number
        self.content = content
    }
}

/// Why a batch line could not be answered.
public enum LineError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidUTF8
    case nulByte
    case tooLong(bytes: Int)

    public var description: String {
        switch self {
        case .invalidUTF8: return "the line is not valid UTF-8"
        case .nulByte: return "the line holds a NUL byte"
        case .tooLong(let bytes): return "the line is \(bytes) bytes; the limit is \(LineSplitter.maximumLineBytes)"
        }
    }
}
