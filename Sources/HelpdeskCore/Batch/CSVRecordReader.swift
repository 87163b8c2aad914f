/// A streaming RFC 4180 reader: comma-separated fields, double-quoted fields holding commas, `""` and line breaks,
/// LF, CRLF or lone CR (old Mac) row ends; inside quotes every byte is kept, and each of the three counts as one line. Fed chunks of any size; keeps at most one record in memory.
///
/// Never stops on bad input: a record over `maximumRecordBytes`, invalid UTF-8, a NUL byte or text after a closing
/// quote gives an error row in its place. A quote left open for `maximumRecordBytes` (or to the end of the input)
/// is reported on the line where it opened, and reading starts again on the line after it, so a stray quote costs
/// one row, not the rest of the file. Blank lines are skipped; line numbers stay true.
public struct CSVRecordReader: Sendable {
    public static let maximumRecordBytes = LineSplitter.maximumLineBytes

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted, skipping }

    private var state = State.fieldStart
    /// The current record as read, kept to read it again after an unclosed quote.
    private var raw: [UInt8] = []
    /// The current record's field contents, unquoted, back to back; `fieldEnds` splits them.
    private var decoded: [UInt8] = []
    private var fieldEnds: [Int] = []
    private var textAfterQuote = false
    private var skippedBytes = 0
    private var line = 1
    private var recordLine = 1
    private var replay: [UInt8] = []
    /// The byte before was a CR: an LF now completes a CRLF (one line break, and no row end of its own).
    private var afterCR = false

    public init() {}

    public mutating func feed(_ chunk: [UInt8]) -> [CSVRow] {
        var rows: [CSVRow] = []
        for byte in chunk { consume(byte, into: &rows) }
        return rows
    }

    /// Ends the input: the last record when it has no line break, and any unclosed quote.
    public mutating func finish() -> [CSVRow] {
        var rows: [CSVRow] = []
        while true {
            switch state {
            case .skipping:
                rows.append(CSVRow(line: recordLine, fields: .failure(.tooLong(bytes: skippedBytes))))
                reset()
            case .quoted where Self.lineBreakEnd(in: raw) != nil:
                recoverFromOpenQuote(into: &rows)
                drainReplay(into: &rows)
                continue
            case .quoted:
                rows.append(CSVRow(line: recordLine, fields: .failure(.unclosedQuote)))
                reset()
            case .fieldStart, .unquoted, .quoteInQuoted:
                if !raw.isEmpty { endRecord(into: &rows) }
            }
            return rows
        }
    }

    private mutating func consume(_ byte: UInt8, into rows: inout [CSVRow]) {
        step(byte, into: &rows)
        drainReplay(into: &rows)
    }

    /// Reads again the bytes after the line where an unclosed quote opened; a new recovery inside them queues the rest.
    private mutating func drainReplay(into rows: inout [CSVRow]) {
        while !replay.isEmpty {
            let pending = replay
            replay = []
            for index in pending.indices {
                step(pending[index], into: &rows)
                if !replay.isEmpty {
                    replay += pending[(index + 1)...]
                    break
                }
            }
        }
    }

    private mutating func step(_ byte: UInt8, into rows: inout [CSVRow]) {
        let completesCRLF = afterCR && byte == 10
        afterCR = byte == 13
        // The CR already ended the row (or the skipped record): its LF is part of the same break.
        if completesCRLF && raw.isEmpty && state != .skipping { return }
        if state == .skipping {
            if byte == 10 || byte == 13 {
                rows.append(CSVRow(line: recordLine, fields: .failure(.tooLong(bytes: skippedBytes))))
                line += 1
                reset()
            } else {
                skippedBytes += 1
            }
            return
        }
        if raw.isEmpty { recordLine = line }
        raw.append(byte)
        if byte == 13 || (byte == 10 && !completesCRLF) { line += 1 }
        if raw.count > Self.maximumRecordBytes {
            if (state == .quoted || state == .quoteInQuoted) && Self.lineBreakEnd(in: raw) != nil {
                recoverFromOpenQuote(into: &rows)
            } else if byte == 10 || byte == 13 {
                rows.append(CSVRow(line: recordLine, fields: .failure(.tooLong(bytes: raw.count - 1))))
                reset()
            } else {
                skippedBytes = raw.count
                raw.removeAll(keepingCapacity: true)
                state = .skipping
            }
            return
        }
        switch state {
        case .fieldStart:
            switch byte {
            case 34: state = .quoted
            case 44: fieldEnds.append(decoded.count)
            case 10, 13: endRecord(into: &rows)
            default: decoded.append(byte); state = .unquoted
            }
        case .unquoted:
            switch byte {
            case 44: fieldEnds.append(decoded.count); state = .fieldStart
            case 10, 13: endRecord(into: &rows)
            default: decoded.append(byte)
            }
        case .quoted:
            if byte == 34 { state = .quoteInQuoted } else { decoded.append(byte) }
        case .quoteInQuoted:
            switch byte {
            case 34: decoded.append(34); state = .quoted
            case 44: fieldEnds.append(decoded.count); state = .fieldStart
            case 10, 13: endRecord(into: &rows)
            default: textAfterQuote = true; decoded.append(byte); state = .unquoted
            }
        case .skipping:
            break
        }
    }

    /// Reports the record whose quote never closed on its first line, and queues the bytes after that line to read again.
    private mutating func recoverFromOpenQuote(into rows: inout [CSVRow]) {
        rows.append(CSVRow(line: recordLine, fields: .failure(.unclosedQuote)))
        let again = Array(raw[Self.lineBreakEnd(in: raw)!...])
        // A CR that is the last byte read may be half of a CRLF whose LF is still to come.
        let endsInCR = again.isEmpty && raw.last == 13
        let nextLine = recordLine + 1
        reset()
        line = nextLine
        afterCR = endsInCR
        replay = again + replay
    }

    /// Where the bytes after the first line break (LF, CRLF or CR) of `bytes` start; nil when there is none.
    private static func lineBreakEnd(in bytes: [UInt8]) -> Int? {
        guard let index = bytes.firstIndex(where: { $0 == 10 || $0 == 13 }) else { return nil }
        return bytes[index] == 13 && index + 1 < bytes.count && bytes[index + 1] == 10 ? index + 2 : index + 1
    }

    private mutating func endRecord(into rows: inout [CSVRow]) {
        defer { reset() }
        fieldEnds.append(decoded.count)
        if fieldEnds.count == 1, decoded.isEmpty, !raw.contains(34) { return }
        // Ended by its line break (already counted) or by the end of the input.
        let endsInBreak = raw.last == 10 || raw.last == 13
        let row = CSVRow(line: recordLine, through: endsInBreak ? line - 1 : line, fields: .success([]))
        func fail(_ error: LineError) { rows.append(CSVRow(line: row.line, through: row.lastLine, fields: .failure(row.reporting(error)))) }
        if decoded.contains(0) { return fail(.nulByte) }
        var fields: [String] = []
        fields.reserveCapacity(fieldEnds.count)
        var start = 0
        for end in fieldEnds {
            guard let field = String(validating: decoded[start..<end], as: UTF8.self) else { return fail(.invalidUTF8) }
            fields.append(field)
            start = end
        }
        if textAfterQuote { return fail(.textAfterClosingQuote) }
        rows.append(CSVRow(line: row.line, through: row.lastLine, fields: .success(fields)))
    }

    private mutating func reset() {
        state = .fieldStart
        raw.removeAll(keepingCapacity: true)
        decoded.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
        textAfterQuote = false
        skippedBytes = 0
    }
}
