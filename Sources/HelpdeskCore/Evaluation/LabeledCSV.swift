import Foundation

/// Reads `question,entry[,title,answer]` CSV files (RFC 4180 quoting), as `eval` and `kb import` take them.
/// A row that cannot be read as the header says (another field count, an empty question, bad bytes) is an error
/// naming its line, never a row guessed at: a label dropped from a row would turn it into an off-topic question.
/// An empty `entry` field (`question,`) means off topic; blank lines, and rows whose fields are all empty, are skipped.
public enum LabeledCSV {
    public struct ReadError: Error, CustomStringConvertible, Sendable {
        public let path: String
        public let message: String
        public var description: String { "\(path): \(message)" }
    }

    /// One row that cannot be read, on the line of the file where it starts.
    public struct RowProblem: Sendable, Equatable, CustomStringConvertible {
        public let line: Int
        public let message: String
        public var description: String { "\(line): error: \(message)" }

        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }

        /// A quote opened on `line` and never closed, in a file of `lastLine` lines: strictly, the rest of the file is
        /// inside it, so the message says so, and that the lines after it were read on their own (their errors follow).
        init(unclosedQuoteOn line: Int, lastLine: Int) {
            let rest = line < lastLine ? ", so the rest of the file, to line \(lastLine), is inside it; the lines after it are checked as rows of their own" : ""
            self.init(line: line, message: "a quote opened on this line is never closed" + rest)
        }
    }

    /// Rows of the file that cannot be read; the file is refused whole.
    public struct RowErrors: Error, CustomStringConvertible, Sendable {
        public static let shownLimit = 10
        public let path: String
        public let problems: [RowProblem]

        /// `path:line: error: message`, one a line, the first `shownLimit` of them.
        public var lines: [String] { problems.prefix(Self.shownLimit).map { "\(path):\($0)" } }

        /// `lines` with personal data redacted, the file's name on its own: read together, the line number glued to
        /// it would carry on a number the name ends with (`/tmp/ssn-123-45-6789:2` holds no number that stands alone).
        public func redactedLines(by redactor: Redactor = Redactor()) -> [String] {
            let file = redactor.redact(path)
            return problems.prefix(Self.shownLimit).map { "\(file):\(redactor.redact($0.description))" }
        }

        /// The one-line summary after the listed rows.
        public var summary: String {
            let count = problems.count
            let hidden = count > Self.shownLimit ? " (\(count - Self.shownLimit) more not shown)" : ""
            return "\(path): \(count) malformed \(count == 1 ? "row" : "rows")\(hidden); the file is refused"
        }

        public var description: String { (lines + [summary]).joined(separator: "\n") }
    }

    /// The most bytes a labelled CSV may hold (64 MiB, some 700,000 questions).
    public static let maximumBytes = 64 << 20

    /// The columns a labelled CSV may have: `eval` reads the first two, `kb import` all four.
    public static let columns = ["question", "entry", "title", "answer"]

    /// Reads `path` to its end: a file, a pipe, a FIFO, or standard input for `-` (named "standard input" in errors).
    /// `reading` names the columns the caller uses, for `warn`'s line about each other column ("ignoring column ...").
    /// Input over `limit` bytes is refused: an endless one (`/dev/zero`) was read until memory ran out. Column names
    /// quoted in errors and warnings are redacted by `redactor` (the knowledge base's, `Redactor(knowledgeBase:vocabulary:)`,
    /// where one is at hand).
    public static func read(path: String, reading: [String] = columns, limit: Int = maximumBytes, redactor: Redactor = Redactor(),
                            warn: (String) -> Void = { _ in }) throws -> [LabeledQuestion] {
        let name = path == "-" ? "standard input" : path
        let bytes: [UInt8]
        do {
            bytes = try WholeInput.read(path: path, limit: limit + 1)
        } catch {
            throw ReadError(path: name, message: "cannot read the file: \(error.reason)")
        }
        if bytes.count > limit {
            throw ReadError(path: name, message: "it holds more than \(limit) bytes, the most eval and kb import read")
        }
        if let encoding = ForeignTextEncoding.detect(bytes.prefix(4)) {
            let fix = path == "-" ? "pipe it through iconv -f \(encoding.iconvName) -t UTF-8"
                : "convert it first: \(encoding.conversionCommand(for: path))"
            throw ReadError(path: name, message: "it is \(encoding), not UTF-8; \(fix)")
        }
        // A workbook kept in Excel's format (a ZIP archive) said "not UTF-8 text", or that its header cannot be read.
        if let kind = BinaryFileKind.detect(bytes.prefix(BinaryFileKind.controlSample.upperBound)) {
            throw ReadError(path: name, message: kind.refusal)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ReadError(path: name, message: "not UTF-8 text")
        }
        return try parse(text, path: name, reading: reading, redactor: redactor, warn: warn)
    }

    /// The questions of `text`; a column named twice is an error, and `warn` gets a line for each column that is not
    /// one of `columns` (its data is not read), listing `reading`.
    public static func parse(_ text: String, path: String = "<text>", reading: [String] = columns, redactor: Redactor = Redactor(),
                             warn: (String) -> Void = { _ in }) throws -> [LabeledQuestion] {
        let bytes = Array(text.utf8)
        // In RFC 4180 every quote inside a field is doubled, so a quote left open runs to the end of the file. Labelled
        // data is held to that strictly (batch keeps a bare quote in an unquoted field as a character): the file is
        // refused, naming the line where the quote opens, as a malformed row is named. The lines after it are read
        // again, as batch reads them, so that their own errors are listed too (only the quote was).
        let unclosed = CSVUnclosedQuote.line(in: bytes).map { RowProblem(unclosedQuoteOn: $0, lastLine: CSVUnclosedQuote.lastLine(in: bytes)) }
        var reader = CSVRecordReader()
        var records = reader.feed(bytes)
        records += reader.finish()
        // Rows of empty cells are skipped before the header as after it: a file of them (or of a byte-order mark) is empty.
        let blank = { (record: CSVRow) in
            if case .success(let fields) = record.fields { return fields.allSatisfy { $0.allSatisfy { $0.isWhitespace || $0 == "\u{FEFF}" } } }
            return false
        }
        records = Array(records.drop(while: blank))
        guard let headerRecord = records.first, case .success(var headerFields) = headerRecord.fields else {
            if let unclosed, unclosed.line == records.first?.line { throw RowErrors(path: path, problems: [unclosed]) }
            if case .failure(let error) = records.first?.fields {
                throw ReadError(path: path, message: "line \(records[0].line): the header cannot be read: \(error)")
            }
            let empty = text.isEmpty || text == "\u{FEFF}"
            throw ReadError(path: path, message: (empty ? "the file is empty" : "the file holds only blank lines")
                + ": it needs a header row naming the columns 'question' and 'entry'")
        }
        if headerFields[0].hasPrefix("\u{FEFF}") { headerFields[0].removeFirst() }
        let names = headerFields.map { $0.trimmingWhitespace() }
        let header = names.map { $0.lowercased() }
        guard let questionColumn = header.firstIndex(of: "question"), let entryColumn = header.firstIndex(of: "entry") else {
            let shown = redactor.redact(cells: names).map(CSVQuestionReader.shortened).joined(separator: ",")
            let hint = CSVHeaderHint.hint(for: names, columns: "the columns 'question' and 'entry'").map { "; " + $0 } ?? ""
            throw ReadError(path: path, message: "the header must name the columns 'question' and 'entry' (found: \(shown))\(hint)")
        }
        for (twice, key) in header.enumerated() where !key.isEmpty {
            guard let first = header[..<twice].firstIndex(of: key) else { continue }
            let shown = CSVQuestionReader.shortened(redactor.redact(names[twice]))
            throw ReadError(path: path, message: BatchError.repeatedColumn(shown, first: first + 1, second: twice + 1))
        }
        for (name, key) in zip(names, header) where !key.isEmpty && !columns.contains(key) {
            let shown = CSVQuestionReader.shortened(redactor.redact(name))
            warn("ignoring column '\(shown)' (columns read: \(reading.joined(separator: ", ")))")
        }
        let titleColumn = header.firstIndex(of: "title")
        let answerColumn = header.firstIndex(of: "answer")
        var result: [LabeledQuestion] = []
        var problems: [RowProblem] = []
        for record in records.dropFirst() {
            let row: [String]
            switch record.fields {
            case .failure(.unclosedQuote):
                problems.append(RowProblem(unclosedQuoteOn: record.line, lastLine: CSVUnclosedQuote.lastLine(in: bytes)))
                continue
            case .failure(let error):
                problems.append(RowProblem(line: record.line, message: error.description))
                continue
            case .success(let fields):
                row = fields.map { $0.trimmingWhitespace() }
            }
            if row.allSatisfy(\.isEmpty) { continue }
            guard row.count == names.count else {
                problems.append(RowProblem(line: record.line, message:
                    "expected \(names.count) fields (\(names.joined(separator: ","))), found \(row.count)"))
                continue
            }
            func field(_ column: Int?) -> String? { column.flatMap { row[$0].isEmpty ? nil : row[$0] } }
            guard let question = field(questionColumn) else {
                problems.append(RowProblem(line: record.line, message: "the question is empty"))
                continue
            }
            result.append(LabeledQuestion(question: question, entry: field(entryColumn), title: field(titleColumn),
                                          answer: field(answerColumn), line: record.line))
        }
        // The quote left open is named on its line whatever else that line's row got wrong.
        if let unclosed { problems = problems.filter { $0.line != unclosed.line } + [unclosed] }
        guard problems.isEmpty else { throw RowErrors(path: path, problems: problems.sorted { $0.line < $1.line }) }
        return result
    }
}
