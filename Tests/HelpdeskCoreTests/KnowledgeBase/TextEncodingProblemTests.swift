import Foundation
import XCTest
@testable import HelpdeskCore

/// A file that is not UTF-8 text is reported at the stray byte, not at line 1.
final class TextEncodingProblemTests: XCTestCase {
    func testNamesTheLineAndColumnOfTheFirstBadByte() {
        let cases: [(name: String, bytes: [UInt8], line: Int, column: Int, message: String)] = [
            ("Latin-1 é on line 4", Array("version: 1\nentries:\n  - id: a\n    title: caf".utf8) + [0xE9, 10], 4, 15, "not UTF-8 text (byte 0xE9)"),
            ("invalid byte at the start", [0xFF] + Array("version: 1\n".utf8), 1, 1, "not UTF-8 text (byte 0xFF)"),
            ("after multi-byte text", Array("# é€\n".utf8) + [0xC3, 0x28], 2, 1, "not UTF-8 text (byte 0xC3)"),
            ("NUL byte", Array("version: 1\nentries: []\0\n".utf8), 2, 12, "holds a NUL byte"),
        ]
        for c in cases {
            let diagnostic = TextEncodingProblem.diagnostic(for: Data(c.bytes), file: "f.yaml")
            XCTAssertEqual(diagnostic?.location, SourceLocation(file: "f.yaml", line: c.line, column: c.column), c.name)
            XCTAssertTrue(diagnostic?.message.hasPrefix(c.message) ?? false, "\(c.name): \(String(describing: diagnostic?.message))")
        }
    }

    /// A UTF-16 or UTF-32 file is named as such, with the command that converts it in place, as batch names its input;
    /// it was "not UTF-8 text (byte 0xFF); save the file as UTF-8".
    func testAUTF16OrUTF32FileIsNamedWithTheIconvCommand() throws {
        let text = "version: 1\n"
        let cases: [(name: String, data: Data, message: String)] = [
            ("UTF-16 with a mark", try XCTUnwrap(text.data(using: .utf16)),
             "it is UTF-16 text (little-endian, with a byte-order mark), and a knowledge-base file is UTF-8; convert it first: "
             + "iconv -f UTF-16 -t UTF-8 kb/f.yaml > kb/f.yaml.utf8 && mv kb/f.yaml.utf8 kb/f.yaml"),
            ("UTF-16LE without", try XCTUnwrap(text.data(using: .utf16LittleEndian)),
             "it is UTF-16 text (little-endian, no byte-order mark), and a knowledge-base file is UTF-8; convert it first: "
             + "iconv -f UTF-16LE -t UTF-8 kb/f.yaml > kb/f.yaml.utf8 && mv kb/f.yaml.utf8 kb/f.yaml"),
            ("UTF-32BE without", try XCTUnwrap(text.data(using: .utf32BigEndian)),
             "it is UTF-32 text (big-endian, no byte-order mark), and a knowledge-base file is UTF-8; convert it first: "
             + "iconv -f UTF-32BE -t UTF-8 kb/f.yaml > kb/f.yaml.utf8 && mv kb/f.yaml.utf8 kb/f.yaml"),
        ]
        for c in cases {
            let diagnostic = TextEncodingProblem.diagnostic(for: c.data, file: "kb/f.yaml")
            XCTAssertEqual(diagnostic?.message, c.message, c.name)
            XCTAssertEqual(diagnostic?.location, SourceLocation(file: "kb/f.yaml", line: 1, column: 1), c.name)
        }
    }

    func testTextHasNoProblem() {
        XCTAssertNil(TextEncodingProblem.diagnostic(for: Data("\u{FEFF}version: 1\n# é €\n".utf8), file: "f.yaml"))
    }
}
