import Foundation
import XCTest
@testable import HelpdeskCore
import TestSupport

final class HistoryLogTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try makeTemporaryDirectory("helpdesk-history")
    }

    private var path: String { directory.appendingPathComponent("history").path }

    func testAppendsOneLinePerEntryPrivately() throws {
        let log = HistoryLog(path: path)
        try log.append("forgot my password")
        try log.append("pasted\nacross\r\nlines")
        try log.append("")
        XCTAssertEqual(try log.lines(), ["forgot my password", "pasted across  lines"])
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    }

    func testKeepsTheLastLimitLines() throws {
        let log = HistoryLog(path: path, limit: 5)
        for i in 1...12 { try log.append("line \(i)") }
        XCTAssertEqual(try log.lines(), (8...12).map { "line \($0)" })
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), (8...12).map { "line \($0)\n" }.joined())
    }

    func testALastLineWithoutLineEndIsKeptApart() throws {
        try Data("old one\nold two".utf8).write(to: URL(fileURLWithPath: path))
        let log = HistoryLog(path: path, limit: 3)
        try log.append("new")
        XCTAssertEqual(try log.lines(), ["old one", "old two", "new"])
        try log.append("newer")
        XCTAssertEqual(try log.lines(), ["old two", "new", "newer"])
    }

    func testNoFileMeansNoLines() throws {
        XCTAssertEqual(try HistoryLog(path: path).lines(), [])
    }

    func testAnUnwritableFolderIsAnErrorNotACrash() {
        let log = HistoryLog(path: "/nonexistent-helpdesk-folder/history")
        XCTAssertThrowsError(try log.append("x"))
    }

    /// Writers on separate descriptors, as separate sessions are: every line arrives whole, none is lost, each
    /// writer's lines stay in order, and trimming under way never drops a line it should keep.
    func testConcurrentWritersNeitherLoseNorInterleaveLines() throws {
        for limit in [100_000, 64] {
            let path = self.path
            try? FileManager.default.removeItem(atPath: path)
            let writers = 4, perWriter = 80
            DispatchQueue.concurrentPerform(iterations: writers) { writer in
                let log = HistoryLog(path: path, limit: limit)
                for i in 0..<perWriter {
                    try! log.append("writer \(writer) line \(i) " + String(repeating: "x", count: 200 + i % 50))
                }
            }
            let lines = try HistoryLog(path: path, limit: limit).lines()
            XCTAssertEqual(lines.count, min(limit, writers * perWriter), "limit \(limit)")
            var last = [Int](repeating: -1, count: writers)
            for line in lines {
                let parts = line.split(separator: " ")
                guard parts.count == 5, let writer = Int(parts[1]), let i = Int(parts[3]),
                      parts[4] == Substring(String(repeating: "x", count: 200 + i % 50)) else {
                    XCTFail("a damaged line: \(line.prefix(80))")
                    continue
                }
                XCTAssertGreaterThan(i, last[writer], "writer \(writer)'s lines in order")
                last[writer] = i
            }
            if limit > writers * perWriter {
                XCTAssertEqual(last, [Int](repeating: perWriter - 1, count: writers), "every line is kept")
            } else {
                XCTAssertTrue(last.contains(perWriter - 1), "the last line written is kept")
            }
        }
    }
}
