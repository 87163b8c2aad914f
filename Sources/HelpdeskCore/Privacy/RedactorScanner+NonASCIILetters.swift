/// Letters and digits of other scripts in an email address ("jöhn@exämple.de", "josé.garcía@correo.mx",
/// "名前@example.jp"), read as whole UTF-8 sequences: a sequence whose scalar is alphabetic or numeric counts as a letter,
/// any other (a curly quote, a dash, an ideographic full stop) ends the address as ASCII punctuation does.
extension RedactorScanner {
    /// Bytes of the UTF-8 sequence at `index` when it encodes a letter or digit beyond ASCII; 0 otherwise.
    func nonASCIILetterWidth(at index: Int) -> Int {
        let lead = byte(index)
        let width: Int
        switch lead {
        case 0xC2...0xDF: width = 2
        case 0xE0...0xEF: width = 3
        case 0xF0...0xF4: width = 4
        default: return 0
        }
        guard index + width <= bytes.count else { return 0 }
        var value = UInt32(lead) & UInt32(0xFF >> (width + 1))
        for position in index + 1..<index + width {
            let next = bytes[position]
            guard next & 0xC0 == 0x80 else { return 0 }
            value = value << 6 | UInt32(next & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value),
              scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { return 0 }
        return width
    }

    /// Bytes of the letter or digit beyond ASCII whose UTF-8 sequence ends right before `end`; 0 otherwise.
    func nonASCIILetterWidth(endingAt end: Int) -> Int {
        var start = end - 1
        while start > 0, end - start < 4, byte(start) & 0xC0 == 0x80 { start -= 1 }
        guard end - start >= 2 else { return 0 }
        return nonASCIILetterWidth(at: start) == end - start ? end - start : 0
    }
}
