import XCTest
@testable import HelpdeskCore

/// What `SnapshotWriter` writes, `SnapshotReader` reads back, and it refuses what was never written.
final class SnapshotReaderTests: XCTestCase {
    func testNumbersComeBack() throws {
        let integers = [0, 1, -1, 63, -64, 64, 127, 128, 300, -300, 1 << 40, Int.max, Int.min]
        let doubles = [0, 0.67, -1.5, 1e300, .infinity]
        var writer = SnapshotWriter()
        for value in integers { writer.write(value) }
        for value in doubles { writer.write(value) }
        writer.write(UInt64.max)
        var reader = SnapshotReader(writer.bytes)
        for value in integers { XCTAssertEqual(try reader.integer(), value) }
        for value in doubles { XCTAssertEqual(try reader.double(), value) }
        XCTAssertEqual(try reader.unsigned(), UInt64.max)
        XCTAssertTrue(reader.isAtEnd)
    }

    func testTextComesBack() throws {
        let cases: [(String?, [String])] = [
            (nil, []),
            ("", [""]),
            ("e\u{2011}Services café 🙂", ["a", "", "ID.me"]),
            (String(repeating: "x", count: 300), ["line\nbreak", "tab\there"]),
        ]
        for (text, list) in cases {
            var writer = SnapshotWriter()
            writer.write(text)
            writer.write(list)
            writer.write(Set(list))
            var reader = SnapshotReader(writer.bytes)
            XCTAssertEqual(try reader.optionalString(), text)
            XCTAssertEqual(try reader.strings(), list)
            XCTAssertEqual(Set(try reader.strings()), Set(list))
            XCTAssertTrue(reader.isAtEnd)
        }
    }

    func testBytesNeverWrittenAreRefused() {
        let cases: [(name: String, bytes: [UInt8])] = [
            ("empty", []),
            ("a number that never ends", [0x80, 0x80]),
            ("a number of more than 64 bits", Array(repeating: 0xFF, count: 10) + [1]),
            ("a string longer than the bytes left", [5, 65, 66]),
            ("a count larger than the bytes left", [200, 1]),
            ("a flag that is neither 0 nor 1", [2]),
        ]
        for (name, bytes) in cases {
            var reader = SnapshotReader(bytes)
            XCTAssertThrowsError(try reader.optionalString(), name)
            var again = SnapshotReader(bytes)
            XCTAssertThrowsError(try again.strings(), name)
        }
    }
}
