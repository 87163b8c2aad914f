/// Holds back the first bytes of batch input until there are enough to tell UTF-16 or UTF-32 from UTF-8
/// (`ForeignTextEncoding.detect(_:)`), then passes every chunk through as it is; input in such an encoding stops
/// the run with one error instead of a NUL-byte error on every line, and so does input that is no text at all
/// (`BinaryFileKind`: a spreadsheet in Excel's format, a PDF, a program). A first line shorter than the longest
/// signature is held back only while it is the start of one.
public struct InputEncodingCheck: Sendable {
    /// The input's name in the error: a path, or "-" for standard input.
    public let path: String
    private var head: [UInt8] = []
    private var checked = false

    public init(path: String) {
        self.path = path
    }

    /// `chunk`, once the input's first bytes are checked; empty while there are still too few of them.
    public mutating func feed(_ chunk: [UInt8]) throws(BatchError) -> [UInt8] {
        guard !checked else { return chunk }
        head += chunk
        guard head.count >= 4, !BinaryFileKind.mayStart(head) else { return [] }
        return try release()
    }

    /// At the end of the input: what is still held back, checked.
    public mutating func finish() throws(BatchError) -> [UInt8] {
        checked ? [] : try release()
    }

    private mutating func release() throws(BatchError) -> [UInt8] {
        checked = true
        if let encoding = ForeignTextEncoding.detect(head) { throw .foreignEncoding(path: path, encoding: encoding) }
        if let kind = BinaryFileKind.detect(head) { throw .binaryFile(path: path, kind: kind) }
        defer { head = [] }
        return head
    }
}
