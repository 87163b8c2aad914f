import XCTest
@testable import HelpdeskCore

final class ArrayOutputEscapingTests: XCTestCase {
    /// The escaping rules one byte at a time, as the JSON grammar states them.
    private func reference(_ text: String) -> String {
        var out: [UInt8] = [34]
        for byte in text.utf8 {
            switch byte {
            case 34: out += Array("\\\"".utf8)
            case 92: out += Array("\\\\".utf8)
            case 10: out += Array("\\n".utf8)
            case 13: out += Array("\\r".utf8)
            case 9: out += Array("\\t".utf8)
            case 0..<0x20: out += Array(String(format: "\\u%04x", byte).utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out + [34], as: UTF8.self)
    }

    private func escaped(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.appendJSONString(text)
        return String(decoding: bytes, as: UTF8.self)
    }

    func testJSONStringTable() {
        let table: [(text: String, expected: String)] = [
            ("", "\"\""),
            ("plain text longer than eight bytes", "\"plain text longer than eight bytes\""),
            ("say \"hi\"", "\"say \\\"hi\\\"\""),
            ("a\\b", "\"a\\\\b\""),
            ("line one\nline two\r\n\tend", "\"line one\\nline two\\r\\n\\tend\""),
            ("bell\u{07} and nul\u{00}", "\"bell\\u0007 and nul\\u0000\""),
            ("ID.me – e‑Services “quoted”", "\"ID.me – e‑Services “quoted”\""),
            ("12345678\"", "\"12345678\\\"\""),  // the quote just after a whole 8-byte run
            ("\u{1F}\u{20}\u{21}\u{5B}\u{5D}\u{7F}", "\"\\u001f !\u{5B}\u{5D}\u{7F}\""),
        ]
        for row in table { XCTAssertEqual(escaped(row.text), row.expected, row.text.debugDescription) }
    }

    /// A cell someone else wrote gets a `'` when a spreadsheet could run it as a formula; any other cell is written
    /// byte for byte as `appendCSVField(_:)` writes it.
    func testCSVUserFieldTable() {
        let table: [(text: String, expected: String)] = [
            ("", ""),
            ("lost my phone", "lost my phone"),
            ("=1+2", "'=1+2"),
            ("+1 555 0100", "'+1 555 0100"),
            ("- lost my phone", "'- lost my phone"),
            ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
            ("\tindented", "'\tindented"),
            ("\rcmd", "\"'\rcmd\""),
            ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
            ("a = b, c", "\"a = b, c\""),
            (" =1+2", " =1+2"),
            ("'=1", "'=1"),
            ("\u{FF1D}1", "\u{FF1D}1"),
            // A NUL (JSON's "\u0000" in a pass-through value) is never written raw.
            ("hi\u{0}there", "\"hi\u{FFFD}there\""),
        ]
        for row in table {
            var user: [UInt8] = [], plain: [UInt8] = []
            user.appendCSVUserField(row.text)
            XCTAssertEqual(String(decoding: user, as: UTF8.self), row.expected, row.text.debugDescription)
            plain.appendCSVField(row.text)
            let guarded = row.text.utf8.first.map([UInt8].mayStartFormula) ?? false
            if !guarded { XCTAssertEqual(user, plain, "unchanged: \(row.text.debugDescription)") }
        }
    }

    func testJSONStringMatchesTheRulesOnRandomText() {
        // Every special byte at every offset of runs around the 8-byte stride, mixed with multi-byte characters.
        let pieces = ["a", "\"", "\\", "\n", "\u{01}", "\u{1F}", " ", "é", "–", "0123456", "~"]
        var random = SplitMix(seed: 11)
        for _ in 0..<2000 {
            let text = (0..<Int(random.next() % 24)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            XCTAssertEqual(escaped(text), reference(text), text.debugDescription)
        }
    }
}
