import XCTest
@testable import HelpdeskCore
import TestSupport

/// Hostile knowledge-base files: each gives one clear error naming the file, quickly and without blowing the stack.
final class HostileKnowledgeBaseTests: XCTestCase {
    private static let depth = 100_000

    private let cases: [(name: String, bytes: [UInt8], message: String)] = [
        ("flow lists nested 100,000 deep", Array(("version: 1\nentries: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n").utf8),
         "nested more than 1000 levels deep"),
        ("flow mappings nested 100,000 deep", Array(("version: 1\nentries: " + String(repeating: "{a: ", count: depth) + String(repeating: "}", count: depth) + "\n").utf8),
         "nested more than 1000 levels deep"),
        ("block lists nested 2,000 deep", Array(("version: 1\nentries:\n" + (1...2000).map { String(repeating: " ", count: $0) + "-\n" }.joined()).utf8),
         "nested more than 1000 levels deep"),
        ("alias bomb", Array(KnowledgeBaseLoaderTests.billionLaughs.utf8), "expands to more values than it holds"),
        ("binary garbage", (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }, "not UTF-8 text"),
        ("NUL byte", Array("version: 1\nentries: []\0\n".utf8), "holds a NUL byte"),
        ("invalid UTF-8", Array("version: 1\nentries: []\n# \u{00E9}".utf8.dropLast()) + [0xC3, 0x28], "not UTF-8 text"),
        ("too many values", Array(("version: 1\nout_of_scope: [" + String(repeating: "a,", count: YAMLStructureLimit.maximumMarks) + "a]\n").utf8),
         "more than 500000 YAML values"),
        ("too many list items", Array(("version: 1\nout_of_scope:\n" + String(repeating: "- a\n", count: YAMLStructureLimit.maximumMarks + 1)).utf8),
         "more than 500000 YAML values"),
        ("over the size limit", Array(("version: 1\n# " + String(repeating: "x", count: KnowledgeBaseLoader.maximumFileBytes) + "\n").utf8),
         "the limit is 16777216"),
        ("a list, not a mapping", Array("- version: 1\n".utf8), "expected a mapping (at the file), found a list"),
        ("a bare scalar", Array("just text\n".utf8), "expected a mapping (at the file), found 'just text'"),
        ("entries a mapping", Array("version: 1\nentries:\n  id: a\n".utf8), "expected a list (at entries), found a mapping"),
        ("version a list", Array("version: [1]\nentries: []\n".utf8), "expected a whole number (at version)"),
        ("questions a number", Array(("version: 1\nentries:\n" + entryYAML(id: "a").replacingOccurrences(of: "questions:\n      - a question", with: "questions: 42")).utf8),
         "expected a list (at entries[0].questions), found '42'"),
        ("an entry that is an alias", Array("version: 1\nx: &x 1\nentries: [*x]\n".utf8), "unknown key 'x'"),
        ("unclosed quote", Array("version: 1\nentries:\n  - id: \"a\n".utf8), "YAML syntax error"),
        ("tab indentation", Array("version: 1\nentries:\n\t- id: a\n".utf8), "YAML syntax error"),
        ("byte-order mark and CRLF", Array("\u{FEFF}version: 1\r\nentrys: []\r\n".utf8), "unknown key 'entrys'"),
        ("text over several lines where a mapping belongs", Array("version: 1\nentries:\n  - >-\n    one\n\n    two\n".utf8),
         "expected a mapping (at entries[0]), found 'one\\ntwo'"),
        ("a key with a line break", Array("version: 1\n\"entr\\nies\": []\n".utf8), "unknown key 'entr\\nies'"),
        ("a second document", Array("version: 1\nentries: []\n---\nversion: 1\n".utf8), "YAML syntax error"),
    ]

    func testEachHostileFileGivesAClearErrorNamingTheFile() throws {
        for c in cases {
            let directory = try makeTemporaryDirectory("helpdesk-hostile")
            try Data(c.bytes).write(to: directory.appendingPathComponent("hostile.yaml"))
            let started = Date()
            let errors: [Diagnostic]
            do {
                _ = try KnowledgeBaseLoader().load(directory: directory.path)
                XCTFail("\(c.name): loaded")
                continue
            } catch let error as KnowledgeBaseError {
                errors = error.errors
            }
            let seconds = Date().timeIntervalSince(started)
            XCTAssertLessThan(seconds, 10, "\(c.name): took \(seconds) s")
            let hit = errors.first { $0.message.contains(c.message) }
            XCTAssertNotNil(hit, "\(c.name): expected '\(c.message)' in \(errors.map(\.description))")
            XCTAssertTrue(hit?.location.file.hasSuffix("hostile.yaml") ?? false, "\(c.name): names the file")
            for error in errors { XCTAssertFalse(error.description.contains("\n"), "\(c.name): one line: \(error)") }
        }
    }

    func testADeviceOrPipeNamedYAMLIsRefusedWithoutReadingIt() throws {
        let directory = try makeTemporaryDirectory("helpdesk-hostile")
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("zero.yaml").path, withDestinationPath: "/dev/zero")
        XCTAssertEqual(mkfifo(directory.appendingPathComponent("pipe.yaml").path, 0o600), 0)
        try "version: 1\nentries:\n".appending(entryYAML(id: "a")).write(to: directory.appendingPathComponent("real.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("link.yaml").path, withDestinationPath: "real.yaml")
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("gone.yaml").path, withDestinationPath: "none.yaml")
        do {
            _ = try KnowledgeBaseLoader().load(directory: directory.path)
            XCTFail("loaded")
        } catch let error as KnowledgeBaseError {
            let errors = error.errors.map { "\(($0.location.file as NSString).lastPathComponent): \($0.message)" }
            XCTAssertTrue(errors.contains("zero.yaml: not a regular file"), "\(errors)")
            XCTAssertTrue(errors.contains("pipe.yaml: not a regular file"), "\(errors)")
            XCTAssertTrue(errors.contains("gone.yaml: cannot read the file: No such file or directory"), "the system's reason: \(errors)")
            XCTAssertTrue(errors.contains { $0.hasPrefix("real.yaml: duplicate id 'a'") && $0.contains("link.yaml") },
                          "a link is read like its target: \(errors)")
        }
    }

    func testStructureMarksCountOnlyIndicators() {
        let table: [(String, Int)] = [
            ("", 0), ("e-Services 2026-11-27", 0), ("a: b", 1), ("- a\n- b\n", 2), ("[a, b]", 2), ("{a: 1}", 2),
            ("-", 1), ("? a\n: b", 2), ("https://x", 1), ("-x -y", 0),
        ]
        for (text, expected) in table {
            let count = Array(text.utf8).withUnsafeBytes { YAMLStructureLimit.marks(in: $0) }
            XCTAssertEqual(count, expected, text)
        }
    }

    func testTheShippedFilesAreFarBelowTheLimits() throws {
        let files = try KnowledgeBaseLoader().yamlFiles(in: PackagePaths.shippedKnowledgeBase)
        for file in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            XCTAssertLessThan(data.count, KnowledgeBaseLoader.maximumFileBytes / 100, file)
            XCTAssertLessThan(data.withUnsafeBytes { YAMLStructureLimit.marks(in: $0) }, YAMLStructureLimit.maximumMarks / 50, file)
        }
    }
}
