/// Words of the knowledge base's ASCII lists found as typed with accents: "contraseña" is `contrasena`.
extension RedactorScanner {
    /// End of `word` (lowercase ASCII) at `index`, any case, where a Latin-1 letter with an accent typed (`ñ`, `é`,
    /// `Á`: two bytes) matches its plain letter, and so does a letter followed by a combining accent; nil when it is not there.
    func accentedWordEnd(_ word: String, at index: Int) -> Int? {
        var position = index
        for letter in word.utf8 {
            let current = byte(position)
            if lower(current) == letter {
                position += 1
            } else if current == 0xC3, Self.plainLatinLetter(byte(position + 1)) == letter {
                position += 2
            } else {
                return nil
            }
            // An accent typed as a mark of its own after the letter (U+0300-U+036F: "n" then a combining tilde).
            while byte(position) == 0xCC || (byte(position) == 0xCD && byte(position + 1) <= 0xAF) { position += 2 }
        }
        return position
    }

    /// The plain lowercase letter of a Latin-1 letter whose UTF-8 form is `0xC3` then `second` (`ñ`: `0xB1`, `n`);
    /// 0 for a byte that is none (`×`, `÷`) or has no one plain letter (`æ`, `ß`, `þ`).
    static func plainLatinLetter(_ second: UInt8) -> UInt8 {
        guard second >= 0x80, second <= 0xBF else { return 0 }
        return latinLetters[Int(second - 0x80)]
    }

    /// The plain letters of `0xC3 0x80` to `0xC3 0xBF` (`À` to `ÿ`), 0 where there is none.
    private static let latinLetters: [UInt8] = Array("aaaaaa_ceeeeiiiidnooooo_ouuuuy__aaaaaa_ceeeeiiiidnooooo_ouuuuy_y".utf8)
        .map { $0 == UInt8(ascii: "_") ? 0 : $0 }
}
