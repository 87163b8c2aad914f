import XCTest
@testable import HelpdeskCore

/// A KB loaded with a cache comes back from its snapshot, equal in every part, until a file changes.
final class KnowledgeBaseSnapshotTests: XCTestCase {
    private let temporary = TemporaryPath("helpdesk-cache")
    private var cacheDirectory: String { temporary.path }

    private func snapshots() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cacheDirectory)) ?? []).filter { $0.hasPrefix("kb-") }
    }

    private func assertSame(_ a: KnowledgeBase, _ b: KnowledgeBase, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.entries, b.entries, file: file, line: line)
        XCTAssertEqual(a.outOfScope, b.outOfScope, file: file, line: line)
        XCTAssertEqual(a.lexicon, b.lexicon, file: file, line: line)
        XCTAssertEqual(a.fallback, b.fallback, file: file, line: line)
        XCTAssertEqual(a.settings, b.settings, file: file, line: line)
        XCTAssertEqual(a.origin, b.origin, file: file, line: line)
        XCTAssertEqual(a.sourceDigest, b.sourceDigest, file: file, line: line)
    }

    func testTheShippedKnowledgeBaseComesBackWhole() throws {
        let cache = ModelCache(directory: cacheDirectory)
        let (parsed, warnings) = try KnowledgeBaseLoader().load(directory: PackagePaths.shippedKnowledgeBase)
        let (first, _) = try KnowledgeBaseLoader().load(directory: PackagePaths.shippedKnowledgeBase, cache: cache)
        XCTAssertEqual(snapshots().count, 1)
        let (second, secondWarnings) = try KnowledgeBaseLoader().load(directory: PackagePaths.shippedKnowledgeBase, cache: cache)
        assertSame(parsed, first)
        assertSame(parsed, second)
        XCTAssertEqual(secondWarnings, warnings)
        XCTAssertNotNil(second.lexicon.dictionary, "the word list is opened again from its path")
        XCTAssertTrue(second.lexicon.dictionary?.contains("chance") ?? false)
    }

    func testAChangedFileIsParsedAgain() throws {
        let cache = ModelCache(directory: cacheDirectory)
        let yaml = "version: 1\nentries:\n" + entryYAML(id: "a", extra: "    related: [b]") + "\n" + entryYAML(id: "b", questions: ["other"])
        let folder = try TemporaryKnowledgeBase(files: ["kb.yaml": yaml])
        let (parsed, _) = try KnowledgeBaseLoader().load(directory: folder.path, cache: cache)
        let (cached, _) = try KnowledgeBaseLoader().load(directory: folder.path, cache: cache)
        assertSame(parsed, cached)
        try (yaml + "out_of_scope: [weather]\n").write(toFile: folder.path + "/kb.yaml", atomically: true, encoding: .utf8)
        let (changed, _) = try KnowledgeBaseLoader().load(directory: folder.path, cache: cache)
        XCTAssertEqual(changed.outOfScope, ["weather"])
        XCTAssertNotEqual(changed.sourceDigest, parsed.sourceDigest)
        XCTAssertEqual(snapshots().count, 2)
    }

    func testACopyElsewhereHasItsOwnSnapshot() throws {
        let cache = ModelCache(directory: cacheDirectory)
        let yaml = "version: 1\nentries:\n" + entryYAML(id: "a")
        let first = try TemporaryKnowledgeBase(files: ["kb.yaml": yaml])
        let copy = try TemporaryKnowledgeBase(files: ["kb.yaml": yaml])
        let (a, _) = try KnowledgeBaseLoader().load(directory: first.path, cache: cache)
        let (b, _) = try KnowledgeBaseLoader().load(directory: copy.path, cache: cache)
        XCTAssertEqual(snapshots().count, 2)
        XCTAssertEqual(a.sourceDigest, b.sourceDigest, "the same files train the same model")
        XCTAssertTrue(b.entries[0].location.file.hasPrefix(copy.path), b.entries[0].location.file)
        XCTAssertEqual(b.origin, copy.path)
    }

    func testAKnowledgeBaseWithErrorsIsNeverStored() throws {
        let cache = ModelCache(directory: cacheDirectory)
        let folder = try TemporaryKnowledgeBase(files: ["kb.yaml": "version: 1\nentries:\n  - id: a\n    title: T\n    colour: red\n"])
        for _ in 0..<2 {
            XCTAssertThrowsError(try KnowledgeBaseLoader().load(directory: folder.path, cache: cache))
        }
        XCTAssertTrue(snapshots().isEmpty)
    }

    func testACorruptSnapshotIsIgnored() throws {
        let cache = ModelCache(directory: cacheDirectory)
        let folder = try TemporaryKnowledgeBase(files: ["kb.yaml": "version: 1\nentries:\n" + entryYAML(id: "a")])
        let (parsed, _) = try KnowledgeBaseLoader().load(directory: folder.path, cache: cache)
        let name = try XCTUnwrap(snapshots().first)
        try "{not json".write(toFile: cacheDirectory + "/" + name, atomically: true, encoding: .utf8)
        let (again, _) = try KnowledgeBaseLoader().load(directory: folder.path, cache: cache)
        assertSame(parsed, again)
    }
}
