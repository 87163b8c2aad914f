import XCTest
@testable import HelpdeskCore
import TestSupport

final class KnowledgeBaseLoaderTests: XCTestCase {
    /// Each kind of problem, the file text that causes it, the message it must give and the line it must name.
    private let cases: [(name: String, yaml: String, message: String, line: Int)] = [
        ("syntax error", "version: 1\nentries:\n  - id: a\n    title: [unclosed\n", "YAML syntax error", 5),
        ("unknown top-level key", "version: 1\nentrys: []\n", "unknown key 'entrys'", 2),
        ("unknown entry key", "version: 1\nentries:\n" + entryYAML(id: "a", extra: "    colour: red"), "unknown key 'colour'", 10),
        ("wrong type", "version: 1\nentries:\n" + entryYAML(id: "a", extra: "    steps: just one string"), "expected a list", 10),
        ("missing required key", "version: 1\nentries:\n  - id: a\n    title: T\n    summary: S\n    questions: [q]\n    source: s\n",
         "missing required key 'last_reviewed'", 3),
        ("empty questions", "version: 1\nentries:\n  - id: a\n    title: T\n    summary: S\n    questions: []\n    source: s\n    last_reviewed: 2026-01-01\n",
         "at least one example question", 6),
        ("malformed phone", "version: 1\nentries:\n" + entryYAML(id: "a", extra: "    contacts:\n      - name: IRS\n        phone: 555-12"),
         "malformed phone number '555-12'", 12),
        ("entry threshold out of range", "version: 1\nentries:\n" + entryYAML(id: "a", extra: "    answer_threshold: 1.5"),
         "answer_threshold must be between 0 and 1, found 1.5", 10),
        ("unsupported version", "version: 2\nentries: []\n", "unsupported version 2", 1),
        ("missing version", "entries:\n" + entryYAML(id: "a"), "missing required key 'version'", 1),
        ("bad id", "version: 1\nentries:\n" + entryYAML(id: "Bad_ID"), "must be kebab-case", 3),
        ("bad date", "version: 1\nentries:\n  - id: a\n    title: T\n    summary: S\n    questions: [q]\n    source: s\n    last_reviewed: 2026-02-30\n",
         "not a date", 8),
        ("unknown related id", "version: 1\nentries:\n" + entryYAML(id: "a", extra: "    related: [nowhere]"), "related id 'nowhere' does not exist", 10),
        ("entry related to itself", "version: 1\nentries:\n" + entryYAML(id: "a", extra: "    related: [a]"),
         "related lists the entry's own id 'a'", 10),
        ("duplicate id, the second entry with an error of its own", "version: 1\nentries:\n" + entryYAML(id: "a") + "\n"
            + entryYAML(id: "a", questions: ["other"], extra: "    colour: red"), "duplicate id 'a'; first defined at", 11),
        ("duplicate id, the first entry with an error of its own", "version: 1\nentries:\n"
            + entryYAML(id: "a", extra: "    colour: red") + "\n" + entryYAML(id: "a", questions: ["other"]), "duplicate id 'a'; first defined at", 11),
        // Where the key stands again (libyaml gives the first one's line).
        ("duplicate key", "version: 1\nversion: 1\nentries: []\n", "duplicate key", 2),
        ("alias bomb", KnowledgeBaseLoaderTests.billionLaughs, "expands to more values than it holds", 1),
        ("null title", "version: 1\nentries:\n  - id: a\n    title: ~\n    summary: S\n    questions: [q]\n    source: s\n    last_reviewed: 2026-01-01\n",
         "expected text (at entries[0].title), found nothing", 4),
        ("empty title", "version: 1\nentries:\n  - id: a\n    title:\n    summary: S\n    questions: [q]\n    source: s\n    last_reviewed: 2026-01-01\n",
         "expected text (at entries[0].title), found nothing", 4),
        ("null in a list", "version: 1\nentries:\n  - id: a\n    title: T\n    summary: S\n    questions: [q, null]\n    source: s\n    last_reviewed: 2026-01-01\n",
         "found nothing", 6),
        ("empty file", "", "the file is empty; it needs 'version: 1'", 1),
        ("only comments", "# nothing here yet\n", "the file is empty; it needs 'version: 1'", 1),
        ("question in two entries", "version: 1\nentries:\n" + entryYAML(id: "a", questions: ["Forgot my password"]) + "\n"
            + entryYAML(id: "b", questions: ["new phone", "forgot  my password?"]),
         "question \"forgot  my password?\" is also entry 'a'", 16),
        ("question also off topic", "version: 1\nentries:\n" + entryYAML(id: "a", questions: ["what is the weather"]) + "\nout_of_scope: [What is the weather?]\n",
         "question \"what is the weather\" is also an out_of_scope example", 7),
        ("more candidates than a ranking keeps", "version: 1\nentries:\n" + entryYAML(id: "a") + "\nmatcher:\n  candidates: 11\n",
         "matcher.candidates must be 1 to 10", 12),
    ]

    static let billionLaughs: String = {
        var lines = ["version: 1", "a: &a [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            let previous = String(UnicodeScalar(UInt8(96 + level)))
            let name = String(UnicodeScalar(UInt8(97 + level)))
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    func testEachProblemNamesFileLineAndMessage() throws {
        for c in cases {
            let kb = try TemporaryKnowledgeBase(files: ["kb.yaml": c.yaml])
            let errors = kb.diagnostics().filter { $0.severity == .error }
            let hit = errors.first { $0.message.contains(c.message) }
            XCTAssertNotNil(hit, "\(c.name): expected '\(c.message)' in \(errors.map(\.description))")
            XCTAssertEqual(hit?.location.line, c.line, "\(c.name): line")
            XCTAssertTrue(hit?.location.file.hasSuffix("kb.yaml") ?? false, "\(c.name): file")
        }
    }

    /// A folder that may not be listed is said to be unreadable, with the system's reason; it was reported as having no
    /// YAML files. (Root may list any folder, so the check needs another user.)
    func testAFolderThatMayNotBeListedSaysSo() throws {
        try XCTSkipIf(getuid() == 0, "root may read any folder")
        let kb = try TemporaryKnowledgeBase(files: ["kb.yaml": "version: 1\nentries: []\n"])
        XCTAssertEqual(chmod(kb.path, 0o000), 0)
        defer { chmod(kb.path, 0o755) }
        XCTAssertEqual(kb.diagnostics().map(\.message), ["cannot read the knowledge-base folder: Permission denied"])
    }

    /// A question an entry gives twice is a warning (it would weigh double), not an error.
    func testAQuestionGivenTwiceInOneEntryIsAWarning() throws {
        let kb = try TemporaryKnowledgeBase(files: ["kb.yaml": "version: 1\nentries:\n" + entryYAML(id: "a", questions: ["same q", "other", "Same  Q."])])
        let diagnostics = kb.diagnostics()
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }.map(\.description), [])
        let warning = try XCTUnwrap(diagnostics.first { $0.message.contains("is given twice in this entry") }, "\(diagnostics)")
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertTrue(warning.message.contains("\"Same  Q.\""), warning.message)
        XCTAssertEqual(warning.entryID, "a")
    }

    func testEntryProblemsNameTheEntry() throws {
        let kb = try TemporaryKnowledgeBase(files: ["kb.yaml": "version: 1\nentries:\n" + entryYAML(id: "my-entry", extra: "    colour: red")])
        XCTAssertEqual(kb.diagnostics().first?.entryID, "my-entry")
        XCTAssertTrue(kb.diagnostics().first?.description.contains("(entry 'my-entry')") ?? false)
    }

    func testReportsEveryProblemNotJustTheFirst() throws {
        let yaml = "version: 1\nentries:\n" + entryYAML(id: "a", extra: "    colour: red\n    shade: blue")
            + "\n" + entryYAML(id: "b", questions: ["another question"], extra: "    related: [zzz]")
        let kb = try TemporaryKnowledgeBase(files: ["kb.yaml": yaml])
        XCTAssertEqual(kb.diagnostics().filter { $0.severity == .error }.count, 3)
    }

    /// An entry left out for its own error is reported once: links to it from other files are no new errors, nor
    /// are links into a file that could not be parsed or is of another version.
    func testARejectedEntryOrFileGivesNoFollowOnErrors() throws {
        let linking = "version: 1\nentries:\n" + entryYAML(id: "links", questions: ["q1"], extra: "    related: [bad]")
        let rejected = try TemporaryKnowledgeBase(files: [
            "a.yaml": linking,
            "b.yaml": "version: 1\nentries:\n" + entryYAML(id: "bad", questions: ["q2"], extra: "    colour: red"),
        ])
        XCTAssertTrue(rejected.diagnostics().first?.message.contains("unknown key 'colour'") ?? false)
        XCTAssertEqual(rejected.diagnostics().count, 1, rejected.diagnostics().map(\.description).joined(separator: "\n"))
        let unparsed = try TemporaryKnowledgeBase(files: ["a.yaml": linking, "b.yaml": "version: 1\nentries:\n  - id: [bad\n"])
        XCTAssertEqual(unparsed.diagnostics().count, 1, unparsed.diagnostics().map(\.description).joined(separator: "\n"))
        XCTAssertTrue(unparsed.diagnostics()[0].message.contains("YAML syntax error"))
        // A file of another version is not read: links to its entries were reported as missing too.
        let otherVersion = try TemporaryKnowledgeBase(files: [
            "a.yaml": linking, "b.yaml": "version: 2\nentries:\n" + entryYAML(id: "bad", questions: ["q2"]),
        ])
        XCTAssertEqual(otherVersion.diagnostics().map(\.message), ["unsupported version 2; this helpdesk reads version 1"])
    }

    /// A duplicate id is reported in the same run as the entries' own errors (it was reported only once they were fixed).
    func testADuplicateIDIsReportedWithTheEntrysOwnErrors() throws {
        let kb = try TemporaryKnowledgeBase(files: [
            "a.yaml": "version: 1\nentries:\n" + entryYAML(id: "same", extra: "    related: [same]"),
            "b.yaml": "version: 1\nentries:\n" + entryYAML(id: "same", questions: ["other"], extra: "    colour: red"),
        ])
        let errors = kb.diagnostics().filter { $0.severity == .error }.map(\.description)
        XCTAssertEqual(errors.count, 3, errors.joined(separator: "\n"))
        let expected = ["b.yaml:10:5: error: unknown key 'colour'", "b.yaml:3:5: error: duplicate id 'same'; first defined at ",
                        "a.yaml:10:14: error: related lists the entry's own id 'same'"]
        for part in expected {
            XCTAssertTrue(errors.contains { $0.contains(part) }, "\(part) in \(errors.joined(separator: "\n"))")
        }
    }

    func testDuplicateIDsAcrossFilesNameTheFirstDefinition() throws {
        let kb = try TemporaryKnowledgeBase(files: [
            "a.yaml": "version: 1\nentries:\n" + entryYAML(id: "same"),
            "b.yaml": "version: 1\nentries:\n" + entryYAML(id: "same"),
        ])
        let errors = kb.diagnostics()
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors[0].message.contains("duplicate id 'same'"))
        XCTAssertTrue(errors[0].message.contains("a.yaml:3"), errors[0].message)
        XCTAssertTrue(errors[0].location.file.hasSuffix("b.yaml"))
    }

    func testValidKnowledgeBaseLoadsEveryKey() throws {
        let yaml = """
            version: 1
            entries:
              - id: reset
                title: Reset
                summary: How to reset.
                questions: [forgot password, reset it]
                keywords: [reset]
                steps: [one, two]
                tips: [a tip]
                contacts:
                  - name: Desk
                    phone: 866-255-0654
                    hours: posted hours
                    url: example.invalid
                    when: always
                escalation: Call the desk.
                follow_ups:
                  - questions: [how long]
                    answer: Ten minutes.
                related: [other]
                answer_threshold: 0.25
                source: test
                last_reviewed: 2026-01-02
            \(entryYAML(id: "other"))
            out_of_scope: [reset my printer]
            lexicon:
              synonyms: [[phone, cell]]
              spelling: {pasword: password}
              stop_words: [the]
              protected: [mfa]
            fallback:
              title: No idea
              summary: Not covered.
            matcher:
              answer_threshold: 0.5
              clarify_margin: 0.1
              candidates: 4
              also_close: 0.45
            """
        let dir = try TemporaryKnowledgeBase(files: ["kb.yml": yaml])
        let (kb, warnings) = try KnowledgeBaseLoader().load(directory: dir.path)
        XCTAssertEqual(warnings, [])
        let entry = try XCTUnwrap(kb.entry(id: "reset"))
        XCTAssertEqual(entry.steps, ["one", "two"])
        XCTAssertEqual(entry.contacts.first?.phone, "866-255-0654")
        XCTAssertEqual(entry.followUps.first?.answer, "Ten minutes.")
        XCTAssertEqual(entry.lastReviewed.description, "2026-01-02")
        XCTAssertEqual(entry.answerThreshold, 0.25)
        XCTAssertNil(try XCTUnwrap(kb.entry(id: "other")).answerThreshold)
        XCTAssertEqual(kb.outOfScope, ["reset my printer"])
        XCTAssertEqual(kb.lexicon.spelling["pasword"], "password")
        XCTAssertEqual(kb.fallback.title, "No idea")
        XCTAssertEqual(kb.settings.answerThreshold, 0.5)
        XCTAssertEqual(kb.settings.candidateCount, 4)
        XCTAssertEqual(kb.settings.alsoClose, 0.45)
    }

    func testQuotedNullAndNumbersAreText() throws {
        let yaml = "version: 1\nentries:\n" + entryYAML(id: "a", title: "\"null\"", questions: ["'~'", "1099", "true"])
        let folder = try TemporaryKnowledgeBase(files: ["kb.yaml": yaml])
        let entry = try XCTUnwrap(KnowledgeBaseLoader().load(directory: folder.path).0.entry(id: "a"))
        XCTAssertEqual(entry.title, "null")
        XCTAssertEqual(entry.questions, ["~", "1099", "true"])
    }

    func testMissingFolderIsAnError() {
        XCTAssertThrowsError(try KnowledgeBaseLoader().load(directory: "/nonexistent/helpdesk-kb"))
    }

    func testShippedKnowledgeBaseHasNoErrors() throws {
        let (kb, _) = try KnowledgeBaseLoader().load(directory: PackagePaths.shippedKnowledgeBase)
        XCTAssertGreaterThanOrEqual(kb.entries.count, 19)
    }
}
