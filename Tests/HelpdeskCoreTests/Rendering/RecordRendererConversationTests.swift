import XCTest
@testable import HelpdeskCore

/// `RecordRenderer.adding(key:json:to:)`: a key added before the closing brace of a JSON object's text.
final class RecordRendererConversationTests: XCTestCase {
    func testAddingAKeyToAnObject() {
        let cases: [(object: String, key: String, json: String, expected: String)] = [
            (#"{"a":1}"#, "also", "[]", #"{"a":1,"also":[]}"#),
            ("{}", "also", "[]", #"{"also":[]}"#),
            (#"{"a":1}"#, "say \"hi\"", "null", #"{"a":1,"say \"hi\"":null}"#),
            ("not an object", "also", "[]", "not an object"),
        ]
        for c in cases {
            XCTAssertEqual(RecordRenderer.adding(key: c.key, json: c.json, to: c.object), c.expected, c.object)
        }
    }
}
