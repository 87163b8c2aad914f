/// Stage 2, tokenize: splits the normalized text into words of letters and digits, keeping offsets into the original.
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
        for (i, b) in bytes.enumerated() {
            let isWordByte = (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b >= 128
            if isWordByte {
                if start < 0 { start = i }
            } else {
                flush(i)
            }
        }
        flush(bytes.count)
        analysis.tokens = tokens
    }
}
