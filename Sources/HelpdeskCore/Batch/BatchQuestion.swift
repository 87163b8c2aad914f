/// One question read from batch input, whatever the format: where it starts, its text (or why it cannot be read),
/// and the other columns to pass through.
public struct BatchQuestion: Sendable, Equatable {
    /// 1-based physical line of the input where the record starts.
    public var line: Int
    public var content: Result<String, LineError>
    public var passThrough: [PassThroughField]

    public init(line: Int, content: Result<String, LineError>, passThrough: [PassThroughField] = []) {
        self.line = line
        self.content = content
        self.passThrough = passThrough
    }
}
