/// Reads JSONL input: one JSON object per line with a string `question` field; the other fields pass through
/// (to JSONL output). Blank lines are skipped but counted; a line that is not an object, has no `question`, gives it
/// as something other than a string (the error says what it is: "a number", "null"), gives it twice, or whose
/// question is empty or only whitespace, is an error record in its place. An object's other fields pass through on
/// its error record too, so a ticket's `id` says which ticket failed.
public struct JSONLQuestionReader: LinePerRecordReader {
    public var splitter = LineSplitter()

    public init() {}

    public static func question(_ line: InputLine) -> BatchQuestion? {
        line.question { text in
            switch JSONObjectScanner.members(of: text) {
            case .failure(let error):
                return BatchQuestion(line: line.number, content: .failure(error))
            case .success(let members):
                var questions: [JSONObjectScanner.Value] = []
                var passThrough: [PassThroughField] = []
                for member in members {
                    if member.key == "question" {
                        questions.append(member.value)
                        continue
                    }
                    switch member.value {
                    case .string(let value): passThrough.append(PassThroughField(name: member.key, value: .text(value)))
                    case .other(let raw): passThrough.append(PassThroughField(name: member.key, value: .json(raw)))
                    }
                }
                let content: Result<String, LineError>
                switch questions.first {
                case .string(let question)? where questions.count == 1: content = BatchQuestion.content(question: question)
                case _ where questions.count > 1: content = .failure(.repeatedQuestionField)
                case let value?: content = .failure(.questionNotAString(JSONValueKind(value)))
                default: content = .failure(.noQuestionField)
                }
                return BatchQuestion(line: line.number, content: content, passThrough: passThrough)
            }
        }
    }
}
