import Foundation
import XCTest
import TestSupport

/// A name after one of the shipped knowledge base's `name_labels` reaches no output as typed: not the batch question,
/// not `--explain`.
final class NameRedactionTests: CLITestCase {
    func testBatchAndExplainShowNamesRedacted() throws {
        let question = "my name is Maria Lopez and I am locked out of ID.me"
        let batch = try run(["batch", "--format", "jsonl", "-"], stdin: question + "\nname is wrong on the account\n")
        XCTAssertEqual(batch.status, 0, batch.stderr)
        XCTAssertFalse(batch.stdout.contains("Lopez"), batch.stdout)
        XCTAssertTrue(batch.stdout.contains("my name is [NAME] and I am locked out of ID.me"), batch.stdout)
        XCTAssertTrue(batch.stdout.contains("name is wrong on the account"), batch.stdout)

        let explained = try run(["ask", "--explain", question])
        XCTAssertEqual(explained.status, 0, explained.stderr)
        XCTAssertFalse(explained.stdout.contains("Lopez"), explained.stdout)
        XCTAssertTrue(explained.stdout.contains("[NAME]"), explained.stdout)
    }
}
