import XCTest
@testable import HelpdeskCore

final class TextPipelineTests: XCTestCase {
    /// A synonym group headed by a stop word is dropped as the word is, whatever the stemmer makes of its concept.
    private static let stopConcepts: [(question: String, terms: [String])] = [
        ("tried twice, account locked", ["account", "lock"]),    // "retried" is stemmed "retri"
        ("walk me through the reset", ["reset"]),                 // a concept the stemmer leaves alone
        ("retried the code", ["code"]),                           // the head word itself
        ("tried the code", ["tri", "code"]),                      // no group: a word like any other
    ]

    func testStopConceptsAreDropped() {
        var lexicon = Lexicon()
        lexicon.synonyms = [["retried", "tried twice"], ["walkthrough", "walk me through"], ["lock", "locked"]]
        lexicon.stopWords = ["retried", "walkthrough", "the", "me"]
        let kb = KnowledgeBase(entries: [Entry(id: "a", title: "Account locked", summary: "Locked.", questions: ["account locked"])],
                               lexicon: lexicon)
        let pipeline = TextPipeline(knowledgeBase: kb)
        for c in Self.stopConcepts {
            XCTAssertEqual(pipeline.analyze(c.question).terms, c.terms, c.question)
        }
    }
}
