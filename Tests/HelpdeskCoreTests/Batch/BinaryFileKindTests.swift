import XCTest
@testable import HelpdeskCore

final class BinaryFileKindTests: XCTestCase {
    func testKnowsAFileByItsFirstBytes() {
        let cases: [(head: [UInt8], kind: BinaryFileKind?)] = [
            ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], .zip), ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00], .oldOffice),
            (Array("%PDF-1.7\n".utf8), .pdf), ([0, 0, 0, 0, 0], .nulBytes), ([0x1F, 0x8B, 0x08, 0x00], .gzip), ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01], .program),
            // Text, and text that only begins like a signature.
            (Array("question,id\n".utf8), nil), (Array("PK is my preparer code\n".utf8), nil), (Array("%PDF\n".utf8), nil),
            ([0xD0, 0xCF, 0x11, 0x0A], nil), ([0, 0, 0, 0x61], nil), ([], nil), ([0xEF, 0xBB, 0xBF, 0x71], nil),
        ]
        for c in cases { XCTAssertEqual(BinaryFileKind.detect(c.head), c.kind, "\(c.head)") }
    }

    /// Bytes with no signature are binary data when at least 5% of them (of the first 4,096) are control characters
    /// other than tab, line and page breaks and escape; fewer than 32 bytes say nothing.
    func testKnowsBinaryDataByItsControlCharacters() {
        var random = SystemRandomNumberGenerator()
        let noise = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) }
        let text = Array(String(repeating: "I can't sign in to e-Services\r\n\tcaf\u{e9} \u{1B}[0m\u{0C}", count: 20).utf8)
        let latin1 = Array("Mar\u{ED}a can't reset her password".unicodeScalars.map { UInt8($0.value) })
        func withControls(_ count: Int, in size: Int) -> [UInt8] { Array(repeating: 0x01, count: count) + Array(repeating: 0x61, count: size - count) }
        let cases: [(head: [UInt8], kind: BinaryFileKind?)] = [
            (noise, .binaryData), (withControls(5, in: 100), .binaryData), (withControls(4, in: 100), nil),
            (withControls(3, in: 31), nil), (withControls(2, in: 32), .binaryData),
            (withControls(204, in: 4096) + Array(repeating: 0x01, count: 4000), nil),
            (text, nil), (latin1, nil), (Array("I can't sign in\u{0}\n".utf8) + Array(repeating: 0x61, count: 100), nil),
        ]
        for c in cases { XCTAssertEqual(BinaryFileKind.detect(c.head), c.kind, "\(c.head.prefix(12))... \(c.head.count) bytes") }
        XCTAssertTrue(BatchError.binaryFile(path: "r", kind: .binaryData).description.hasSuffix("give the questions as text (one a line, CSV or JSONL)"))
    }

    /// Each message names the kind and what to do, on one line.
    func testTheErrorSaysWhatTheFileIsAndWhatToDo() {
        let cases: [(path: String, kind: BinaryFileKind, message: String)] = [
            ("t.xlsx", .zip, "cannot read 't.xlsx': it is a ZIP archive (as Excel .xlsx and Word .docx files are), not text; "
                + "save it as CSV UTF-8 first (in Excel: File > Save As > CSV UTF-8)"),
            ("-", .pdf, "cannot read standard input: it is a PDF document, not text; copy its questions into a text file, one a line"),
            ("q.gz", .gzip, "cannot read 'q.gz': it is gzip-compressed, not text; decompress it first (gunzip -k)"),
        ]
        for c in cases { XCTAssertEqual(BatchError.binaryFile(path: c.path, kind: c.kind).description, c.message) }
        for kind in BinaryFileKind.allCases {
            XCTAssertFalse(BatchError.binaryFile(path: "f", kind: kind).description.contains("\n"), "\(kind)")
        }
    }
}
