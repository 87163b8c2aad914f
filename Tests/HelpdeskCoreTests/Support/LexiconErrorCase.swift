import XCTest
@testable import HelpdeskCore

/// A lexicon text that must give exactly one error: its message and where it points in `lexicon.yaml`.
struct LexiconErrorCase {
    let name: String
    let lexicon: String
    let message: String
    let line: Int
    let column: Int

    /// Loads each case's lexicon beside `entries` and checks its one error's message, file, line and column.
    static func assertEachNamesFileLineColumnAndMessage(_ cases: [LexiconErrorCase], entries: String,
                                                        file: StaticString = #filePath, line: UInt = #line) throws {
        for c in cases {
            let kb = try TemporaryKnowledgeBase(files: ["kb.yaml": entries, "lexicon.yaml": "version: 1\nlexicon:\n\(c.lexicon)\n"])
            let errors = kb.diagnostics().filter { $0.severity == .error }
            XCTAssertEqual(errors.count, 1, "\(c.name): \(errors.map(\.description))", file: file, line: line)
            let hit = errors.first { $0.message == c.message }
            XCTAssertNotNil(hit, "\(c.name): expected '\(c.message)' in \(errors.map(\.description))", file: file, line: line)
            XCTAssertTrue(hit?.location.file.hasSuffix("/lexicon.yaml") ?? false, "\(c.name): file", file: file, line: line)
            XCTAssertEqual(hit?.location.line, c.line, "\(c.name): line", file: file, line: line)
            XCTAssertEqual(hit?.location.column, c.column, "\(c.name): column", file: file, line: line)
        }
    }
}
