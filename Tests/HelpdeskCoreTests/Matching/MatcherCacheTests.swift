import XCTest
@testable import HelpdeskCore
import TestSupport

/// A KB read from files keys the model cache on those files; a KB changed after loading never reuses that model.
final class MatcherCacheTests: XCTestCase {
    private let temporary = TemporaryPath("helpdesk-cache")
    private var cacheDirectory: String { temporary.path }

    private static let yaml = "version: 1\nentries:\n"
        + entryYAML(id: "reset", title: "Reset password", questions: ["forgot my password", "reset the password", "password reset link"])
        + "\n" + entryYAML(id: "phone", title: "New phone", questions: ["lost my phone", "new phone no code", "code never arrives"])

    private func cachedModels() -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: cacheDirectory))?.filter { $0.hasPrefix("model-") }.sorted() ?? []
    }

    func testLoaderSetsTheSourceDigestAndChangesClearIt() throws {
        let folder = try TemporaryKnowledgeBase(files: ["kb.yaml": Self.yaml])
        var kb = try KnowledgeBaseLoader().load(directory: folder.path).0
        let digest = try XCTUnwrap(kb.sourceDigest)
        XCTAssertEqual(try KnowledgeBaseLoader().load(directory: folder.path).0.sourceDigest, digest, "same files, same digest")
        let edited = try TemporaryKnowledgeBase(files: ["kb.yaml": Self.yaml.replacingOccurrences(of: "lost my phone", with: "lost my cell")])
        XCTAssertNotEqual(try KnowledgeBaseLoader().load(directory: edited.path).0.sourceDigest, digest)
        kb.entries[0].questions.removeFirst()
        XCTAssertNil(kb.sourceDigest, "an edited KB is no longer the files")
        var other = try KnowledgeBaseLoader().load(directory: folder.path).0
        other.outOfScope.append("weather")
        XCTAssertNil(other.sourceDigest)
    }

    func testASourceKeyedModelIsReusedOnlyForTheSameFiles() throws {
        let folder = try TemporaryKnowledgeBase(files: ["kb.yaml": Self.yaml])
        let cache = ModelCache(directory: cacheDirectory)
        let kb = try KnowledgeBaseLoader().load(directory: folder.path).0
        let first = Matcher(knowledgeBase: kb, cache: cache)
        // Stored twice: under the files' key (used by the next load) and under the analysed examples' key.
        XCTAssertEqual(cachedModels().count, 2)
        let second = Matcher(knowledgeBase: try KnowledgeBaseLoader().load(directory: folder.path).0, cache: cache)
        XCTAssertEqual(cachedModels().count, 2, "a second load of the same files trains nothing new")
        XCTAssertEqual(first.match("forgot my password").chosen?.id, second.match("forgot my password").chosen?.id)
        XCTAssertEqual(first.match("lost my phone").ranking.candidates.map(\.confidence),
                       second.match("lost my phone").ranking.candidates.map(\.confidence))
        var edited = kb
        edited.entries[1].questions = ["forgot my password again"]
        _ = Matcher(knowledgeBase: edited, cache: cache)
        XCTAssertEqual(cachedModels().count, 3, "an edited KB trains its own model under its examples' key only")
    }
}
