import XCTest
@testable import HelpdeskCore

final class JSONObjectScannerTests: XCTestCase {
    func testValidObjects() throws {
        let cases: [(String, [JSONObjectScanner.Member])] = [
            ("{}", []),
            (" {\"question\" : \"hi\"} ", [.init(key: "question", value: .string("hi"))]),
            ("{\"q\":\"a\\\"b\\\\c\\n\\u00e9\\ud83d\\ude00\"}", [.init(key: "q", value: .string("a\"b\\c\né😀"))]),
            ("{\"n\":-1.5e3,\"t\":true,\"f\":false,\"z\":null}", [
                .init(key: "n", value: .other("-1.5e3")), .init(key: "t", value: .other("true")),
                .init(key: "f", value: .other("false")), .init(key: "z", value: .other("null")),
            ]),
            ("{\"a\":[1,{\"b\":[]}],\"o\":{\"x\":\"y\"}}", [
                .init(key: "a", value: .other("[1,{\"b\":[]}]")), .init(key: "o", value: .other("{\"x\":\"y\"}")),
            ]),
        ]
        for (line, expected) in cases {
            XCTAssertEqual(try JSONObjectScanner.members(of: line).get(), expected, line)
        }
    }

    func testInvalidLinesSayWhy() {
        let cases: [(String, String)] = [
            ("hello", "expected '{' at column 1"),
            ("[1,2]", "expected '{' at column 1"),
            ("{\"a\":1", "expected '}', found the end of the line at column 7"),
            ("{\"a\":1}x", "text after the object at column 8"),
            ("{a:1}", "expected a string key at column 2"),
            ("{\"a\":01}", "expected '}' at column 7"),
            ("{\"a\":\"\t\"}", "control character in a string at column 7"),
            ("{\"a\":tru}", "unexpected character at column 6"),
            ("{\"a\":\"x\\q\"}", "invalid escape at column 9"),
            (String(repeating: "[", count: 300), "expected '{' at column 1"),
            ("{\"a\":" + String(repeating: "[", count: 300) + "}", "nested deeper than 256 at column 262"),
        ]
        for (line, reason) in cases {
            XCTAssertEqual(JSONObjectScanner.members(of: line), .failure(.notJSON(reason)), line)
        }
    }
}
