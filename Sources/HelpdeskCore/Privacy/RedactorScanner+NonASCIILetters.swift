/// Letters and digits of other scripts, read as whole UTF-8 sequences: in an email address ("jöhn@exämple.de",
/// "josé.garcía@correo.mx", "名前@example.jp") a sequence whose scalar is alphabetic or numeric counts as a letter, any
/// other (a curly quote, a dash, an ideographic full stop) ends the address as ASCII punctuation does; in a name
/// ("José Álvarez", "Zoë Ångström") a letter beyond ASCII is a letter of the name, a capital when it is uppercase.
extension RedactorScanner {
    /// Bytes of the UTF-8 sequence at `index` when it encodes a letter or digit beyond ASCII; 0 otherwise.
    func nonASCIILetterWidth(at index: Int) -> Int {
        guard let (scalar, width) = nonASCIIScalar(at: index),
              scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { return 0 }
        return width
    }

    /// The letter beyond ASCII at `index` ("é", "Á"): its bytes, and whether it is uppercase; nil for anything else.
    func nonASCIILetter(at index: Int) -> (width: Int, uppercase: Bool)? {
        guard let (scalar, width) = nonASCIIScalar(at: index), scalar.properties.isAlphabetic else { return nil }
        return (width, scalar.properties.isUppercase)
    }

    /// Bytes of the capital at `index`: 1 for `A`-`Z`, the sequence's for an uppercase letter beyond ASCII (`Á`, `Ö`),
    /// 0 for anything else.
    func capitalWidth(at index: Int) -> Int {
        let current = byte(index)
        if current &- 0x41 < 26 { return 1 }
        guard current >= 0xC2, let letter = nonASCIILetter(at: index), letter.uppercase else { return 0 }
        return letter.width
    }

    /// Whether a letter, ASCII or not, starts at `index`.
    func startsLetter(_ index: Int) -> Bool {
        isLetter(byte(index)) || byte(index) >= 0xC2 && nonASCIILetter(at: index) != nil
    }

    /// Whether `index` starts a word: no letter or digit, ASCII or not, nor `_` ends right before it.
    func startsWord(_ index: Int) -> Bool {
        index == 0 || !isWordByte(bytes[index - 1]) && nonASCIILetterWidth(endingAt: index) == 0
    }

    /// Bytes of the letter or digit beyond ASCII whose UTF-8 sequence ends right before `end`; 0 otherwise.
    func nonASCIILetterWidth(endingAt end: Int) -> Int {
        var start = end - 1
        while start > 0, end - start < 4, byte(start) & 0xC0 == 0x80 { start -= 1 }
        guard end - start >= 2 else { return 0 }
        return nonASCIILetterWidth(at: start) == end - start ? end - start : 0
    }

    /// The scalar of the UTF-8 sequence beyond ASCII at `index`, and its bytes; nil for an ASCII byte or a broken
    /// sequence.
    private func nonASCIIScalar(at index: Int) -> (scalar: Unicode.Scalar, width: Int)? {
        let lead = byte(index)
        let width: Int
        switch lead {
        case 0xC2...0xDF: width = 2
        case 0xE0...0xEF: width = 3
        case 0xF0...0xF4: width = 4
        default: return nil
        }
        guard index + width <= bytes.count else { return nil }
        var value = UInt32(lead) & UInt32(0xFF >> (width + 1))
        for position in index + 1..<index + width {
            let next = bytes[position]
            guard next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, width)
    }
}
