import Foundation
import XCTest
import TestSupport

/// A batch run stopped by SIGINT, SIGTERM or SIGHUP says how far it got and what became of its output.
final class BatchInterruptTests: CLITestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try makeTemporaryDirectory("batch-interrupt")
    }

    /// A two-entry knowledge base, quick to train.
    private func smallKB() throws -> String {
        let folder = directory.appendingPathComponent("kb")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var yaml = "version: 1\nentries:\n"
        for (id, question) in [("password", "reset my password"), ("phone", "lost my phone")] {
            yaml += "  - id: \(id)\n    title: \(id)\n    summary: About \(id).\n    questions: [\(question)]\n"
                + "    source: test\n    last_reviewed: 2026-01-01\n"
        }
        try yaml.write(to: folder.appendingPathComponent("kb.yaml"), atomically: true, encoding: .utf8)
        return folder.path
    }

    /// `helpdesk batch -` on one thread, fed 2,000 questions and left waiting for more.
    private func startBatch(_ arguments: [String]) throws -> (process: Process, input: Pipe, output: Pipe, errors: Pipe) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["batch", "--kb", try smallKB(), "--jobs", "1", "--format", "jsonl"] + arguments + ["-"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data((1...2000).map { "lost my phone \($0)\n" }.joined().utf8))
        return (process, input, output, errors)
    }

    func testASignalSaysTheOutputFileWasNotWrittenAndExitsWith128PlusIt() throws {
        for (signalNumber, status) in [(SIGINT, Int32(130)), (SIGTERM, 143), (SIGHUP, 129)] {
            let target = directory.appendingPathComponent("answers.jsonl").path
            let run = try startBatch(["-o", target])
            var started = false
            for _ in 0..<600 where !started {
                started = try FileManager.default.contentsOfDirectory(atPath: directory.path).contains { $0.hasPrefix(".answers") }
                if !started { usleep(50_000) }
            }
            XCTAssertTrue(started)
            kill(run.process.processIdentifier, signalNumber)
            let errors = String(decoding: run.errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            run.process.waitUntilExit()
            XCTAssertEqual(run.process.terminationStatus, status, "signal \(signalNumber)")
            XCTAssertTrue(errors.hasPrefix("helpdesk: interrupted after "), errors)
            XCTAssertTrue(errors.hasSuffix("; \(target) was not written (nothing is written until the run ends)\n"), errors)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["kb"], "no file, no temporary")
        }
    }

    func testRecordsAlreadyOnStandardOutputAreWholeAndCounted() throws {
        let run = try startBatch([])
        // A round is written once the next one starts, so questions keep coming until records appear.
        let written = Collected()
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) {
            while case let data = run.output.fileHandleForReading.availableData, !data.isEmpty { written.append(data) }
        }
        for round in 0..<600 where !written.data.contains(UInt8(ascii: "\n")) {
            run.input.fileHandleForWriting.write(Data((1...300).map { "reset my password \(round) \($0)\n" }.joined().utf8))
            usleep(50_000)
        }
        kill(run.process.processIdentifier, SIGTERM)
        let errors = String(decoding: run.errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        run.process.waitUntilExit()
        reading.wait()
        XCTAssertEqual(run.process.terminationStatus, 143)
        let records = try jsonLines(String(decoding: written.data, as: UTF8.self))
        XCTAssertEqual(written.data.last, UInt8(ascii: "\n"), "the last record is whole")
        XCTAssertGreaterThan(records.count, 0)
        XCTAssertEqual(errors, "helpdesk: interrupted after \(records.count) lines; "
                       + "the records already written to standard output are complete\n")
    }
}

/// Bytes a background reader collects, read by the test while it waits.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes = Data()

    var data: Data { lock.withLock { bytes } }

    func append(_ more: Data) { lock.withLock { bytes += more } }
}
