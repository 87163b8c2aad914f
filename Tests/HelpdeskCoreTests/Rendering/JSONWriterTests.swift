import Foundation
import XCTest
@testable import HelpdeskCore

final class JSONWriterTests: XCTestCase {
    private func encoded(_ value: String) -> String {
        var text = ""
        JSONWriter.appendString(value, to: &text)
        return text
    }

    private func parse(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    /// String, its JSON literal.
    private static let escapes: [(value: String, json: String)] = [
        ("plain", #""plain""#),
        ("", #""""#),
        ("say \"hi\"", #""say \"hi\"""#),
        ("back\\slash", #""back\\slash""#),
        ("line\nbreak", #""line\nbreak""#),
        ("cr\rlf", #""cr\rlf""#),
        ("tab\there", #""tab\there""#),
        ("\u{0}nul", #""\u0000nul""#),
        ("bell\u{7}", #""bell\u0007""#),
        ("\u{1B}[1m", #""\u001b[1m""#),
        ("unit\u{1F}sep", #""unit\u001fsep""#),
        ("del\u{7F}", "\"del\u{7F}\""),
        ("/slash", #""/slash""#),
        ("café ‑ 🙂", "\"café ‑ 🙂\""),
        ("\u{2028}", "\"\u{2028}\""),
    ]

    func testStringEscaping() throws {
        for row in Self.escapes {
            let json = encoded(row.value)
            XCTAssertEqual(json, row.json, row.value.debugDescription)
            XCTAssertEqual(try parse(json) as? String, row.value, "parses back: \(row.value.debugDescription)")
        }
    }

    func testEveryControlCharacterRoundTrips() throws {
        let all = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        let json = encoded(all)
        XCTAssertFalse(json.unicodeScalars.contains { $0.value < 0x20 }, "no raw control characters in JSON text")
        XCTAssertEqual(try parse(json) as? String, all)
    }

    func testNestedObjectsAndArrays() throws {
        var w = JSONWriter()
        w.beginObject()
        w.key("question"); w.string("say \"hi\"\\\n")
        w.key("line"); w.number(3)
        w.key("confidence"); w.number(0.5)
        w.key("short"); w.number(0.25, digits: 1)
        w.key("entry"); w.string(nil)
        w.key("none"); w.null()
        w.key("candidates")
        w.beginArray()
        w.beginObject(); w.key("entry"); w.string("a"); w.key("tags"); w.strings(["x", "y"]); w.endObject()
        w.beginObject(); w.endObject()
        w.beginArray(); w.endArray()
        w.number(-1)
        w.endArray()
        w.key("raw"); w.raw(#"{"r":true}"#)
        w.key("empty"); w.strings([])
        w.endObject()
        XCTAssertEqual(w.text, #"{"question":"say \"hi\"\\\n","line":3,"confidence":0.5000,"short":0.3,"entry":null,"none":null,"candidates":[{"entry":"a","tags":["x","y"]},{},[],-1],"raw":{"r":true},"empty":[]}"#)

        let object = try XCTUnwrap(try parse(w.text) as? [String: Any])
        XCTAssertEqual(object["question"] as? String, "say \"hi\"\\\n")
        XCTAssertEqual(object["line"] as? Int, 3)
        XCTAssertEqual(object["confidence"] as? Double, 0.5)
        XCTAssertTrue(object["entry"] is NSNull)
        let candidates = try XCTUnwrap(object["candidates"] as? [Any])
        XCTAssertEqual(candidates.count, 4)
        XCTAssertEqual((candidates[0] as? [String: Any])?["tags"] as? [String], ["x", "y"])
        XCTAssertEqual((candidates[1] as? [String: Any])?.count, 0)
        XCTAssertEqual((candidates[2] as? [Any])?.count, 0)
        XCTAssertEqual((object["raw"] as? [String: Any])?["r"] as? Bool, true)
        XCTAssertEqual(object["empty"] as? [String], [])
    }

    func testKeysAreEscapedToo() throws {
        var w = JSONWriter()
        w.beginObject(); w.key("a \"b\"\n"); w.number(1); w.endObject()
        XCTAssertEqual(w.text, #"{"a \"b\"\n":1}"#)
        XCTAssertEqual((try parse(w.text) as? [String: Int])?["a \"b\"\n"], 1)
    }

    func testTopLevelArrayOfObjects() throws {
        var w = JSONWriter()
        w.beginArray()
        for i in 0..<3 { w.beginObject(); w.key("i"); w.number(i); w.endObject() }
        w.endArray()
        XCTAssertEqual(w.text, #"[{"i":0},{"i":1},{"i":2}]"#)
        XCTAssertEqual((try parse(w.text) as? [[String: Int]])?.map { $0["i"] }, [0, 1, 2])
    }

    func testNumbersAlwaysParse() throws {
        for value in [0.0, 1.0, -0.5, 0.123456, 1e-9, 12345.678, Double.nan, Double.infinity] {
            var w = JSONWriter()
            w.beginArray(); w.number(value); w.endArray()
            XCTAssertNotNil(try? parse(w.text), "\(value) gives \(w.text)")
        }
    }
}
