/// Why `helpdesk ask -` has no question to answer from standard input (`PastedQuestion`); one line each.
public enum PastedQuestionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing, or only whitespace: a usage error, as `helpdesk ask` with no words is.
    case empty
    case tooLong
    case nulByte
    case invalidUTF8
    case foreignEncoding(ForeignTextEncoding)
    /// A file that is no text (`BinaryFileKind`).
    case binaryFile(BinaryFileKind)

    public var description: String {
        switch self {
        case .empty:
            return "standard input is empty: pipe the question in (echo \"lost my phone\" | helpdesk ask -), "
                + "or give it after ask"
        case .tooLong:
            return "standard input holds more than \(PastedQuestion.maximumBytes) bytes, the limit for one question "
                + "(helpdesk batch - answers one question per line)"
        case .nulByte: return "standard input holds a NUL byte; remove the NUL bytes (is it a binary file?)"
        case .invalidUTF8: return "standard input is not valid UTF-8"
        case .foreignEncoding(let encoding):
            return "cannot read standard input: it is \(encoding), and ask reads UTF-8; "
                + "pipe it through iconv -f \(encoding.iconvName) -t UTF-8"
        case .binaryFile(let kind):
            return "cannot read standard input: \(kind.refusal)"
        }
    }

    /// A usage error (exit status 64) rather than input that cannot be read (1).
    public var isUsageError: Bool { self == .empty }
}
