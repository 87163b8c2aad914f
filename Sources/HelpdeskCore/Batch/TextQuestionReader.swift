/// Reads one question per line; blank lines are skipped but counted, and a byte-order mark is ignored.
public struct TextQuestionReader: LinePerRecordReader {
    public var splitter = LineSplitter()

    public init() {}

    public static func question(_ line: InputLine) -> BatchQuestion? {
        line.question { BatchQuestion(line: line.number, content: .success($0)) }
    }
}
