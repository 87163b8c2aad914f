/// One line of batch input: its 1-based number and its text, or why it could not be read.
public struct InputLine: Sendable, Equatable {
    public var number: Int
    public var content: Result<String, LineError>

    public init(number: Int, content: Result<String, LineError>) {
        self.number = number
        self.content = content
    }
}
