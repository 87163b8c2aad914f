import XCTest
@testable import HelpdeskCore

final class UnknownNumberFilterTests: XCTestCase {
    /// The knowledge base's own words: "1234567" and "2fa" are known, other numbers are not.
    private let pipeline: TextPipeline = {
        let vocabulary = Vocabulary(words: ["code", "1234567", "2fa", "forgot", "password", "irs2go"], protected: [])
        return TextPipeline(stages: [Normalizer(), Tokenizer(), StemmingStage(), UnknownNumberFilter(vocabulary: vocabulary)])
    }()

    /// Question, terms kept, words reported as ignored.
    private static let cases: [(input: String, kept: [String], ignored: [String])] = [
        ("case number 12345678 forgot password", ["case", "number", "forgot", "password"], ["12345678"]),
        ("reference INC0012345 forgot password", ["refer", "forgot", "password"], ["inc0012345"]),
        ("since 11/20 forgot password", ["sinc", "11", "20", "forgot", "password"], []),  // short numbers are kept
        ("form 8879 forgot password", ["form", "8879", "forgot", "password"], []),
        ("what does code 1234567 mean", ["what", "doe", "code", "1234567", "mean"], []),  // a number the KB uses
        ("2fa code", ["2fa", "code"], []),
        ("irs2go app", ["irs2go", "app"], []),  // more letters than digits: a name, kept
        ("ab12345 form", ["form"], ["ab12345"]),  // five digits, more than its letters
        ("abcdef12345 form", ["abcdef12345", "form"], []),  // more letters than digits
        ("12345678 98765432", ["12345678", "98765432"], []),  // only numbers: all kept, nothing reported
        ("", [], []),
    ]

    func testUnknownNumbersDropped() {
        for c in Self.cases {
            let analysis = pipeline.analyze(c.input)
            XCTAssertEqual(analysis.terms, c.kept, c.input)
            XCTAssertEqual(analysis.stopWordsRemoved, c.ignored, c.input)
        }
    }
}
