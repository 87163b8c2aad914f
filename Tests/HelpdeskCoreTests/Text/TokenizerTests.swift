import XCTest
@testable import HelpdeskCore

final class TokenizerTests: XCTestCase {
    private let pipeline = TextPipeline(stages: [Normalizer(), Tokenizer()])

    private func tokens(_ text: String) -> [Token] { pipeline.analyze(text).tokens }

    /// Input, its words, and the original text each word's range covers.
    private static let cases: [(input: String, words: [String], spans: [String])] = [
        ("ID.me e\u{2011}Services", ["id", "me", "e", "services"], ["ID", "me", "e", "Services"]),
        ("reset my password", ["reset", "my", "password"], ["reset", "my", "password"]),
        ("  spaced   out  ", ["spaced", "out"], ["spaced", "out"]),
        ("error 1234, code 2fa", ["error", "1234", "code", "2fa"], ["error", "1234", "code", "2fa"]),
        ("PTIN/CAF-TDS", ["ptin", "caf", "tds"], ["PTIN", "CAF", "TDS"]),
        ("ＭＦＡ code", ["mfa", "code"], ["ＭＦＡ", "code"]),
        ("café déjà", ["café", "déjà"], ["café", "déjà"]),
        // Chinese is written without spaces between words: each Han character is a word of its own, so the lexicon's
        // phrases of several characters can match inside a sentence. Other letters around them stay words.
        ("id.me的验证码收不到", ["id", "me", "的", "验", "证", "码", "收", "不", "到"], ["id", "me", "的", "验", "证", "码", "收", "不", "到"]),
        ("新iPhone，没有code", ["新", "iphone", "没", "有", "code"], ["新", "iPhone", "没", "有", "code"]),
        ("𠀋x", ["𠀋", "x"], ["𠀋", "x"]),
        ("Привет ĐỔI", ["привет", "đổi"], ["Привет", "ĐỔI"]),
        ("help!!!", ["help"], ["help"]),
        ("", [], []),
        ("?!., -", [], []),
    ]

    func testWordsAndTheirOriginalText() {
        for c in Self.cases {
            let found = tokens(c.input)
            XCTAssertEqual(found.map(\.text), c.words, c.input)
            XCTAssertEqual(found.map(\.surface), c.words, "surface equals text after tokenizing: \(c.input)")
            let original = Array(c.input.utf8)
            let spans = found.map { String(decoding: original[$0.range], as: UTF8.self) }
            XCTAssertEqual(spans, c.spans, c.input)
        }
    }

    func testByteRangesOfIDmeAndEServices() {
        // "e‑Services": the non-breaking hyphen is three bytes (7..<10), so "Services" starts at byte 10.
        XCTAssertEqual(tokens("ID.me e\u{2011}Services").map(\.range), [0..<2, 3..<5, 6..<7, 10..<18])
    }

    func testContractionRangesCoverTheContraction() {
        let found = tokens("I can't login")
        XCTAssertEqual(found.map(\.text), ["i", "can", "not", "login"])
        XCTAssertEqual(found[3].range, 8..<13)
        XCTAssertEqual(found[1].range, 2..<4, "'can' comes from \"ca\"")
        XCTAssertEqual(found[2].range, 4..<7, "'not' comes from \"n't\"")
        XCTAssertFalse(found[1].range.isEmpty)
        XCTAssertEqual(found[1].range.lowerBound, 2)
    }

    func testLongTokensAreCut() {
        let limit = Tokenizer.maximumTokenBytes
        let table: [(length: Int, expected: Int)] = [(limit - 1, limit - 1), (limit, limit), (limit + 1, limit), (10 * limit, limit)]
        for row in table {
            let found = tokens(String(repeating: "a", count: row.length) + " next")
            XCTAssertEqual(found.count, 2, "the rest of a long word is dropped, not made a second token (\(row.length))")
            XCTAssertEqual(found[0].text.utf8.count, row.expected, "\(row.length)")
            XCTAssertEqual(found[0].range, 0..<row.length, "the range still covers the whole word (\(row.length))")
            XCTAssertEqual(found[1].text, "next")
        }
    }

    func testLongMultibyteTokenIsCutWithinTheLimit() {
        // 1 + 2 × 40 bytes: a cut at 64 bytes falls inside an "é".
        let found = tokens("a" + String(repeating: "é", count: 40))
        XCTAssertEqual(found.count, 1)
        XCTAssertLessThanOrEqual(found[0].text.utf8.count, Tokenizer.maximumTokenBytes)
        XCTAssertFalse(found[0].text.unicodeScalars.contains("\u{FFFD}"))
        XCTAssertTrue(found[0].text.hasPrefix("a" + String(repeating: "é", count: 31)))
    }
}
