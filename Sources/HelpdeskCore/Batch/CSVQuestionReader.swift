/// Reads CSV input: the header names a `question` column (any case) once (twice is `BatchError.repeatedColumn`); the
/// other columns pass through.
/// A row whose field count differs from the header's is an error row, and so is one whose question is empty or only
/// whitespace (its other columns still pass through); a row whose every cell is empty is skipped, as a blank line is.
public struct CSVQuestionReader: QuestionReader {
    private var records = CSVRecordReader()
    private var questionColumn: Int?
    private var columnCount = 0
    public private(set) var passThroughNames: [String] = []
    /// Redacts the column names, which are echoed: the knowledge base's (`Matcher.redactor`) where one is at hand.
    private let redactor: Redactor

    public init(redactor: Redactor = Redactor()) {
        self.redactor = redactor
    }

    public mutating func feed(_ chunk: [UInt8]) throws(BatchError) -> [BatchQuestion] {
        try questions(records.feed(chunk))
    }

    public mutating func finish() throws(BatchError) -> [BatchQuestion] {
        let rest = try questions(records.finish())
        // Input with no row at all has no header, so no `question` column either; it is said to be empty (it was
        // "the CSV header has no 'question' column (found: nothing)"), as eval and kb import say.
        guard questionColumn != nil else { throw .emptyCSV }
        return rest
    }

    private mutating func questions(_ rows: [CSVRow]) throws(BatchError) -> [BatchQuestion] {
        var result: [BatchQuestion] = []
        result.reserveCapacity(rows.count)
        for row in rows {
            guard let questionColumn else {
                // Rows of empty cells are skipped before the header as after it: a file of them (or of a byte-order
                // mark) is empty.
                if case .success(let fields) = row.fields, fields.allSatisfy({ $0.allSatisfy { $0.isWhitespace || $0 == "\u{FEFF}" } }) { continue }
                try readHeader(row)
                continue
            }
            switch row.fields {
            case .failure(let error):
                result.append(BatchQuestion(line: row.line, content: .failure(error)))
            case .success(let fields) where fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }):
                // A row of empty cells (",,," as spreadsheets pad their exports) is a blank line, skipped as eval
                // and kb import skip it, whatever its field count.
                continue
            case .success(let fields) where fields.count != columnCount:
                result.append(BatchQuestion(line: row.line, content: .failure(row.reporting(.wrongFieldCount(found: fields.count, expected: columnCount)))))
            case .success(let fields):
                var passThrough: [PassThroughField] = []
                passThrough.reserveCapacity(columnCount - 1)
                for (index, field) in fields.enumerated() where index != questionColumn {
                    passThrough.append(PassThroughField(name: passThroughNames[index < questionColumn ? index : index - 1], value: .text(field)))
                }
                result.append(BatchQuestion(line: row.line, content: BatchQuestion.content(question: fields[questionColumn]),
                                            passThrough: passThrough))
            }
        }
        return result
    }

    private mutating func readHeader(_ row: CSVRow) throws(BatchError) {
        var header: [String]
        switch row.fields {
        case .failure(let error): throw .unreadableHeader(error.description)
        case .success(let fields): header = fields
        }
        if header[0].hasPrefix("\u{FEFF}") { header[0].removeFirst() }
        let names = header.map { $0.trimmingWhitespace() }
        // Column names are echoed (in the output's header, or in the error below when the first row is data), so
        // they are redacted like the values.
        guard let column = names.firstIndex(where: { $0.lowercased() == "question" }) else {
            throw .noQuestionColumn(header: redactor.redact(cells: names).map(Self.shortened))
        }
        if let twice = names[(column + 1)...].firstIndex(where: { $0.lowercased() == "question" }) {
            throw .repeatedColumn(name: Self.shortened(redactor.redact(names[twice])), first: column + 1, second: twice + 1)
        }
        questionColumn = column
        columnCount = names.count
        passThroughNames = names.enumerated().filter { $0.offset != column }.map { redactor.redact($0.element) }
    }

    /// At most `maximumShownLength` characters of a name shown in an error, ending in `…` when cut.
    static func shortened(_ name: String) -> String {
        name.count <= maximumShownLength ? name : String(name.prefix(maximumShownLength - 1)) + "…"
    }

    static let maximumShownLength = 40
}
