/// A kind of file that is no text, recognised by the signature its first bytes carry: input of such a kind to batch,
/// eval or kb import (a spreadsheet kept in Excel's format, a PDF, a program) is refused once, saying what it is and
/// what to do. Read as lines, the helpdesk binary gave 548,072 records of NUL-byte errors and fallback answers, exit 65.
public enum BinaryFileKind: Sendable, Equatable, CaseIterable, CustomStringConvertible {
    case zip, oldOffice, pdf, gzip, program
    /// NUL bytes only, as far as can be told (`/dev/zero`, a file zeroed by a crash): no text in any encoding starts so.
    case nulBytes
    /// Bytes with no signature but full of control characters, which no text holds (`/dev/urandom`, an image, a
    /// database file): read as lines, `batch /dev/urandom` printed an error a line until it was stopped.
    case binaryData

    /// The share of a head's bytes, in thousandths, that are control characters (not tab, line or page breaks, or
    /// escape) at or above which it is binary data: random bytes hold about 105, text none.
    static let controlBytesPerMille = 50
    /// The fewest bytes a head needs before its control characters say anything, and the most that are counted.
    static let controlSample = 32...4096

    /// The bytes a file of this kind starts with; none for binary data, which is known by its content.
    var signature: [UInt8] {
        switch self {
        case .zip: return [0x50, 0x4B, 0x03, 0x04]  // "PK\3\4"
        case .oldOffice: return [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]  // OLE2 compound file
        case .pdf: return Array("%PDF-".utf8)
        case .gzip: return [0x1F, 0x8B]
        case .program: return [0x7F, 0x45, 0x4C, 0x46]  // "\u{7F}ELF"
        case .nulBytes: return [0, 0, 0, 0]
        case .binaryData: return []
        }
    }

    /// The kind `head` (an input's first bytes) starts as, or nil when it is none of them.
    public static func detect(_ head: some Collection<UInt8>) -> BinaryFileKind? {
        if let kind = allCases.first(where: { !$0.signature.isEmpty && head.starts(with: $0.signature) }) { return kind }
        return isBinaryData(head) ? .binaryData : nil
    }

    /// Whether `head` holds enough control characters to be no text (`controlBytesPerMille`).
    static func isBinaryData(_ head: some Collection<UInt8>) -> Bool {
        guard head.count >= controlSample.lowerBound else { return false }
        let sample = head.prefix(controlSample.upperBound)
        let controls = sample.count { byte in byte < 0x20 && ![0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B].contains(byte) }
        return controls * 1000 >= sample.count * controlBytesPerMille
    }

    /// Whether `head`, too short to tell, is the start of some signature: more bytes are needed before it is text.
    static func mayStart(_ head: [UInt8]) -> Bool {
        allCases.contains { $0.signature.count > head.count && $0.signature.starts(with: head) }
    }

    /// "a ZIP archive (as Excel .xlsx and Word .docx files are)".
    public var description: String {
        switch self {
        case .zip: return "a ZIP archive (as Excel .xlsx and Word .docx files are)"
        case .oldOffice: return "an old Office file (.xls or .doc)"
        case .pdf: return "a PDF document"
        case .gzip: return "gzip-compressed"
        case .program: return "a program (ELF)"
        case .nulBytes: return "all NUL bytes"
        case .binaryData: return "binary data (full of control characters)"
        }
    }

    /// Why such input is refused, after its name in an error: "it is a PDF document, not text; copy its questions
    /// into a text file, one a line" (batch, ask, eval and kb import say the same).
    public var refusal: String { "it is \(self), not text; \(advice)" }

    /// What to do instead, after "not text; ".
    public var advice: String {
        switch self {
        case .zip, .oldOffice: return "save it as CSV UTF-8 first (in Excel: File > Save As > CSV UTF-8)"
        case .pdf: return "copy its questions into a text file, one a line"
        case .gzip: return "decompress it first (gunzip -k)"
        case .program, .nulBytes, .binaryData: return "give the questions as text (one a line, CSV or JSONL)"
        }
    }
}
