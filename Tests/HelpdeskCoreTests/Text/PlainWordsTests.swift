import XCTest
@testable import HelpdeskCore

/// A plain text's words are what the normalizer and tokenizer make of it; any other text is left to them.
final class PlainWordsTests: XCTestCase {
    private let pipeline = TextPipeline(stages: [Normalizer(), Tokenizer()])

    func testPlainTextsAreCutAtTheirSpacesAsThePipelineCutsThem() {
        let table: [(text: String, expected: [String])] = [
            ("the", ["the"]),
            ("already reset", ["already", "reset"]),
            ("2fa code 6", ["2fa", "code", "6"]),
            (String(repeating: "a", count: Tokenizer.maximumTokenBytes), [String(repeating: "a", count: Tokenizer.maximumTokenBytes)]),
        ]
        for row in table {
            XCTAssertEqual(PlainWords.split(row.text), row.expected, row.text)
            XCTAssertEqual(pipeline.analyze(row.text).terms, row.expected, "the pipeline agrees: \(row.text)")
        }
    }

    func testOtherTextsAreLeftToThePipeline() {
        let table: [(text: String, reason: String)] = [
            ("", "empty"),
            ("The", "a capital"),
            ("it's", "an apostrophe (a contraction)"),
            ("log-in", "a dash"),
            ("two  spaces", "a run of spaces"),
            (" lead", "a space first"),
            ("trail ", "a space last"),
            ("contraseña", "another script"),
            ("tab\there", "a tab"),
            (String(repeating: "a", count: Tokenizer.maximumTokenBytes + 1), "a word longer than a token"),
        ]
        for row in table {
            XCTAssertNil(PlainWords.split(row.text), row.reason)
        }
    }
}
