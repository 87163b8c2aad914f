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

    /// The shipped labels cover the contraction and a help desk's own words for whose name it is.
    func testShippedLabelsCoverContractionsAndCallers() throws {
        let cases: [(typed: String, redacted: String)] = [
            ("hi my name's Maria Gomez, I forgot my id.me password", "hi my name's [NAME], I forgot my id.me password"),
            ("Caller name is Sue Park, her ID.me is locked", "Caller name is [NAME], her ID.me is locked"),
            ("caller's name is Maria Gomez, her id.me is locked", "caller's name is [NAME], her id.me is locked"),
            ("Name of caller: Maria Gomez, she forgot her id.me password", "Name of caller: [NAME], she forgot her id.me password"),
            ("Caller: Forgot my password", "Caller: Forgot my password"),
            ("spouse name is Maria Gomez, locked out", "spouse name is [NAME], locked out"),
            ("my name is Dr. Maria Gomez", "my name is [NAME]"),
        ]
        let batch = try run(["batch", "--format", "jsonl", "-"], stdin: cases.map(\.typed).joined(separator: "\n") + "\n")
        XCTAssertEqual(batch.status, 0, batch.stderr)
        let questions = batch.stdout.split(separator: "\n").compactMap { line -> String? in
            let record = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return record?["question"] as? String
        }
        XCTAssertEqual(questions, cases.map(\.redacted))
    }

    /// Names in capitals or lowercase after a label, and the columns that hold a caller's name, are redacted in the
    /// JSONL and CSV output alike.
    func testNamesInAnyCaseAndNameColumnsAreRedacted() throws {
        let csv = "question,caller,customer_name,notes\n"
            + "MY NAME IS MARIA GOMEZ,Maria Gomez,JOHN SMITH,called twice\n"
            + "my name is maria and I cant log in,maria gomez,john smith,x\n"
        for format in ["jsonl", "csv"] {
            let batch = try run(["batch", "--input-format", "csv", "--format", format, "-"], stdin: csv)
            XCTAssertEqual(batch.status, 0, batch.stderr)
            for name in ["MARIA", "Maria", "maria", "GOMEZ", "gomez", "SMITH", "smith"] {
                XCTAssertFalse(batch.stdout.contains(name), format + ": " + batch.stdout)
            }
            XCTAssertTrue(batch.stdout.contains("my name is [NAME] and I cant log in"), batch.stdout)
            XCTAssertTrue(batch.stdout.contains("called twice"), batch.stdout)
        }
    }
}
