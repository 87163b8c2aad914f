extension StepReference {
    /// `words(_:)` (`signed` false) or `signedWords(_:)` (`signed` true) of an ASCII text, read byte by byte, where
    /// a letter is `A`-`Z` or `a`-`z` and a number `0`-`9`, as `Character` tells them for ASCII; nil for any other text.
    /// Batch mode reads every line so (a bare follow-up, a bare number), and `Character`'s tests cost most of that.
    static func asciiWords(_ text: String, signed: Bool) -> [String]? {
        let minus = UInt8(ascii: "-")
        var words: [String] = []
        var word: [UInt8] = []
        func flush() {
            if !word.isEmpty, word != [minus] { words.append(String(decoding: word, as: UTF8.self)) }
        }
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let isDigit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            let lower = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
            if isDigit || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower) {
                if signed, word == [minus], !isDigit { word = [] }
                word.append(lower)
            } else {
                let opensNumber = signed && byte == minus && word.isEmpty
                flush()
                word = opensNumber ? [minus] : []
            }
        }
        flush()
        return words
    }
}
