import XCTest
@testable import HelpdeskCore
import TestSupport

final class StemmingStageTests: XCTestCase {
    private func stems(_ text: String, _ stage: StemmingStage) -> [String] {
        var analysis = Analysis(text)
        Normalizer().apply(to: &analysis)
        Tokenizer().apply(to: &analysis)
        stage.apply(to: &analysis)
        return analysis.terms
    }

    func testStemsEveryWordButProtectedOnes() {
        let table: [(text: String, protected: Set<String>, expected: [String])] = [
            ("resetting passwords", [], ["reset", "password"]),
            ("verified accounts", ["accounts"], ["verifi", "accounts"]),
            ("", [], []),
        ]
        for row in table {
            XCTAssertEqual(stems(row.text, StemmingStage(protected: row.protected)), row.expected, row.text)
        }
    }

    func testKnownStemsGiveWhatTheStemmerGives() throws {
        let kb = try PackagePaths.loadShipped()
        let words = kb.vocabularyTexts.flatMap { TextPipeline(stages: [Normalizer(), Tokenizer()]).analyze($0).terms }
        let vocabulary = Vocabulary(words: words, protected: [])
        let stemmer = Stemmer()
        XCTAssertFalse(vocabulary.stems.isEmpty)
        for (word, stem) in vocabulary.stems { XCTAssertEqual(stem, stemmer.stem(word), word) }
        let text = kb.entries.flatMap(\.questions).prefix(200).joined(separator: " ")
        XCTAssertEqual(stems(text, StemmingStage(known: vocabulary.stems)), stems(text, StemmingStage()))
    }
}
