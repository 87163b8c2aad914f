/// Finds a quote left open in CSV held to RFC 4180 strictly, as `eval` and `kb import` read it: every quote opens or
/// closes a quoted field, and `""` inside one is a quote character. LF, CRLF and a lone CR each end one line.
enum CSVUnclosedQuote {
    /// The 1-based line where the quote that is never closed opens; nil when every quote closes.
    static func line(in bytes: [UInt8]) -> Int? {
        let quote: UInt8 = 34, cr: UInt8 = 13, lf: UInt8 = 10
        var line = 1
        var openedOn: Int?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == cr || (byte == lf && (index == 0 || bytes[index - 1] != cr)) { line += 1 }
            if byte == quote {
                if openedOn == nil {
                    openedOn = line
                } else if index + 1 < bytes.count, bytes[index + 1] == quote {
                    index += 1
                } else {
                    openedOn = nil
                }
            }
            index += 1
        }
        return openedOn
    }

    /// The number of the last line of `bytes` that holds anything (a line break at the end starts no line).
    static func lastLine(in bytes: [UInt8]) -> Int {
        let cr: UInt8 = 13, lf: UInt8 = 10
        var line = 1
        for (index, byte) in bytes.enumerated() where index + 1 < bytes.count {
            if byte == cr && bytes[index + 1] != lf || byte == lf { line += 1 }
        }
        return line
    }
}
