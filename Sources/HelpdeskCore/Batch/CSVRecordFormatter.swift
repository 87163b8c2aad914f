/// CSV output (RFC 4180, LF row ends): the pass-through columns first, then `line,question,status,entry,title,
/// confidence`, then `candidate_1,candidate_1_confidence` … `candidate_N,candidate_N_confidence` (entry ids, N the
/// candidate count, at least 3; empty when fewer), then `last_reviewed,answer,also,kind,error`: `also` holds the entry
/// ids of a pasted text's further problems, separated by spaces (empty when there are none), and `kind` is
/// `acknowledgement` for a line that only acknowledges (empty otherwise). With `explain`, an `explanation` column comes
/// before `error`. A question or pass-through name or value that a spreadsheet could run as a formula
/// gets a `'` before it (`appendCSVUserField(_:)`); the tool's own ids, numbers and answers are written as they are.
/// With `passThroughByName` (JSONL input, whose objects may each give other fields, in another order), each
/// pass-through column takes the record's field of its name; a field no column names is left out.
public struct CSVRecordFormatter: BatchRecordFormatter {
    public let candidateCount: Int
    /// Whether the rows carry an `explanation` column (`--explain`).
    public let explain: Bool
    /// Whether a record's pass-through fields are placed by name rather than by position.
    public var passThroughByName = false
    /// How many pass-through columns the header announced; a record with another count (an error row) leaves them empty.
    private var passThroughCount: Int
    /// The pass-through columns' names as a record's fields are named (`BatchRecord.uniquePassThroughNames(_:)`),
    /// for `passThroughByName`.
    private var passThroughKeys: [String] = []
    /// Each entry's answer, already quoted as a CSV cell.
    private let quotedAnswers: [[UInt8]]

    public init(candidateCount: Int = 3, passThroughCount: Int = 0, answers: AnswerCache? = nil, explain: Bool = false) {
        self.candidateCount = max(3, candidateCount)
        self.explain = explain
        self.passThroughCount = passThroughCount
        quotedAnswers = answers?.texts.map { text in
            var bytes: [UInt8] = []
            bytes.appendCSVField(text)
            return bytes
        } ?? []
    }

    public mutating func start(passThroughNames: [String]) -> String {
        passThroughCount = passThroughNames.count
        passThroughKeys = BatchRecord.uniquePassThroughNames(passThroughNames)
        var columns = ["line", "question", "status", "entry", "title", "confidence"]
        for rank in 1...candidateCount { columns += ["candidate_\(rank)", "candidate_\(rank)_confidence"] }
        columns += ["last_reviewed", "answer", "also", "kind"] + (explain ? ["explanation"] : []) + ["error"]
        let own = Set(columns)
        let passThrough = (passThroughByName ? passThroughKeys : passThroughNames).map { BatchRecord.passThroughName($0, otherNames: own) }
        var bytes: [UInt8] = []
        for (index, column) in (passThrough + columns).enumerated() {
            if index > 0 { bytes.append(44) }
            if index < passThrough.count { bytes.appendCSVUserField(column) } else { bytes.appendCSVField(column) }
        }
        bytes.append(10)
        return String(decoding: bytes, as: UTF8.self)
    }

    public func append(_ record: BatchRecord, to output: inout [UInt8]) {
        if passThroughByName {
            let names = BatchRecord.uniquePassThroughNames(record.passThrough.map(\.name))
            for key in passThroughKeys {
                if let index = names.firstIndex(of: key) { output.appendCSVUserField(record.passThrough[index].text) }
                output.append(44)
            }
        } else {
            let passThrough = record.passThrough.count == passThroughCount ? record.passThrough : []
            for index in 0..<passThroughCount {
                if index < passThrough.count { output.appendCSVUserField(passThrough[index].text) }
                output.append(44)
            }
        }
        Format.appendInteger(record.line, to: &output)
        output.append(44)
        output.appendCSVUserField(record.question ?? "")
        output.append(44)
        output.append(record.status.rawValue)
        output.append(44)
        output.appendCSVField(record.entry ?? "")
        output.append(44)
        output.appendCSVField(record.title ?? "")
        output.append(44)
        Format.appendFixed(record.confidence, digits: 4, to: &output)
        for rank in 0..<candidateCount {
            output.append(44)
            if rank < record.candidates.count {
                output.appendCSVField(record.candidates[rank].entry)
                output.append(44)
                Format.appendFixed(record.candidates[rank].confidence, digits: 4, to: &output)
            } else {
                output.append(44)
            }
        }
        output.append(44)
        output.append(record.lastReviewed ?? "")
        output.append(44)
        if let index = record.answerEntryIndex, quotedAnswers.indices.contains(index) {
            output.append(contentsOf: quotedAnswers[index])
        } else {
            output.appendCSVField(record.answer ?? "")
        }
        output.append(44)
        for (index, problem) in record.also.enumerated() {
            if index > 0 { output.append(32) }
            output.appendCSVField(problem.entry)
        }
        output.append(44)
        if let kind = record.kind { output.append(kind.rawValue) }
        output.append(44)
        if explain {
            output.appendCSVField(record.explanation ?? "")
            output.append(44)
        }
        output.appendCSVField(record.error ?? "")
        output.append(10)
    }
}
