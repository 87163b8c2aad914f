/// A place in a knowledge-base file: path, 1-based line and, where known, column. Line 0 is the file or folder as a
/// whole (a folder not found, a file that cannot be read): shown as its path alone, with no line.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int?

    public init(file: String, line: Int, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String {
        if line == 0 { return file }
        if let column { return "\(file):\(line):\(column)" }
        return "\(file):\(line)"
    }
}
