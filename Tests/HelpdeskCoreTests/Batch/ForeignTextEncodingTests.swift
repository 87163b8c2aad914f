import XCTest
@testable import HelpdeskCore

final class ForeignTextEncodingTests: XCTestCase {
    /// What `iconv -t UTF-16` and its kin write, told from the first bytes; UTF-8 (with or without its own
    /// byte-order mark) and too little input are nil.
    func testTheFirstBytesTellTheEncoding() {
        let cases: [(bytes: [UInt8], expected: ForeignTextEncoding?)] = [
            ([0xFF, 0xFE, 0x6C, 0x00], .utf16(bigEndian: false, byteOrderMark: true)),
            ([0xFE, 0xFF, 0x00, 0x6C], .utf16(bigEndian: true, byteOrderMark: true)),
            ([0xFF, 0xFE], .utf16(bigEndian: false, byteOrderMark: true)),
            ([0x6C, 0x00, 0x6F, 0x00], .utf16(bigEndian: false, byteOrderMark: false)),
            ([0x00, 0x6C, 0x00, 0x6F], .utf16(bigEndian: true, byteOrderMark: false)),
            ([0x61, 0x00], .utf16(bigEndian: false, byteOrderMark: false)),
            ([0x61, 0x00, 0x0A], .utf16(bigEndian: false, byteOrderMark: false)),
            ([0xFF, 0xFE, 0x00, 0x00], .utf32(bigEndian: false, byteOrderMark: true)),
            ([0x00, 0x00, 0xFE, 0xFF], .utf32(bigEndian: true, byteOrderMark: true)),
            ([0x6C, 0x00, 0x00, 0x00], .utf32(bigEndian: false, byteOrderMark: false)),
            ([0x00, 0x00, 0x00, 0x6C], .utf32(bigEndian: true, byteOrderMark: false)),
            (Array("lost".utf8), nil), ([0xEF, 0xBB, 0xBF, 0x6C], nil), (Array("é?".utf8), nil),
            ([0x61], nil), ([], nil), ([0x00, 0x00, 0x00, 0x00], nil), ([0x61, 0x00, 0x62, 0x63], nil),
        ]
        for c in cases { XCTAssertEqual(ForeignTextEncoding.detect(c.bytes), c.expected, "\(c.bytes)") }
    }

    func testNamesAndTheCommandThatConverts() {
        let cases: [(ForeignTextEncoding, String, String)] = [
            (.utf16(bigEndian: false, byteOrderMark: true), "UTF-16 text (little-endian, with a byte-order mark)", "UTF-16"),
            (.utf16(bigEndian: true, byteOrderMark: false), "UTF-16 text (big-endian, no byte-order mark)", "UTF-16BE"),
            (.utf16(bigEndian: false, byteOrderMark: false), "UTF-16 text (little-endian, no byte-order mark)", "UTF-16LE"),
            (.utf32(bigEndian: true, byteOrderMark: true), "UTF-32 text (big-endian, with a byte-order mark)", "UTF-32"),
            (.utf32(bigEndian: false, byteOrderMark: false), "UTF-32 text (little-endian, no byte-order mark)", "UTF-32LE"),
        ]
        for (encoding, description, iconv) in cases {
            XCTAssertEqual(encoding.description, description)
            XCTAssertEqual(encoding.iconvName, iconv)
        }
        XCTAssertEqual(ForeignTextEncoding.utf16(bigEndian: false, byteOrderMark: true).conversionCommand(for: "q.csv"),
                       "iconv -f UTF-16 -t UTF-8 q.csv > q-utf8.csv")
        // A knowledge-base file is converted in its place: a copy beside it would define its entries twice.
        XCTAssertEqual(ForeignTextEncoding.utf32(bigEndian: true, byteOrderMark: true).inPlaceConversionCommand(for: "my kb/a.yaml"),
                       "iconv -f UTF-32 -t UTF-8 'my kb/a.yaml' > 'my kb/a.yaml.utf8' && mv 'my kb/a.yaml.utf8' 'my kb/a.yaml'")
    }
}
