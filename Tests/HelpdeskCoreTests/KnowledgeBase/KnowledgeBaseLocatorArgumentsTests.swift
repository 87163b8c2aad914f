import XCTest
@testable import HelpdeskCore

/// `KnowledgeBaseLocator.explicitFolder(in:)`: the `--kb` folder of a command line the parser could not read.
final class KnowledgeBaseLocatorArgumentsTests: XCTestCase {
    static let cases: [(arguments: [String], folder: String?)] = [
        (["ask", "--kb", "kb1", "--Marcy"], "kb1"),
        (["--kb=kb2", "topics", "-x"], "kb2"),
        (["--kb", "kb1", "ask", "--kb", "kb3", "hi"], "kb3"),   // the last one given
        (["ask", "--", "--kb", "kb4"], nil),                      // after "--", question words
        (["ask", "--kb"], nil),
        (["ask", "--kb="], nil),
        (["ask", "hi"], nil),
    ]

    func testReadsTheLastKBFolderBeforeTheTerminator() {
        for c in Self.cases {
            XCTAssertEqual(KnowledgeBaseLocator.explicitFolder(in: c.arguments), c.folder, "\(c.arguments)")
        }
    }
}
