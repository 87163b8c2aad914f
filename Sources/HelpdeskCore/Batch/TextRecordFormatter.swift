/// Text for a person: `[line N] question`, the answer, a blank line; `[line N] error: reason` for input errors.
public struct TextRecordFormatter: BatchRecordFormatter {
    public init() {}

    public func append(_ record: BatchRecord, to output: inout [UInt8]) {
        output.append("[line ")
        output.append(String(record.line))
        output.append("] ")
        if let error = record.error {
            output.append("error: ")
            output.append(error)
        } else {
            output.append(record.question ?? "")
            output.append(10)
            output.append(record.answer ?? "")
            if let explanation = record.explanation { output.append("\n\n" + explanation) }
        }
        output.append(contentsOf: [10, 10])
    }
}
