import Foundation
import XCTest
@testable import HelpdeskCore
import TestSupport

/// YAML syntax errors read as one plain phrase at the right place.
final class YAMLSyntaxErrorTests: XCTestCase {
    func testMessagesOfBrokenFiles() throws {
        let cases: [(name: String, yaml: String, line: Int, message: String, entry: String?)] = [
            ("tab indentation", "version: 1\nentries:\n\t- id: a\n", 3, "YAML syntax error: a tab character; indent with spaces", nil),
            ("tab after spaces", "version: 1\nentries:\n  - id: a\n  \ttitle: t\n", 4, "YAML syntax error: a tab character; indent with spaces", nil),
            ("a second document", "version: 1\nentries: []\n---\nversion: 1\n", 3,
             "YAML syntax error: expected a single document in the stream, but found another document", nil),
            ("bad indentation", "version: 1\nentries:\n  - id: x\n   title: y\n", 4,
             "YAML syntax error: did not find expected '-' indicator while parsing a block collection", nil),
            // The quote left open on line 4 closed at the first quote of line 7; libyaml failed there, an entry later.
            ("unclosed quote", "version: 1\nentries:\n  - id: thanks\n    title: \"You are welcome\n    summary: s\n  - id: b\n    questions: [\"hi\"]\n", 4,
             "YAML syntax error: a quote opened here is not closed on its line, so YAML read on to line 7 "
                + "(did not find expected key while parsing a block mapping)", "thanks"),
            ("unclosed quote at the end", "version: 1\nentries:\n  - id: thanks\n    title: 'You are welcome\n", 4,
             "YAML syntax error: a quote opened here is not closed on its line, so YAML read on to the end of the file", "thanks"),
        ]
        for c in cases {
            let directory = try makeTemporaryDirectory("helpdesk-yaml")
            try Data(c.yaml.utf8).write(to: directory.appendingPathComponent("broken.yaml"))
            XCTAssertThrowsError(try KnowledgeBaseLoader().load(directory: directory.path), c.name) { error in
                let errors = (error as? KnowledgeBaseError)?.errors ?? []
                XCTAssertEqual(errors.map(\.message), [c.message], c.name)
                XCTAssertEqual(errors.first?.location.line, c.line, c.name)
                XCTAssertEqual(errors.first?.entryID, c.entry, c.name)
            }
        }
    }
}
