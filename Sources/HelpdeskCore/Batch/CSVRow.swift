/// One CSV record: the physical lines it spans, and its fields or why they cannot be read.
public struct CSVRow: Sendable, Equatable {
    /// The line the record starts on.
    public var line: Int
    /// The line it ends on: after `line` only when a quoted field holds a line break.
    public var lastLine: Int
    public var fields: Result<[String], LineError>

    public init(line: Int, through lastLine: Int? = nil, fields: Result<[String], LineError>) {
        self.line = line
        self.lastLine = max(line, lastLine ?? line)
        self.fields = fields
    }

    /// `error` as this row reports it: when the row runs over several lines, it also says which, since a stray quote
    /// makes the rows after it part of this one and they are lost with it (`LineError.joinedLines`).
    public func reporting(_ error: LineError) -> LineError {
        lastLine > line ? .joinedLines(from: line, to: lastLine, error) : error
    }
}
