import XCTest
@testable import HelpdeskCore

final class InputEncodingCheckTests: XCTestCase {
    /// Feeds `bytes` in chunks of `size`; what comes out, or the error.
    private func check(_ bytes: [UInt8], chunk size: Int) -> Result<[UInt8], BatchError> {
        var check = InputEncodingCheck(path: "q.txt")
        var out: [UInt8] = []
        do {
            var index = 0
            while index < bytes.count {
                out += try check.feed(Array(bytes[index..<min(bytes.count, index + size)]))
                index += size
            }
            out += try check.finish()
            out += try check.finish()
            return .success(out)
        } catch {
            return .failure(error)
        }
    }

    /// UTF-8 passes through unchanged however it is chunked; UTF-16 and UTF-32 stop the run once, whatever the chunks.
    func testUTF8PassesThroughAndUTF16IsRefusedOnce() {
        let utf16: [UInt8] = [0xFF, 0xFE, 0x6C, 0x00, 0x0A, 0x00]
        let cases: [(bytes: [UInt8], expected: Result<[UInt8], BatchError>)] = [
            (Array("lost my phone\nthanks\n".utf8), .success(Array("lost my phone\nthanks\n".utf8))),
            (Array("ok".utf8), .success(Array("ok".utf8))), ([], .success([])),
            (utf16, .failure(.foreignEncoding(path: "q.txt", encoding: .utf16(bigEndian: false, byteOrderMark: true)))),
            ([0x61, 0x00], .failure(.foreignEncoding(path: "q.txt", encoding: .utf16(bigEndian: false, byteOrderMark: false)))),
        ]
        for c in cases {
            for size in [1, 2, 3, 64] { XCTAssertEqual(check(c.bytes, chunk: size), c.expected, "\(c.bytes) by \(size)") }
        }
    }

    /// A file that is no text is refused however it is chunked; a short first line is held back only while it may
    /// still be a signature's start, so "hi" on a pipe is answered before more comes.
    func testABinaryFileIsRefusedAndShortTextPassesAtOnce() {
        let office: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x0A]
        for size in [1, 3, 64] {
            XCTAssertEqual(check(office, chunk: size), .failure(.binaryFile(path: "q.txt", kind: .oldOffice)), "by \(size)")
            XCTAssertEqual(check(Array("PK\u{3}\u{4}xl/".utf8), chunk: size), .failure(.binaryFile(path: "q.txt", kind: .zip)))
            XCTAssertEqual(check(Array("%PDF".utf8), chunk: size), .success(Array("%PDF".utf8)), "too short to be a PDF")
        }
        var check = InputEncodingCheck(path: "-")
        XCTAssertEqual(try check.feed(Array("hi!\n".utf8)), Array("hi!\n".utf8), "no signature starts so: passed at once")
        check = InputEncodingCheck(path: "-")
        XCTAssertEqual(try check.feed([0xD0, 0xCF, 0x11, 0xE0]), [], "may be an Office file: held back")
        XCTAssertEqual(try check.feed([0x0A]), [0xD0, 0xCF, 0x11, 0xE0, 0x0A], "then it is not one")
    }

    /// One line, naming the file and the command that converts it; standard input gets the command to pipe through.
    func testTheErrorSaysHowToConvert() {
        let encoding = ForeignTextEncoding.utf16(bigEndian: false, byteOrderMark: true)
        let cases: [(path: String, message: String)] = [
            ("q.txt", "cannot read 'q.txt': it is UTF-16 text (little-endian, with a byte-order mark), and batch reads UTF-8; "
                + "convert it first: iconv -f UTF-16 -t UTF-8 q.txt > q-utf8.txt"),
            ("my q's.csv", "cannot read 'my q's.csv': it is UTF-16 text (little-endian, with a byte-order mark), and batch reads "
                + "UTF-8; convert it first: iconv -f UTF-16 -t UTF-8 'my q'\\''s.csv' > 'my q'\\''s-utf8.csv'"),
            ("-x.txt", "cannot read '-x.txt': it is UTF-16 text (little-endian, with a byte-order mark), and batch reads UTF-8; "
                + "convert it first: iconv -f UTF-16 -t UTF-8 ./-x.txt > ./-x-utf8.txt"),
            ("-", "cannot read standard input: it is UTF-16 text (little-endian, with a byte-order mark), and batch reads "
                + "UTF-8; pipe it through iconv -f UTF-16 -t UTF-8"),
        ]
        for c in cases { XCTAssertEqual(BatchError.foreignEncoding(path: c.path, encoding: encoding).description, c.message) }
    }

    /// The converted file keeps its extension, so batch reads it in the same format.
    func testTheConvertedFileKeepsItsExtension() {
        let cases = [("q.csv", "q-utf8.csv"), ("dir.v2/q", "dir.v2/q-utf8"), (".hidden", ".hidden-utf8"),
                     ("/tmp/a.b/q.jsonl", "/tmp/a.b/q-utf8.jsonl"), ("q", "q-utf8")]
        for (path, converted) in cases {
            XCTAssertEqual(ForeignTextEncoding.convertedPath(path), converted, path)
        }
    }
}
