/// Reads one question per line; blank lines are skipped but counted, and a byte-order mark is ignored.
public struct TextQuestionReader: QuestionReader {
    private var splitter = LineSplitter()

    public init() {}

    public var passThroughNames: [String] { [] }

    public mutating func feed(_ chunk: [UInt8]) throws(BatchError) -> [BatchQuestion] {
        splitter.feed(chunk).compactMap(Self.question)
    }

    public mutating func finish() throws(BatchError) -> [BatchQuestion] {
        splitter.finish().compactMap(Self.question)
    }

    private static func question(_ line: InputLine) -> BatchQuestion? {
        line.question { BatchQuestion(line: line.number, content: .success($0)) }
    }
}
