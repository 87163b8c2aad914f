/// Batch failures that stop the whole run (exit 1), as opposed to a bad line, which is reported in its place.
public enum BatchError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case cannotRead(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    /// CSV input whose header has no `question` column; `header` holds its names redacted and cut to 40 characters,
    /// since the first row may be data.
    case noQuestionColumn(header: [String])
    /// CSV input whose header row cannot be read.
    case unreadableHeader(String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason): return "cannot open '\(path)': \(reason)"
        case let .cannotRead(path, reason): return "cannot read '\(path)': \(reason)"
        case let .cannotWrite(path, reason): return "cannot write '\(path)': \(reason)"
        case .noQuestionColumn(let header):
            let found = header.joined(separator: ",")
            return "the CSV header has no 'question' column (found: \(found.isEmpty ? "nothing" : found))"
        case .unreadableHeader(let reason): return "cannot read the CSV header: \(reason)"
        }
    }
}
