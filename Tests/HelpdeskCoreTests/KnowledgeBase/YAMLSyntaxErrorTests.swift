import Foundation
import XCTest
@testable import HelpdeskCore

/// YAML syntax errors read as one plain phrase at the right place.
final class YAMLSyntaxErrorTests: XCTestCase {
    func testMessagesOfBrokenFiles() throws {
        let cases: [(name: String, yaml: String, line: Int, message: String)] = [
            ("tab indentation", "version: 1\nentries:\n\t- id: a\n", 3, "YAML syntax error: a tab character; indent with spaces"),
            ("tab after spaces", "version: 1\nentries:\n  - id: a\n  \ttitle: t\n", 4, "YAML syntax error: a tab character; indent with spaces"),
            ("a second document", "version: 1\nentries: []\n---\nversion: 1\n", 3,
             "YAML syntax error: expected a single document in the stream, but found another document"),
            ("bad indentation", "version: 1\nentries:\n  - id: x\n   title: y\n", 4,
             "YAML syntax error: did not find expected '-' indicator while parsing a block collection"),
        ]
        for c in cases {
            let directory = try makeTemporaryDirectory("helpdesk-yaml")
            try Data(c.yaml.utf8).write(to: directory.appendingPathComponent("broken.yaml"))
            XCTAssertThrowsError(try KnowledgeBaseLoader().load(directory: directory.path), c.name) { error in
                let errors = (error as? KnowledgeBaseError)?.errors ?? []
                XCTAssertEqual(errors.map(\.message), [c.message], c.name)
                XCTAssertEqual(errors.first?.location.line, c.line, c.name)
            }
        }
    }
}
