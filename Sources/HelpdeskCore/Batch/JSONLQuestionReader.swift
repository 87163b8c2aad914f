/// Reads JSONL input: one JSON object per line with a string `question` field; the other fields pass through
/// (to JSONL output). Blank lines are skipped but counted; a line that is not an object, or has no string
/// `question` or gives it twice, is an error record in its place.
public struct JSONLQuestionReader: LinePerRecordReader {
    public var splitter = LineSplitter()

    public init() {}

    public static func question(_ line: InputLine) -> BatchQuestion? {
        line.question { text in
            switch JSONObjectScanner.members(of: text) {
            case .failure(let error):
                return BatchQuestion(line: line.number, content: .failure(error))
            case .success(let members):
                var question: String?
                var passThrough: [PassThroughField] = []
                for member in members {
                    if member.key == "question" {
                        guard question == nil else {
                            return BatchQuestion(line: line.number, content: .failure(.repeatedQuestionField))
                        }
                        guard case .string(let value) = member.value else {
                            return BatchQuestion(line: line.number, content: .failure(.noQuestionField))
                        }
                        question = value
                    } else {
                        switch member.value {
                        case .string(let value): passThrough.append(PassThroughField(name: member.key, value: .text(value)))
                        case .other(let raw): passThrough.append(PassThroughField(name: member.key, value: .json(raw)))
                        }
                    }
                }
                guard let question else { return BatchQuestion(line: line.number, content: .failure(.noQuestionField)) }
                return BatchQuestion(line: line.number, content: .success(question), passThrough: passThrough)
            }
        }
    }
}
