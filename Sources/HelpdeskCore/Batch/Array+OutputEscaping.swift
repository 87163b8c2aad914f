/// Byte-level writing for batch output: plain text, JSON strings and CSV cells, appended without intermediate Strings.
extension Array where Element == UInt8 {
    mutating func append(_ text: String) {
        append(contentsOf: text.utf8)
    }

    /// `text` as a JSON string literal: quote, backslash and control characters escaped; everything else as is.
    /// Runs that need no escape are skipped eight bytes at a time and copied whole.
    mutating func appendJSONString(_ text: String) {
        append(34)
        var copy = text
        copy.withUTF8 { bytes in
            let count = bytes.count
            var runStart = 0, index = 0
            while index < count {
                if index &+ 8 <= count,
                   !Self.mayNeedEscape(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                    index &+= 8
                    continue
                }
                let byte = bytes[index]
                guard byte < 0x20 || byte == 34 || byte == 92 else { index &+= 1; continue }
                append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                index &+= 1
                runStart = index
                switch byte {
                case 34: append(contentsOf: [92, 34])
                case 92: append(contentsOf: [92, 92])
                case 10: append(contentsOf: [92, 110])
                case 13: append(contentsOf: [92, 114])
                case 9: append(contentsOf: [92, 116])
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    append(contentsOf: [92, 117, 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
                }
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
        }
        append(34)
    }

    /// Whether any of the eight bytes may be below 0x20, a quote or a backslash (never false when one is).
    @inline(__always) private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        let below20 = (word &- ones &* 0x20) & ~word & highs != 0
        return below20 || hasZeroByte(word ^ (ones &* 34)) || hasZeroByte(word ^ (ones &* 92))
    }

    /// Text someone else wrote (a question, a pass-through name or value) as one CSV cell, as `appendCSVField(_:)`
    /// writes it, with a `'` before it when it starts with `=`, `+`, `-`, `@`, a tab or a carriage return: a
    /// spreadsheet then shows it as text instead of running it as a formula (OWASP's advice on CSV injection).
    /// Only the first byte is looked at, so other cells cost nothing more.
    mutating func appendCSVUserField(_ text: String) {
        guard let first = text.utf8.first, Self.mayStartFormula(first) else {
            appendCSVField(text)
            return
        }
        appendCSVField("'" + text)
    }

    /// Whether a cell starting with `byte` may be read as a formula: `=`, `+`, `-`, `@`, tab or carriage return.
    @inline(__always) static func mayStartFormula(_ byte: UInt8) -> Bool {
        byte == 61 || byte == 43 || byte == 45 || byte == 64 || byte == 9 || byte == 13
    }

    /// `text` as one RFC 4180 cell: quoted (quotes doubled) when it holds a comma, quote or line break. A NUL
    /// (a JSONL "\u0000" in a pass-through value) is written as U+FFFD, as text output shows it: a raw NUL breaks
    /// spreadsheets and grep.
    mutating func appendCSVField(_ text: String) {
        guard text.utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 || $0 == 0 }) else {
            append(text)
            return
        }
        append(34)
        for byte in text.utf8 {
            if byte == 0 {
                append(contentsOf: [0xEF, 0xBF, 0xBD])
                continue
            }
            if byte == 34 { append(34) }
            append(byte)
        }
        append(34)
    }
}
