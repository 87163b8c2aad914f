/// Stage 2, tokenize: splits the normalized text into words of letters and digits, each Han character a word of its own, keeping offsets into the original.
public struct Tokenizer: AnalysisStage {
    public let name = "tokenize"
    /// Longer words are cut, so that pasted garbage cannot make one huge token.
    public static let maximumTokenBytes = 64

    public init() {}

    public func apply(to analysis: inout Analysis) {
        let bytes = analysis.normalized
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 4 + 1)
        var start = -1
        func flush(_ end: Int) {
            guard start >= 0 else { return }
            var cut = min(end, start + Self.maximumTokenBytes)
            while cut < end, cut > start, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }  // never inside a UTF-8 sequence
            let word = String(decoding: bytes[start..<cut], as: UTF8.self)
            let from = analysis.origins[start]
            let to = end < analysis.origins.count ? analysis.origins[end] : analysis.original.utf8.count
            tokens.append(Token(text: word, range: from..<max(from, to)))
            start = -1
        }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0xE3, let width = Self.ideographWidth(bytes, at: i) {
                flush(i)
                start = i
                flush(i + width)
                i += width
                continue
            }
            let isWordByte = (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b >= 128
            if isWordByte {
                if start < 0 { start = i }
            } else {
                flush(i)
            }
            i += 1
        }
        flush(bytes.count)
        analysis.tokens = tokens
    }

    /// The byte length of the Han character (ideograph) that starts at `i`, or nil for any other character.
    /// Chinese is written without spaces between words, so each such character is a word of its own, and the lexicon's
    /// phrases of several characters ("验证码", verification code) match inside a sentence.
    static func ideographWidth(_ bytes: [UInt8], at i: Int) -> Int? {
        let lead = bytes[i]
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 0
        guard width > 0, lead < 0xF5, i + width <= bytes.count else { return nil }
        var value = UInt32(lead & (width == 4 ? 0x07 : 0x0F))
        for k in 1..<width {
            let next = bytes[i + k]
            guard next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value), scalar.properties.isIdeographic else { return nil }
        return width
    }
}
