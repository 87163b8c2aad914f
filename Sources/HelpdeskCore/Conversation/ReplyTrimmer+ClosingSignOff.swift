/// A sign-off that ends pasted text after the last sentence on its line: "My account is locked. Sent from my iPhone".
extension ReplyTrimmer {
    /// The most bytes of text read back from the end for the closing sign-off: more than the longest sign-off with
    /// room for punctuation and spaces.
    static let closingSignOffBytes = 80

    /// `text` up to and with the sentence end (`.`, `!` or `?` and a space) that the last `closingSignOffBytes` of its
    /// last line hold, and the sign-off after it, when what follows it is one of `signOffs` as a whole and something
    /// with a letter or digit comes before it; nil otherwise. A sign-off on a line of its own is `trimming(_:)`'s.
    public func closingSignOff(_ text: String) -> (head: String, signOff: String)? {
        guard !signOffs.phrases.isEmpty else { return nil }
        let bytes = text.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, Self.isSpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        var i = end
        var read = 0
        while i > bytes.startIndex, read < Self.closingSignOffBytes {
            let previous = bytes.index(before: i)
            let byte = bytes[previous]
            if byte == 10 || byte == 13 { return nil }
            if byte == 32, previous > bytes.startIndex, Self.isSentenceEnd(bytes[bytes.index(before: previous)]) {
                let signOff = String(text[i..<end])
                guard signOffs.contains(signOff) else { return nil }
                let head = text[..<previous]
                return head.contains { $0.isLetter || $0.isNumber } ? (String(head), signOff) : nil
            }
            i = previous
            read += 1
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || (byte >= 9 && byte <= 13) }

    private static func isSentenceEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }
}
