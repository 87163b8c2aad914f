/// Reads JSONL input: one JSON object per line with a string `question` field; the other fields pass through
/// (to JSONL output). Blank lines are skipped but counted; a line that is not an object, has no `question`, gives it
/// as something other than a string (the error says what it is: "a number", "null"), gives it twice, or whose
/// question is empty or only whitespace, is an error record in its place. An object's other fields pass through on
/// its error record too, so a ticket's `id` says which ticket failed. `passThroughNames` are those of the first JSON
/// object read (CSV output's pass-through columns), redacted as the records' names are.
public struct JSONLQuestionReader: LinePerRecordReader {
    public var splitter = LineSplitter()
    public private(set) var passThroughNames: [String] = []
    /// Fields of later objects that the first one has not (CSV output leaves them out), redacted, first seen first.
    public private(set) var namesBeyondPassThrough: [String] = []
    /// The field names read so far, as written.
    private var namesSeen: Set<String> = []
    /// Whether a JSON object has been read, so `passThroughNames` are set.
    private var sawObject = false
    /// Redacts the field names, as `PassThroughField.redacted(by:)` does for each record (the same redactor).
    private let redactor: Redactor

    public init(redactor: Redactor = Redactor()) {
        self.redactor = redactor
    }

    public mutating func feed(_ chunk: [UInt8]) throws(BatchError) -> [BatchQuestion] {
        noteNames(splitter.feed(chunk).compactMap(Self.question))
    }

    public mutating func finish() throws(BatchError) -> [BatchQuestion] {
        noteNames(splitter.finish().compactMap(Self.question))
    }

    /// Takes the pass-through names from the first of `questions` that is a JSON object, notes the names later objects
    /// add (`namesBeyondPassThrough`), and returns `questions`.
    private mutating func noteNames(_ questions: [BatchQuestion]) -> [BatchQuestion] {
        if !sawObject, let first = questions.first(where: Self.isObject) {
            sawObject = true
            passThroughNames = first.passThrough.map { redactor.redact($0.name) }
            namesSeen = Set(first.passThrough.map(\.name))
        }
        guard sawObject else { return questions }
        // Compared as written, so a name is redacted once, when it is first seen.
        for question in questions {
            for field in question.passThrough where !namesSeen.contains(field.name) {
                namesSeen.insert(field.name)
                namesBeyondPassThrough.append(redactor.redact(field.name))
            }
        }
        return questions
    }

    /// Whether the line was a JSON object (whatever its question): not an unreadable line nor one that is no object.
    private static func isObject(_ question: BatchQuestion) -> Bool {
        switch question.content {
        case .failure(.notJSON), .failure(.invalidUTF8), .failure(.nulByte), .failure(.tooLong): return false
        default: return true
        }
    }

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
