import Foundation

/// Where a knowledge-base file stops being UTF-8 text: the first NUL byte or byte that is not UTF-8, as a
/// diagnostic with its line and column (in characters), so an author finds the stray byte in a long file. A UTF-16 or
/// UTF-32 file (`ForeignTextEncoding`: a byte-order mark, or a NUL beside each first character) is named as such at
/// line 1, with the iconv command that converts it in place, as batch, eval and kb import name such input.
enum TextEncodingProblem {
    static func diagnostic(for data: Data, file: String) -> Diagnostic? {
        let bytes = [UInt8](data)
        if let encoding = ForeignTextEncoding.detect(bytes.prefix(4)) {
            // kb check shows messages unredacted: a path holding personal data is not quoted in the command.
            let command = Redactor().redact(file) == file ? encoding.inPlaceConversionCommand(for: file)
                : encoding.inPlaceConversionCommand(for: "FILE") + " (FILE: this file)"
            return Diagnostic(.error, "it is \(encoding), and a knowledge-base file is UTF-8; convert it first: " + command,
                              at: SourceLocation(file: file, line: 1, column: 1))
        }
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1, encoded.first == 0 {
                    return Diagnostic(.error, "holds a NUL byte; a knowledge-base file is UTF-8 text", at: location(of: offset, in: bytes, file: file))
                }
                offset += encoded.count
            case .error:
                let byte = String(bytes[offset], radix: 16, uppercase: true)
                return Diagnostic(.error, "not UTF-8 text (byte 0x\(byte)); save the file as UTF-8",
                                  at: location(of: offset, in: bytes, file: file))
            case .emptyInput:
                return nil
            }
        }
    }

    /// The 1-based line and column of `offset`; the bytes before it are valid UTF-8.
    private static func location(of offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        let before = bytes[..<offset]
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return SourceLocation(file: file, line: line, column: column)
    }
}
