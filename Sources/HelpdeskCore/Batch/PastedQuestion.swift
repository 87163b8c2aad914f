/// The question `helpdesk ask -` reads from standard input: all of it, as one pasted question (an email, a chat),
/// checked as batch checks a line: at most `LineSplitter.maximumLineBytes`, UTF-8 (a byte-order mark ignored), no NUL
/// byte, and not UTF-16 or UTF-32 or a file that is no text (`BinaryFileKind`). Line breaks of any kind (CRLF, a lone CR) become LF, as the pasted text's own; the
/// white space and line breaks around the text are dropped (`echo "forgot password" |` echoed "forgot password\n").
public enum PastedQuestion {
    /// The most bytes one question may hold; the reader needs no more than one byte beyond it to tell.
    public static let maximumBytes = LineSplitter.maximumLineBytes

    /// The question in `bytes` (all of standard input, or its first `maximumBytes + 1` bytes), or why it cannot be asked.
    public static func text(from bytes: [UInt8]) throws(PastedQuestionError) -> String {
        if let encoding = ForeignTextEncoding.detect(bytes.prefix(4)) { throw .foreignEncoding(encoding) }
        if let kind = BinaryFileKind.detect(bytes.prefix(BinaryFileKind.controlSample.upperBound)) { throw .binaryFile(kind) }
        if bytes.count > maximumBytes { throw .tooLong }
        if bytes.contains(0) { throw .nulByte }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: lineFeeds(body), as: UTF8.self) else { throw .invalidUTF8 }
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty { throw .empty }
        return trimmed
    }

    /// `bytes` with every CRLF and lone CR made an LF.
    private static func lineFeeds(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var afterCR = false
        for byte in bytes {
            if byte == 10, afterCR { afterCR = false; continue }
            afterCR = byte == 13
            out.append(afterCR ? 10 : byte)
        }
        return out
    }
}
