import XCTest
@testable import HelpdeskCore

final class PastedQuestionTests: XCTestCase {
    /// All of standard input is one question, checked as batch checks a line; a byte-order mark is dropped and line
    /// breaks of any kind become LF, and those around the text are dropped.
    func testStandardInputIsOneQuestionOrOneError() {
        let limit = PastedQuestion.maximumBytes
        let cases: [(bytes: [UInt8], expected: Result<String, PastedQuestionError>)] = [
            // The white space and line breaks around it are no part of the question.
            (Array("lost my phone\n".utf8), .success("lost my phone")),
            (Array("\n  lost my phone \r\n\n".utf8), .success("lost my phone")),
            (Array("Hi,\r\nI forgot my password.\rThanks\r\n".utf8), .success("Hi,\nI forgot my password.\nThanks")),
            ([0xEF, 0xBB, 0xBF] + Array("ok".utf8), .success("ok")),
            (Array(repeating: 0x61, count: limit), .success(String(repeating: "a", count: limit))),
            ([], .failure(.empty)),
            (Array(" \n\t\r\n".utf8), .failure(.empty)),
            ([0xEF, 0xBB, 0xBF], .failure(.empty)),
            (Array(repeating: 0x61, count: limit + 1), .failure(.tooLong)),
            (Array("lost my\0 phone".utf8), .failure(.nulByte)),
            ([0x6C, 0x6F, 0xFF, 0x73], .failure(.invalidUTF8)),
            ([0xFF, 0xFE, 0x6C, 0x00], .failure(.foreignEncoding(.utf16(bigEndian: false, byteOrderMark: true)))),
            // A file that is no text says what it is, however long (`helpdesk ask - < helpdesk` said "more than 65536
            // bytes, the limit for one question").
            ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], .failure(.binaryFile(.zip))),
            ([0x7F, 0x45, 0x4C, 0x46] + Array(repeating: 0, count: limit), .failure(.binaryFile(.program))),
            // So does input full of control characters, whatever its length; UTF-16, NUL bytes and all, is told first.
            (Array(repeating: [0x01, 0x61], count: 100).flatMap { $0 }, .failure(.binaryFile(.binaryData))),
            (Array(repeating: [0x01, 0x61], count: limit).flatMap { $0 }, .failure(.binaryFile(.binaryData))),
            ([0xFF, 0xFE] + Array(repeating: [0x61, 0x00], count: 100).flatMap { $0 },
             .failure(.foreignEncoding(.utf16(bigEndian: false, byteOrderMark: true)))),
        ]
        for c in cases {
            XCTAssertEqual(Result { () throws(PastedQuestionError) in try PastedQuestion.text(from: c.bytes) }, c.expected,
                           "\(c.bytes.prefix(16))")
        }
    }

    /// Each error is one line; only an empty input is a usage error.
    func testErrorsAreOneLineAndOnlyEmptyIsAUsageError() {
        let errors: [PastedQuestionError] = [.empty, .tooLong, .nulByte, .invalidUTF8,
                                             .foreignEncoding(.utf32(bigEndian: true, byteOrderMark: false)), .binaryFile(.pdf)]
        for error in errors {
            XCTAssertFalse(error.description.contains("\n"), error.description)
            XCTAssertTrue(error.description.contains("standard input"), error.description)
            XCTAssertEqual(error.isUsageError, error == .empty)
        }
    }
}
