/// Batch failures that stop the whole run (exit 1), as opposed to a bad line, which is reported in its place.
public enum BatchError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case cannotRead(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    /// CSV input whose header has no `question` column; `header` holds its names redacted and cut to 40 characters,
    /// since the first row may be data.
    case noQuestionColumn(header: [String])
    /// Input in UTF-16 or UTF-32 (`InputEncodingCheck`): batch reads UTF-8.
    case foreignEncoding(path: String, encoding: ForeignTextEncoding)
    /// Input that is no text (`BinaryFileKind`): a spreadsheet, a PDF, a program.
    case binaryFile(path: String, kind: BinaryFileKind)
    /// CSV input whose header row cannot be read.
    case unreadableHeader(String)
    /// CSV input with no row at all (empty, or only blank lines), so no header either.
    case emptyCSV
    /// CSV input whose header names the `question` column twice (1-based columns): which to answer is anyone's guess.
    case repeatedColumn(name: String, first: Int, second: Int)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason): return "cannot open '\(path)': \(reason)"
        case let .cannotRead(path, reason): return "cannot read \(Self.input(path)): \(reason)"
        case let .cannotWrite(path, reason): return "cannot write '\(path)': \(reason)"
        case .noQuestionColumn(let header):
            let found = header.joined(separator: ",")
            let hint = CSVHeaderHint.hint(for: header, columns: "a 'question' column").map { "; " + $0 } ?? ""
            return "the CSV header has no 'question' column (found: \(found.isEmpty ? "nothing" : found))\(hint)"
        case let .foreignEncoding(path, encoding):
            guard path != "-" else {
                return "cannot read standard input: it is \(encoding), and batch reads UTF-8; "
                    + "pipe it through iconv -f \(encoding.iconvName) -t UTF-8"
            }
            return "cannot read '\(path)': it is \(encoding), and batch reads UTF-8; convert it first: "
                + encoding.conversionCommand(for: path)
        case let .binaryFile(path, kind):
            return "cannot read \(Self.input(path)): \(kind.refusal)"
        case .unreadableHeader(let reason): return "cannot read the CSV header: \(reason)"
        case .emptyCSV: return "the CSV input is empty (no row, or only blank lines): it needs a header row naming a 'question' column"
        case let .repeatedColumn(name, first, second): return Self.repeatedColumn(name, first: first, second: second)
        }
    }

    /// A CSV header naming a column twice, as batch, eval and kb import word it (`name` redacted and shortened).
    public static func repeatedColumn(_ name: String, first: Int, second: Int) -> String {
        "the header names the column '\(name)' twice (columns \(first) and \(second)); give each column once"
    }

    /// "standard input" for "-", else the path quoted.
    private static func input(_ path: String) -> String {
        path == "-" ? "standard input" : "'\(path)'"
    }
}
