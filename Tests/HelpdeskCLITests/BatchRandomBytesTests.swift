import Foundation
@testable import HelpdeskCore
import XCTest

/// Random bytes through `helpdesk batch`: it never crashes, and every line that is not blank gets exactly one record.
final class BatchRandomBytesTests: CLITestCase {
    /// Lines of text that fill the bytes batch checks for binary data (`BinaryFileKind.controlSample`), so that the
    /// random lines after them are read line by line.
    private static let textLines = 200
    private static let textLine = "forgot my id.me password"

    /// Lines of random bytes (no LF or CR), each starting with a byte that is not whitespace; every 7th line empty;
    /// after `textLines` lines of text (and the header line, when there is one).
    private func randomInput(seed: UInt64, lines: Int, header: String? = nil) -> (bytes: [UInt8], nonBlank: [Int]) {
        var generator = SplitMix(seed: seed)  // the library's, so a failure can be reproduced
        var bytes = header.map { Array(($0 + "\n").utf8) } ?? []
        let first = header == nil ? 1 : 2
        var nonBlank = Array(first..<(first + Self.textLines))
        for _ in 0..<Self.textLines { bytes += Array((Self.textLine + "\n").utf8) }
        let offset = first - 1 + Self.textLines
        for line in 1...lines {
            if line % 7 == 0 {
                bytes.append(10)
                continue
            }
            nonBlank.append(line + offset)
            let starts: [UInt8] = [0x61, 0x22, 0x7B, 0xFF, 0xC3, 0x00, 0x2C]
            bytes.append(starts[Int.random(in: 0..<starts.count, using: &generator)])
            let length = line % 97 == 0 ? 70_000 : Int.random(in: 0..<120, using: &generator)
            for _ in 0..<length {
                var byte = UInt8.random(in: 0...255, using: &generator)
                if byte == 10 || byte == 13 { byte = 0x7E }  // both end a line
                bytes.append(byte)
            }
            bytes.append(10)
        }
        return (bytes, nonBlank)
    }

    private func batch(_ bytes: [UInt8], _ arguments: [String]) throws -> (Run, [[String: Any]]) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-random-\(UUID().uuidString)")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try run(["batch", "--format", "jsonl"] + arguments + [file.path])
        XCTAssertTrue(run.status == 0 || run.status == 65, "exit \(run.status): \(run.stderr)")
        return (run, try jsonLines(run.stdout))
    }

    func testEveryLineOfRandomBytesIsAccountedFor() throws {
        for (format, seed) in [("text", UInt64(1)), ("jsonl", 2), ("text", 3)] {
            let input = randomInput(seed: seed, lines: 600)
            let (run, records) = try batch(input.bytes, ["--input-format", format, "--jobs", "2"])
            XCTAssertEqual(records.map { $0["line"] as? Int }, input.nonBlank, "\(format) seed \(seed)")
            let errors = records.filter { ($0["status"] as? String) == "error" }.count
            XCTAssertTrue(run.stderr.contains("\(records.count) lines:") && run.stderr.contains("\(errors) errors"), run.stderr)
        }
    }

    /// Random bytes from the first byte on are no text: batch refuses them once (it wrote an error a line, without end
    /// for `/dev/urandom`).
    func testRandomBytesFromTheStartAreRefusedOnce() throws {
        var generator = SplitMix(seed: 5)
        let bytes = (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-random-\(UUID().uuidString)")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try run(["batch", "--format", "jsonl", file.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stdout, "")
        XCTAssertEqual(run.stderr, "helpdesk: error: cannot read '\(file.path)': it is binary data (full of control characters), "
            + "not text; give the questions as text (one a line, CSV or JSONL)\n")
    }

    func testRandomCSVRowsNeverStopTheRun() throws {
        let input = randomInput(seed: 4, lines: 600, header: "question,id")
        let (_, records) = try batch(input.bytes, ["--input-format", "csv"])
        let lines = records.compactMap { $0["line"] as? Int }
        XCTAssertEqual(lines.count, records.count)
        XCTAssertEqual(lines, lines.sorted(), "in input order")
        XCTAssertEqual(Set(lines).count, lines.count, "one record per row")
        XCTAssertTrue(Set(lines).isSubset(of: Set(input.nonBlank)), "records start on lines that hold something")
        XCTAssertGreaterThan(records.count, 100)
    }
}
