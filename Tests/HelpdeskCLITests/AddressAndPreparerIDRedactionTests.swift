import Foundation
import XCTest
import TestSupport

/// Street addresses, partial SSNs, EFINs and CAF numbers reach no output as typed: not the batch question or its
/// pass-through fields, not `--explain`, not `kb import`'s knowledge base or the model cache, not the REPL history.
final class AddressAndPreparerIDRedactionTests: REPLTestCase {
    private static let secrets = ["Main St", "62704", "Oak Avenue", "1234", "Elm", "78701", "123456", "0301", "6789"]

    private static let questions = [
        "I live at 123 Main St, Springfield IL 62704 update address",
        "her address is 45 Oak Avenue Apt 3",
        "PO Box 1234",
        "mailing address: 9 Elm Rd., Austin, TX 78701",
        "SSN ending in 6789 locked out",
        "my efin is 123456 and the e-file application is stuck",
        "CAF number 0301-12345R not showing",
    ]

    private func assertHidesSecrets(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        for secret in Self.secrets {
            XCTAssertFalse(text.contains(secret), "\(what): \(secret) in \(text)", file: file, line: line)
        }
    }

    func testBatchAndExplainShowThemRedacted() throws {
        let csv = directory.appendingPathComponent("q.csv").path
        try ("question,address,efin\n" + Self.questions.map { "\"\($0)\",\"45 Oak Avenue, Apt 3\",123456\n" }.joined())
            .write(toFile: csv, atomically: false, encoding: .utf8)
        let batch = try run(["batch", "--format", "jsonl", csv])
        XCTAssertEqual(batch.status, 0, batch.stderr)
        assertHidesSecrets(batch.stdout, "batch")
        let records = try jsonLines(batch.stdout)
        XCTAssertEqual(records.first?["question"] as? String, "I live at [ADDRESS] update address")
        XCTAssertEqual(records.first?["address"] as? String, "[ADDRESS]")
        XCTAssertEqual(records.first?["efin"] as? String, "[EFIN]")
        XCTAssertEqual(records.last?["question"] as? String, "CAF number [CAF] not showing")

        let explained = try run(["ask", "--explain", Self.questions.joined(separator: " ")])
        XCTAssertEqual(explained.status, 0, explained.stderr)
        assertHidesSecrets(explained.stdout, "--explain")
        XCTAssertTrue(explained.stdout.contains("her address is [ADDRESS]"), explained.stdout)
    }

    func testKBImportWritesThemRedactedAndTheCacheHoldsNone() throws {
        let csv = directory.appendingPathComponent("labelled.csv").path
        try ("question,entry\n" + Self.questions.enumerated().map { "\"\($1)\",topic-\($0)\n" }.joined())
            .write(toFile: csv, atomically: false, encoding: .utf8)
        let out = directory.appendingPathComponent("kb").path
        let cache = directory.appendingPathComponent("cache").path
        let imported = try run(["kb", "import", csv, "--out", out, "--no-language"], environment: ["HELPDESK_CACHE": cache])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        assertHidesSecrets(imported.stdout + imported.stderr, "kb import output")
        let yaml = try String(contentsOfFile: out + "/imported.yaml", encoding: .utf8)
        assertHidesSecrets(yaml, "imported.yaml")
        XCTAssertTrue(yaml.contains("mailing address: [ADDRESS]"), yaml)
        XCTAssertEqual(try run(["topics", "--kb", out], environment: ["HELPDESK_CACHE": cache]).status, 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: cache)
        XCTAssertFalse(files.isEmpty)
        for name in files {
            let bytes = try String(decoding: Data(contentsOf: URL(fileURLWithPath: cache + "/" + name)), as: UTF8.self)
            assertHidesSecrets(bytes, "cache \(name)")
        }
    }

    func testTheREPLHistoryAndWhyHoldThemRedacted() throws {
        let session = try session()
        ask(session, "mailing address:")
        ask(session, "9 Elm Rd., Austin, TX 78701")
        ask(session, ":why", "Question:   [ADDRESS]")
        ask(session, "my efin is 123456, SSN ending in 6789, CAF 0301-12345R")
        quit(session)
        let history = try String(contentsOf: historyFile, encoding: .utf8)
        assertHidesSecrets(history, "history")
        XCTAssertTrue(history.contains("mailing address:\n[ADDRESS]\n"), history)
        XCTAssertTrue(history.contains("my efin is [EFIN], SSN ending in [SSN], CAF [CAF]"), history)
    }
}
