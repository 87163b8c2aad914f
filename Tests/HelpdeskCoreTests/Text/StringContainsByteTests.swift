import XCTest
@testable import HelpdeskCore

final class StringContainsByteTests: XCTestCase {
    func testFindsTheByteAnywhere() {
        let rows: [(text: String, byte: UInt8, found: Bool)] = [
            ("caller says: no code", UInt8(ascii: ":"), true),
            ("no colon here", UInt8(ascii: ":"), false),
            ("", UInt8(ascii: ","), false),
            ("ends with a comma,", UInt8(ascii: ","), true),
            ("contraseña, olvidé", UInt8(ascii: ","), true),       // non-ASCII text
            (String(repeating: "a", count: 10_000) + "\n", 10, true),
            (String("[SSN] and more".dropFirst()), UInt8(ascii: "["), false),  // a bridged or sliced string
        ]
        for row in rows {
            XCTAssertEqual(row.text.containsByte(row.byte), row.found, row.text.prefix(30).description)
        }
    }

    func testFindsTheBytesOfAnotherText() {
        let rows: [(text: String, other: String, found: Bool)] = [
            ("call [NAME] back", "[NAME]", true),
            ("call [NAM back", "[NAME]", false),
            ("[NAME]", "[NAME]", true),
            ("", "[NAME]", false),
            ("anything", "", true),
            ("contraseña [SSN]", "[SSN]", true),                   // non-ASCII text
            (String("x[SSN] and more".dropFirst(2)), "[SSN]", false),  // a sliced string
            (String(repeating: "a", count: 10_000) + "[PHONE]", "[PHONE]", true),
        ]
        for row in rows {
            XCTAssertEqual(row.text.containsBytes(of: row.other), row.found, row.text.prefix(30).description)
        }
    }
}
