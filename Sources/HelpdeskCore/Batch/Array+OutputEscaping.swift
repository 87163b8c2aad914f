/// Byte-level writing for batch output: plain text, JSON strings and CSV cells, appended without intermediate Strings.
extension Array where Element == UInt8 {
    mutating func append(_ text: String) {
        append(contentsOf: text.utf8)
    }

    /// `text` as a JSON string literal: quote, backslash and control characters escaped; everything else as is.
    mutating func appendJSONString(_ text: String) {
        append(34)
        var copy = text
        copy.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == 34 || byte == 92 else { continue }
                append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
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
            append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        append(34)
    }

    /// `text` as one RFC 4180 cell: quoted (quotes doubled) when it holds a comma, quote or line break.
    mutating func appendCSVField(_ text: String) {
        guard text.utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }) else {
            append(text)
            return
        }
        append(34)
        for byte in text.utf8 {
            if byte == 34 { append(34) }
            append(byte)
        }
        append(34)
    }
}
