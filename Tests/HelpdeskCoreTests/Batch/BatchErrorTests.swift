import XCTest
@testable import HelpdeskCore

/// A run-stopping error names its input as the user gave it: a path quoted, "-" as standard input.
final class BatchErrorTests: XCTestCase {
    func testStandardInputIsNamedSo() {
        let cases: [(error: BatchError, message: String)] = [
            // `helpdesk batch - <&-` said "cannot read '-': Bad file descriptor"; `ask -` says "standard input".
            (.cannotRead(path: "-", reason: "Bad file descriptor"), "cannot read standard input: Bad file descriptor"),
            (.cannotRead(path: "q.txt", reason: "Is a directory"), "cannot read 'q.txt': Is a directory"),
            (.cannotOpen(path: "q.txt", reason: "No such file or directory"), "cannot open 'q.txt': No such file or directory"),
        ]
        for c in cases { XCTAssertEqual(c.error.description, c.message) }
    }
}
