import XCTest
@testable import HelpdeskCore
import TestSupport

/// A vocabulary stored in the model cache comes back the same, a damaged file is refused, and a pipeline built from
/// the stored vocabulary analyses exactly as one built from the KB's texts.
final class VocabularyCacheTests: XCTestCase {
    private let temporary = TemporaryPath("helpdesk-words")

    func testTheCacheDataComesBackWithTheSameWordsCountsAndStems() throws {
        let vocabulary = Vocabulary(words: ["password", "passwords", "reset", "reset", "id.me", "café"], protected: ["id.me"])
        let restored = try XCTUnwrap(Vocabulary(cacheData: vocabulary.cacheData, protected: ["id.me"]))
        XCTAssertEqual(restored.entries.map(\.word), vocabulary.entries.map(\.word))
        XCTAssertEqual(restored.entries.map(\.count), [2, 1, 1, 1, 1])
        XCTAssertEqual(restored.stems, vocabulary.stems)
        XCTAssertEqual(restored.wordsByStem, vocabulary.wordsByStem)
        XCTAssertEqual(restored.closest(to: Array("pasword".utf8), limit: 1), "password")
        XCTAssertTrue(restored.isProtected("id.me"))
        XCTAssertEqual(String(decoding: vocabulary.cacheData, as: UTF8.self).split(separator: "\n").first, "2 reset reset")
    }

    func testDamagedDataIsRefused() {
        let cases: [(String, String)] = [
            ("2 reset reset", "no line break at the end"),
            ("2 reset\n", "a missing stem"),
            ("2 reset reset extra\n", "a fourth field"),
            ("0 reset reset\n", "a zero count"),
            ("x reset reset\n", "a count that is not a number"),
            ("-1 reset reset\n", "a negative count"),
            ("2  reset\n", "an empty word"),
            ("2 reset reset\n1 reset reset\n", "a word twice"),
            ("99999999999999999999 reset reset\n", "a count too large"),
        ]
        for (text, reason) in cases {
            XCTAssertNil(Vocabulary(cacheData: Data(text.utf8), protected: []), reason)
        }
        XCTAssertEqual(Vocabulary(cacheData: Data(), protected: [])?.size, 0, "an empty vocabulary is a valid one")
    }

    func testAPipelineFromTheStoredVocabularyAnalysesTheSame() throws {
        let cache = ModelCache(directory: temporary.path)
        let (kb, _) = try KnowledgeBaseLoader().load(directory: PackagePaths.shippedKnowledgeBase)
        let fresh = TextPipeline(knowledgeBase: kb)
        _ = TextPipeline(knowledgeBase: kb, cache: cache)
        let stored = try FileManager.default.contentsOfDirectory(atPath: temporary.path).filter { $0.hasPrefix("words-") }
        XCTAssertEqual(stored.count, 1, "the first build stores the vocabulary")
        let cached = TextPipeline(knowledgeBase: kb, cache: cache)
        for question in ["I forgot my pasword for e-servces", "lost my phne, cant get the code", "ID.me says my identty failed"] {
            let a = fresh.analyze(question), b = cached.analyze(question)
            XCTAssertEqual(a.terms, b.terms, question)
            XCTAssertEqual(a.spellingFixes.map(\.to), b.spellingFixes.map(\.to), question)
            XCTAssertFalse(a.spellingFixes.isEmpty, "the question has a typo for the vocabulary to fix: \(question)")
        }
    }

    func testADamagedStoredVocabularyIsBuiltAgain() throws {
        let cache = ModelCache(directory: temporary.path)
        let (kb, _) = try KnowledgeBaseLoader().load(directory: PackagePaths.shippedKnowledgeBase)
        _ = TextPipeline(knowledgeBase: kb, cache: cache)
        let name = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: temporary.path).first { $0.hasPrefix("words-") })
        try "garbage".write(toFile: temporary.path + "/" + name, atomically: true, encoding: .utf8)
        let rebuilt = TextPipeline(knowledgeBase: kb, cache: cache)
        XCTAssertEqual(rebuilt.analyze("pasword").terms, TextPipeline(knowledgeBase: kb).analyze("pasword").terms)
        XCTAssertNotEqual(try String(contentsOfFile: temporary.path + "/" + name, encoding: .utf8), "garbage", "stored again")
    }
}
