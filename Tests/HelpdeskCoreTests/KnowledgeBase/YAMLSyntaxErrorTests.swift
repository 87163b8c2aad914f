import Foundation
import XCTest
@testable import HelpdeskCore
import TestSupport

/// YAML syntax errors read as one plain phrase at the right place.
final class YAMLSyntaxErrorTests: XCTestCase {
    func testMessagesOfBrokenFiles() throws {
        let cases: [(name: String, yaml: String, line: Int, message: String, entry: String?)] = [
            ("tab indentation", "version: 1\nentries:\n\t- id: a\n", 3, "YAML syntax error: a tab character; indent with spaces", nil),
            ("tab after spaces", "version: 1\nentries:\n  - id: a\n  \ttitle: t\n", 4, "YAML syntax error: a tab character; indent with spaces", "a"),
            ("a second document", "version: 1\nentries: []\n---\nversion: 1\n", 3,
             "YAML syntax error: expected a single document in the stream, but found another document", nil),
            ("bad indentation", "version: 1\nentries:\n  - id: x\n   title: y\n", 4,
             "YAML syntax error: did not find expected '-' indicator while parsing a block collection", "x"),
            // The quote left open on line 4 closed at the first quote of line 7; libyaml failed there, an entry later.
            ("unclosed quote", "version: 1\nentries:\n  - id: thanks\n    title: \"You are welcome\n    summary: s\n  - id: b\n    questions: [\"hi\"]\n", 4,
             "YAML syntax error: a quote opened here is not closed on its line, so YAML read on to line 7 "
                + "(did not find expected key while parsing a block mapping)", "thanks"),
            // A value holding ": " reads as a second key: the message says to quote it, and names the entry.
            ("colon in a value", "version: 1\nentries:\n  - id: gamma\n    title: Beta: the sequel\n    summary: s\n", 4,
             "YAML syntax error: mapping values are not allowed in this context; a value holding \": \" needs quotes", "gamma"),
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

    /// Each repeated key is reported where it stands again, with the line of the first and the entry it is in (libyaml
    /// named all of them in one error at the first key's first line, and no entry).
    func testEachDuplicateKeyIsReportedWhereItStandsAgain() throws {
        let yaml = """
            version: 1
            entries:
              - id: alpha
                title: Alpha
                title: Alpha again
                summary: s
                questions: [q one]
                last_reviewed: 2026-01-01
                last_reviewed: 2026-01-02
              - id: beta
                title: Beta
            """
        let directory = try makeTemporaryDirectory("helpdesk-yaml")
        try Data(yaml.utf8).write(to: directory.appendingPathComponent("a.yaml"))
        XCTAssertThrowsError(try KnowledgeBaseLoader().load(directory: directory.path)) { error in
            let errors = (error as? KnowledgeBaseError)?.errors ?? []
            XCTAssertEqual(errors.map(\.message), ["duplicate key 'title' (first at line 4); fix it to have the rest of this file checked",
                                                   "duplicate key 'last_reviewed' (first at line 8); fix it to have the rest of this file checked"])
            XCTAssertEqual(errors.map(\.location.line), [5, 9])
            XCTAssertEqual(errors.map(\.entryID), ["alpha", "alpha"])
        }
    }
}
