/// A reader whose input holds one record per line: it cuts the bytes into lines and turns each line into a
/// question (`question(_:)`); blank lines are skipped but counted.
public protocol LinePerRecordReader: QuestionReader {
    var splitter: LineSplitter { get set }

    /// The question a line makes, or nil for a blank line (see `InputLine.question(parsing:)`).
    static func question(_ line: InputLine) -> BatchQuestion?
}

extension LinePerRecordReader {
    public var passThroughNames: [String] { [] }

    public mutating func feed(_ chunk: [UInt8]) throws(BatchError) -> [BatchQuestion] {
        splitter.feed(chunk).compactMap(Self.question)
    }

    public mutating func finish() throws(BatchError) -> [BatchQuestion] {
        splitter.finish().compactMap(Self.question)
    }
}
