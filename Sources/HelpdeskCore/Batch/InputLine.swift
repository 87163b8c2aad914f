/// One line of batch input: its 1-based number and its text, or why it could not be read.
public struct InputLine: Sendable, Equatable {
    public var number: Int
    public var content: Result<String, LineError>

    public init(number: Int, content: Result<String, LineError>) {
        self.number = number
        self.content = content
    }
}

extension InputLine {
    /// The record this line makes in line-per-record input: nil when blank (the line still counts), the read error
    /// when unreadable, else `parse` of its text (a byte-order mark on line 1 removed).
    func question(parsing parse: (String) -> BatchQuestion) -> BatchQuestion? {
        switch content {
        case .failure(let error):
            return BatchQuestion(line: number, content: .failure(error))
        case .success(var text):
            if number == 1, text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            // Most lines open with a visible ASCII character (a character's first scalar says whether it is whitespace).
            if let first = text.utf8.first, first > 32, first < 127 { return parse(text) }
            if text.allSatisfy(\.isWhitespace) { return nil }
            return parse(text)
        }
    }
}
