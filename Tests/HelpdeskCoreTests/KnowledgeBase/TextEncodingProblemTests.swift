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

    func testTextHasNoProblem() {
        XCTAssertNil(TextEncodingProblem.diagnostic(for: Data("\u{FEFF}version: 1\n# é €\n".utf8), file: "f.yaml"))
    }
}
