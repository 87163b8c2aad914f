import XCTest
@testable import HelpdeskCore

final class StopWordFilterTests: XCTestCase {
    private let pipeline = TextPipeline(stages: [
        Normalizer(), Tokenizer(), StemmingStage(), StopWordFilter(stopWords: ["the", "my", "to", "a", "is"]),
    ])

    /// Question, terms kept, words reported as removed.
    private static let cases: [(input: String, kept: [String], removed: [String])] = [
        ("reset my password", ["reset", "password"], ["my"]),
        ("The password is wrong", ["password", "wrong"], ["the", "is"]),
        ("reset password", ["reset", "password"], []),
        ("the the the", ["the", "the", "the"], []),  // only stop words: all kept, nothing reported
        ("to my", ["to", "my"], []),
        ("", [], []),
        ("theme mystery", ["theme", "mysteri"], []),  // whole words only
    ]

    func testStopWordsDropped() {
        for c in Self.cases {
            let analysis = pipeline.analyze(c.input)
            XCTAssertEqual(analysis.terms, c.kept, c.input)
            XCTAssertEqual(analysis.stopWordsRemoved, c.removed, c.input)
        }
    }

    func testMatchesTheSurfaceOrTheStem() {
        var analysis = Analysis("x")
        analysis.tokens = [
            Token(text: "go", surface: "going", range: 0..<5),   // stem listed
            Token(text: "abov", surface: "above", range: 6..<11),  // surface listed
            Token(text: "code", range: 12..<16),
        ]
        StopWordFilter(stopWords: ["go", "above"]).apply(to: &analysis)
        XCTAssertEqual(analysis.terms, ["code"])
        XCTAssertEqual(analysis.stopWordsRemoved, ["going", "above"])
    }
}
