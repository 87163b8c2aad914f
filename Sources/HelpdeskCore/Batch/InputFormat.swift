/// The shapes of batch input: one question per line, CSV with a `question` column, JSONL with a `question` field.
public enum InputFormat: String, Sendable, CaseIterable {
    case text, csv, jsonl

    /// From the file name: `.csv` is CSV, `.jsonl` and `.ndjson` are JSONL, anything else (and `-`) is text.
    public init(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") {
            self = .csv
        } else if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
            self = .jsonl
        } else {
            self = .text
        }
    }

    /// A fresh streaming reader for this format; a CSV or JSONL reader redacts the names it echoes with `redactor`.
    public func makeReader(redactor: Redactor = Redactor()) -> any QuestionReader {
        switch self {
        case .text: return TextQuestionReader()
        case .csv: return CSVQuestionReader(redactor: redactor)
        case .jsonl: return JSONLQuestionReader(redactor: redactor)
        }
    }
}
