import Foundation
import XCTest
@testable import HelpdeskCore

final class BatchEngineTests: XCTestCase {
    static let yaml = "version: 1\nentries:\n"
        + entryYAML(id: "password", title: "Password", questions: ["reset my password", "forgot password"]) + "\n"
        + entryYAML(id: "phone", title: "Phone", questions: ["new phone no code", "lost my phone"]) + "\n"
        + entryYAML(id: "hello", title: "Hello", questions: ["hi", "hello there"])

    private func engine(jobs: Int, format: any BatchRecordFormatter) throws -> (BatchEngine, TemporaryKnowledgeBase) {
        let folder = try TemporaryKnowledgeBase(files: ["kb.yaml": Self.yaml])
        let kb = try KnowledgeBaseLoader().load(directory: folder.path).0
        let answerer = BatchAnswerer(matcher: Matcher(knowledgeBase: kb))
        return (BatchEngine(answerer: answerer, formatter: format, jobs: jobs, questionsPerJob: 50), folder)
    }

    /// Feeds `input` in odd-sized chunks, collecting output and records.
    private func run(_ engine: BatchEngine, _ input: [UInt8], reader: some QuestionReader)
        throws -> (summary: BatchSummary, records: [BatchRecord], output: [UInt8]) {
        var reader = reader
        var offset = 0
        var output: [UInt8] = []
        var records: [BatchRecord] = []
        let summary = try engine.run(
            reader: &reader,
            read: { () throws(BatchError) in
                let end = min(input.count, offset + 7001)
                defer { offset = end }
                return Array(input[offset..<end])
            },
            write: { bytes throws(BatchError) in output += bytes },
            observe: { records.append($0) })
        return (summary, records, output)
    }

    /// A line that is an interactive command is an error record in its place, and named on stderr (`notice`), in
    /// input order across threads and rounds; unreadable bytes are only counted.
    func testInteractiveCommandsAreNoticedInOrder() throws {
        let (engine, folder) = try engine(jobs: 2, format: JSONLRecordFormatter())
        defer { _ = folder }
        var input: [UInt8] = []
        for line in 1...600 {
            if line == 7 { input += [0xFF] } else { input += Array((line % 100 == 0 ? ":quit" : "reset my password \(line)").utf8) }
            input.append(10)
        }
        var reader = TextQuestionReader()
        var offset = 0
        var notices: [String] = []
        let summary = try engine.run(
            reader: &reader,
            read: { () throws(BatchError) in
                let end = min(input.count, offset + 997)
                defer { offset = end }
                return Array(input[offset..<end])
            },
            write: { _ throws(BatchError) in },
            notice: { notices.append($0) })
        XCTAssertEqual(notices, stride(from: 100, through: 600, by: 100).map { "line \($0): ':quit' is an interactive command; batch answers questions only" })
        XCTAssertEqual(summary.errors, 7, "6 commands and 1 line of bad bytes")
        XCTAssertEqual(summary.answered, 593)
        XCTAssertEqual(summary.exitStatus, 65)
    }

    func testLargeInputKeepsOrderAndLineNumbersOnTwoJobs() throws {
        let (engine, folder) = try engine(jobs: 2, format: JSONLRecordFormatter())
        defer { _ = folder }
        var input: [UInt8] = []
        var expectedLines: [Int] = []
        let phrasings = ["reset my password", "lost my phone", "hello there", "bake a cake"]
        for line in 1...20_000 {
            switch line % 1000 {
            case 0: input += [0xFF, 10]
            case 500: input += [10]
            default: input += Array("\(phrasings[line % 4]) \(line)\n".utf8)
            }
            if line % 1000 != 500 { expectedLines.append(line) }
        }
        let (summary, records, output) = try run(engine, input, reader: TextQuestionReader())
        XCTAssertEqual(records.map(\.line), expectedLines)
        XCTAssertEqual(summary.total, 19_980)
        XCTAssertEqual(summary.errors, 20)
        XCTAssertEqual(summary.exitStatus, 65)
        for record in records where record.status != .error {
            XCTAssertEqual(record.question, "\(phrasings[record.line % 4]) \(record.line)")
        }
        let outputLines = output.split(separator: 10)
        XCTAssertEqual(outputLines.count, records.count)
        for (text, record) in zip(outputLines, records) {
            XCTAssertTrue(text.starts(with: Array("{\"line\":\(record.line),".utf8)))
        }
    }

    func testOneJobAndTwoJobsWriteTheSameBytes() throws {
        let input = Array((1...600).map { "lost my phone \($0)\nhi\n" }.joined().utf8)
        let (one, folderOne) = try engine(jobs: 1, format: CSVRecordFormatter())
        let (two, folderTwo) = try engine(jobs: 2, format: CSVRecordFormatter())
        defer { _ = (folderOne, folderTwo) }
        XCTAssertEqual(try run(one, input, reader: TextQuestionReader()).output,
                       try run(two, input, reader: TextQuestionReader()).output)
    }

    func testEveryJobCountAnswersEveryQuestionOnceInOrder() throws {
        // More threads than questions, counts that do not divide evenly, and rounds cut into many slices;
        // `Int.max` threads are capped at `maxJobs` (their round size overflowed before).
        let table: [(jobs: Int, questions: Int)] = [(4, 5), (3, 1), (8, 7), (2, 3), (2, 101), (3, 150), (5, 17),
                                                    (Int.max, 3), (BatchEngine.maxJobs + 1, 2)]
        for row in table {
            let (engine, folder) = try engine(jobs: row.jobs, format: JSONLRecordFormatter())
            defer { _ = folder }
            let input = Array((1...row.questions).map { "lost my phone \($0)\n" }.joined().utf8)
            let result = try run(engine, input, reader: TextQuestionReader())
            XCTAssertEqual(result.summary.total, row.questions, "\(row)")
            let lines = String(decoding: result.output, as: UTF8.self).split(separator: "\n")
            XCTAssertEqual(lines.count, row.questions, "\(row)")
            for (number, line) in zip(1..., lines) { XCTAssertTrue(line.hasPrefix("{\"line\":\(number),"), "\(row) \(line.prefix(20))") }
        }
    }

    /// A `read` that hands out `input` 4096 bytes at a time, then empty chunks.
    private static func chunks(of input: [UInt8]) -> () throws(BatchError) -> [UInt8] {
        var offset = 0
        return { () throws(BatchError) in
            let end = min(input.count, offset + 4096)
            defer { offset = end }
            return Array(input[offset..<end])
        }
    }

    func testCountsAreRightWithoutAnObserver() throws {
        let (engine, folder) = try engine(jobs: 2, format: JSONLRecordFormatter())
        defer { _ = folder }
        let input = Array((1...500).map { "lost my phone \($0)\nbake a cake\n" }.joined().utf8)
        var reader = TextQuestionReader()
        var output: [UInt8] = []
        let summary = try engine.run(reader: &reader, read: Self.chunks(of: input), write: { bytes throws(BatchError) in output += bytes })
        XCTAssertEqual(summary.total, 1000)
        XCTAssertEqual(summary.answered + summary.clarify + summary.fallback, 1000)
        XCTAssertEqual(output.filter { $0 == 10 }.count, 1000)
    }

    func testAWriteErrorStopsTheRunWithThatError() throws {
        let (engine, folder) = try engine(jobs: 2, format: JSONLRecordFormatter())
        defer { _ = folder }
        let input = Array((1...2000).map { "lost my phone \($0)\n" }.joined().utf8)
        var reader = TextQuestionReader()
        var writes = 0
        XCTAssertThrowsError(try engine.run(reader: &reader, read: Self.chunks(of: input), write: { _ throws(BatchError) in
            writes += 1
            if writes == 3 { throw BatchError.cannotWrite(path: "out", reason: "disk full") }
        })) { error in
            XCTAssertEqual(error as? BatchError, BatchError.cannotWrite(path: "out", reason: "disk full"))
        }
        XCTAssertEqual(writes, 3, "nothing is written after the error")
    }

    func testCSVHeaderIsWrittenEvenForAnEmptyInput() throws {
        let (engine, folder) = try engine(jobs: 2, format: CSVRecordFormatter())
        defer { _ = folder }
        let result = try run(engine, Array("id,question\n".utf8), reader: CSVQuestionReader())
        XCTAssertTrue(String(decoding: result.output, as: UTF8.self).hasPrefix("id,line,question,status,"))
        XCTAssertEqual(result.summary.total, 0)
    }
}
