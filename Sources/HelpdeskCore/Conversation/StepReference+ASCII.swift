extension StepReference {
    /// `words(_:)` of `text` joined by single spaces, made in one pass over an ASCII text's bytes: two texts have the
    /// same words exactly when their keys are equal (a word holds no space).
    static func wordKey(_ text: String) -> String {
        var text = text
        let key: String? = text.withUTF8 { bytes in
            var key: [UInt8] = []
            key.reserveCapacity(bytes.count)
            var inWord = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if let lower = wordByte(byte) {
                    if !inWord, !key.isEmpty { key.append(32) }
                    key.append(lower)
                    inWord = true
                } else {
                    inWord = false
                }
            }
            return String(decoding: key, as: UTF8.self)
        }
        return key ?? words(text).joined(separator: " ")
    }

    /// `words(_:)` (`signed` false) or `signedWords(_:)` (`signed` true) of an ASCII text, read byte by byte, where
    /// a letter is `A`-`Z` or `a`-`z` and a number `0`-`9`, as `Character` tells them for ASCII; nil for any other text.
    /// Batch mode reads every line so (a bare follow-up, a bare number), and `Character`'s tests cost most of that.
    /// Read from the text's contiguous bytes into one reused word buffer: the UTF-8 view's iterator, a new buffer for
    /// each word and an array to compare with a lone minus cost about 4,000 instructions a short line.
    static func asciiWords(_ text: String, signed: Bool) -> [String]? {
        let minus = UInt8(ascii: "-")
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            var word: [UInt8] = []
            word.reserveCapacity(16)
            func isLoneMinus() -> Bool { word.count == 1 && word[0] == minus }
            func flush() {
                if !word.isEmpty, !isLoneMinus() { words.append(String(decoding: word, as: UTF8.self)) }
            }
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if let lower = wordByte(byte) {
                    if signed, isLoneMinus(), lower > UInt8(ascii: "9") { word.removeAll(keepingCapacity: true) }
                    word.append(lower)
                } else {
                    let opensNumber = signed && byte == minus && word.isEmpty
                    flush()
                    word.removeAll(keepingCapacity: true)
                    if opensNumber { word.append(minus) }
                }
            }
            flush()
            return words
        }
    }

    /// An ASCII byte as a word holds it, for `wordKey(_:)` and `asciiWords(_:signed:)` alike: a digit as it is, a
    /// letter (`A`-`Z`, `a`-`z`, as `Character` tells them for ASCII) in lowercase; nil for any other byte. A letter
    /// is then above `9`.
    @inline(__always)
    private static func wordByte(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"): byte
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
        default: nil
        }
    }
}
