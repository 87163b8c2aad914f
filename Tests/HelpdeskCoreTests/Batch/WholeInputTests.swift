import Foundation
import XCTest
import HelpdeskCore
import TestSupport

final class WholeInputTests: XCTestCase {
    func testAPipeIsReadToItsEnd() throws {
        var ends: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&ends), 0)
        let text = String(repeating: "lost my phone\n", count: 10_000)  // more than one pipe buffer
        let writer = ends[1]
        DispatchQueue.global().async {
            _ = Array(text.utf8).withUnsafeBytes { write(writer, $0.baseAddress, $0.count) }
            close(writer)
        }
        defer { close(ends[0]) }
        XCTAssertEqual(try WholeInput.read(descriptor: ends[0]), Array(text.utf8))
    }

    func testAFailureIsTheSystemsReason() throws {
        let folder = try makeTemporaryDirectory("whole-input")
        let file = folder.appendingPathComponent("e.csv").path
        try "question,entry\n".write(toFile: file, atomically: false, encoding: .utf8)
        let cases: [(path: String, reason: String)] = [
            (folder.appendingPathComponent("none.csv").path, "no such file"),
            (folder.path, "it is a folder"),
            (file + "/below", "Not a directory"),
        ]
        for c in cases {
            XCTAssertThrowsError(try WholeInput.read(path: c.path), c.path) { XCTAssertEqual("\($0)", c.reason) }
        }
    }

    func testTheLimitStopsTheRead() throws {
        let folder = try makeTemporaryDirectory("whole-input")
        let file = folder.appendingPathComponent("long.txt").path
        try String(repeating: "x", count: 100).write(toFile: file, atomically: false, encoding: .utf8)
        XCTAssertEqual(try WholeInput.read(path: file, limit: 11).count, 11)
    }
}
