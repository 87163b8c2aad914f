/// Text for a person: `[line N] question` (on one line, control characters made harmless), the answer, a blank line; `[line N] error: reason` for input errors.
/// A text with several problems gets every answer, each under its "Problem 1 of 2" heading, as `helpdesk ask` prints it.
/// With a `width` (text shown on a terminal), the explanation is wrapped to it as `:why`'s is, each labelled line hanging
/// under its value; the answers come wrapped already.
public struct TextRecordFormatter: BatchRecordFormatter {
    private let renderer = AnswerRenderer()
    private let explanationWrapper: TextWrapper

    public init(width: Int? = nil) {
        explanationWrapper = TextWrapper(width: width)
    }

    public func append(_ record: BatchRecord, to output: inout [UInt8]) {
        output.append("[line ")
        output.append(String(record.line))
        output.append("] ")
        if let error = record.error {
            output.append("error: ")
            output.append(error.terminalSafeLine)
        } else {
            output.append((record.question ?? "").terminalSafeLine)
            output.append(10)
            output.append(record.answerText(renderer: renderer) ?? "")
            if let explanation = record.explanation { output.append("\n\n" + explanationWrapper.wrapAligned(explanation)) }
        }
        output.append(contentsOf: [10, 10])
    }
}
