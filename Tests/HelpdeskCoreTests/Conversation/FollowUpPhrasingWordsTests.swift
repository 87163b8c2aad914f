import XCTest
@testable import HelpdeskCore
import TestSupport

/// The follow-up phrasings' words come from the phrasings and from the synonym groups that hold a whole phrasing, and
/// come back the same from the model cache; a damaged stored list is refused and built again.
final class FollowUpPhrasingWordsTests: XCTestCase {
    private let temporary = TemporaryPath("helpdesk-phrasings")

    private var lexicon: Lexicon {
        var lexicon = Lexicon()
        lexicon.followUpPhrasings = [.next: ["What next?"], .contacts: ["what's the number"]]
        lexicon.synonyms = [["next step", "what next", "qué sigue"], ["reset", "restablecer"], ["Número", "phone number"]]
        return lexicon
    }

    func testTheWordsAreThePhrasingsAndTheGroupsThatHoldAWholePhrasing() {
        let words = FollowUpPhrasingWords(lexicon: lexicon).words
        XCTAssertEqual(words, ["what", "next", "s", "the", "number", "step", "qué", "sigue"])
    }

    func testTheCacheDataComesBackTheSame() throws {
        let table: [Lexicon] = [lexicon, Lexicon()]
        for lexicon in table {
            let words = FollowUpPhrasingWords(lexicon: lexicon)
            XCTAssertEqual(try XCTUnwrap(FollowUpPhrasingWords(cacheData: words.cacheData)), words, "\(words.words)")
        }
    }

    func testDamagedDataIsRefused() {
        let cases: [(String, String)] = [
            ("what\n\nnext", "an empty line"),
            ("what\n", "a line break at the end"),
            ("what next", "a space in a word"),
            ("what\r\nnext", "a carriage return"),
        ]
        for (text, reason) in cases {
            XCTAssertNil(FollowUpPhrasingWords(cacheData: Data(text.utf8)), reason)
        }
    }

    func testAMatcherReadsTheStoredWordsAndBuildsADamagedListAgain() throws {
        let cache = ModelCache(directory: temporary.path)
        let (kb, _) = try KnowledgeBaseLoader().load(directory: PackagePaths.shippedKnowledgeBase)
        let built = FollowUpPhrasingWords(lexicon: kb.lexicon)
        XCTAssertEqual(Matcher(knowledgeBase: kb, cache: cache).followUpPhrasingWords, built)
        let name = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: temporary.path).first { $0.hasPrefix("phrasings-") },
                                 "the first matcher stores the words")
        XCTAssertEqual(Matcher(knowledgeBase: kb, cache: cache).followUpPhrasingWords, built)
        try "what next".write(toFile: temporary.path + "/" + name, atomically: true, encoding: .utf8)
        XCTAssertEqual(Matcher(knowledgeBase: kb, cache: cache).followUpPhrasingWords, built)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: temporary.path + "/" + name)), built.cacheData, "stored again")
    }
}
