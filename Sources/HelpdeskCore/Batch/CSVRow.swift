/// One CSV record: the physical line it starts on, and its fields or why they cannot be read.
public struct CSVRow: Sendable, Equatable {
    public var line: Int
    public var fields: Result<[String], LineError>

    public init(line: Int, fields: Result<[String], LineError>) {
        self.line = line
        self.fields = fields
    }
}
