/// A sign-off that ends pasted text after the last sentence or clause on its line: "My account is locked. Sent from my
/// iPhone", "cant log in, sent from my iPhone".
extension ReplyTrimmer {
    /// The most bytes of text read back from the end for the closing sign-off: more than the longest sign-off with
    /// room for punctuation and spaces.
    static let closingSignOffBytes = 80

    /// `text` up to and with the last sentence or clause end (`.`, `!`, `?` or `,` and a space) that the last
    /// `closingSignOffBytes` of its last line hold, and the sign-off after it, when what follows it is one of `signOffs` as a whole and something
    /// with a letter or digit comes before it; nil otherwise. A sign-off on a line of its own is `trimming(_:)`'s.
    public func closingSignOff(_ text: String) -> (head: String, signOff: String)? {
        guard !signOffs.phrases.isEmpty else { return nil }
        var copy = text
        // On the bytes: most texts end in no sentence end and space within reach, and are passed over on one short scan.
        let cut: (head: Int, signOff: Int, end: Int)? = copy.withUTF8 { bytes in
            var end = bytes.count
            while end > 0, Self.isSpace(bytes[end - 1]) { end -= 1 }
            var i = end - 1
            while i > 0, end - i <= Self.closingSignOffBytes {
                let byte = bytes[i]
                if byte == 10 || byte == 13 { return nil }
                if byte == 32, Self.isClauseEnd(bytes[i - 1]) { return (i, i + 1, end) }
                i -= 1
            }
            return nil
        }
        guard let cut else { return nil }
        let utf8 = text.utf8
        let signOff = String(text[utf8.index(utf8.startIndex, offsetBy: cut.signOff)..<utf8.index(utf8.startIndex, offsetBy: cut.end)])
        guard signOffs.contains(signOff) else { return nil }
        let head = text[..<utf8.index(utf8.startIndex, offsetBy: cut.head)]
        return head.contains { $0.isLetter || $0.isNumber } ? (String(head), signOff) : nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || (byte >= 9 && byte <= 13) }

    private static func isClauseEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ",")
    }
}
