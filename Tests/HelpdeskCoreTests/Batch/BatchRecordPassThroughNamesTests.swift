import Foundation
import XCTest
@testable import HelpdeskCore

/// A JSONL record's pass-through keys are unique, so that no value is hidden behind a repeated key.
final class BatchRecordPassThroughNamesTests: XCTestCase {
    func testRepeatedNamesGetASuffix() {
        let cases: [(names: [String], expected: [String])] = [
            (["id", "notes"], ["id", "notes"]),
            (["id", "id"], ["id", "id_2"]),
            (["id", "id", "id"], ["id", "id_2", "id_3"]),
            (["id", "id_2", "id"], ["id", "id_2", "id_3"]),
            (["status", "input_status"], ["input_status", "input_status_2"]),
            // `kind` became an output field with acknowledgements ("kind": "acknowledgement").
            (["kind", "notes"], ["input_kind", "notes"]),
            (["[SSN]", "[SSN]"], ["[SSN]", "[SSN]_2"]),
        ]
        for c in cases { XCTAssertEqual(BatchRecord.uniquePassThroughNames(c.names), c.expected, "\(c.names)") }
    }

    func testJSONLKeepsEveryValueOfARepeatedName() throws {
        var record = BatchRecord(line: 2, error: .nulByte)
        record.passThrough = [PassThroughField(name: "id", value: .text("1")), PassThroughField(name: "id", value: .json("2"))]
        let text = JSONLRecordFormatter().text(record)
        XCTAssertTrue(text.hasPrefix("{\"id\":\"1\",\"id_2\":2,\"line\":2,"), text)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(object["id"] as? String, "1")
        XCTAssertEqual(object["id_2"] as? Int, 2)
    }
}
