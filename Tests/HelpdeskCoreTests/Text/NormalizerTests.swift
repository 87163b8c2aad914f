import XCTest
@testable import HelpdeskCore

final class NormalizerTests: XCTestCase {
    private func normalize(_ text: String) -> Analysis {
        var analysis = Analysis(text)
        Normalizer().apply(to: &analysis)
        return analysis
    }

    /// Input and the normalized text it must become.
    private static let cases: [(input: String, normalized: String, note: String)] = [
        // Unicode compatibility forms and case
        ("ＩＤ．ｍｅ ｐａｓｓｗｏｒｄ", "id.me password", "full-width letters and dot"),
        ("Reset My PASSWORD", "reset my password", "ASCII case"),
        ("ÉTAPE", "étape", "non-ASCII case"),
        ("kho\u{0301}a", "khóa", "a letter and its combining accent composed, as most keyboards write it"),
        ("\u{0110}O\u{0302}\u{0309}I", "đổi", "a capital and two combining marks"),
        ("ﬁle", "file", "ligature fi"),
        ("①", "1", "circled digit"),
        // Dashes
        ("e\u{2011}Services", "e-services", "non-breaking hyphen (U+2011)"),
        ("e\u{2010}file", "e-file", "hyphen (U+2010)"),
        ("2024\u{2013}2025", "2024-2025", "en dash"),
        ("ID.me\u{2014}the sign-in", "id.me-the sign-in", "em dash"),
        ("5\u{2212}3", "5-3", "minus sign"),
        ("e\u{FE63}file", "e-file", "small hyphen-minus"),
        ("e\u{FF0D}file", "e-file", "full-width hyphen-minus"),
        // Apostrophes, through contractions
        ("can\u{2019}t", "can not", "right single quote"),
        ("can\u{2018}t", "can not", "left single quote"),
        ("can\u{02BC}t", "can not", "modifier letter apostrophe"),
        ("can\u{00B4}t", "can not", "acute accent"),
        ("can\u{FF07}t", "can not", "full-width apostrophe"),
        // Contractions
        ("can't", "can not", "can't"),
        ("won't", "will not", "won't"),
        ("shan't", "shall not", "shan't"),
        ("doesn't", "does not", "doesn't"),
        ("Didn't get it", "did not get it", "didn't, capitalised"),
        ("I'm locked out", "i locked out", "'m dropped"),
        ("it's broken", "it broken", "'s dropped"),
        ("they're here, we've tried, you'll see, he'd know", "they here, we tried, you see, he know", "other clitics dropped"),
        ("'quoted'", "'quoted'", "quotes not between letters stay"),
        ("rock 'n' roll", "rock 'n' roll", "apostrophe next to a space stays"),
        // Invisible characters and spaces
        ("pass\u{200B}word", "password", "zero-width space"),
        ("pass\u{200C}word", "password", "zero-width non-joiner"),
        ("pass\u{200D}word", "password", "zero-width joiner"),
        ("\u{FEFF}password", "password", "byte-order mark"),
        ("new\u{00A0}phone", "new phone", "non-breaking space"),
        ("new\u{202F}phone", "new phone", "narrow no-break space"),
        ("new\u{3000}phone", "new phone", "ideographic space"),
        ("\u{201C}reset\u{201D}", "\"reset\"", "curly double quotes"),
        // Emoji and symbols separate words
        ("\u{1F512}\u{1F4F1} lost phone \u{1F62D}", "   lost phone  ", "emoji"),
        ("lost\u{1F4F1}\u{FE0F}phone", "lost phone", "emoji with a variation selector between words"),
        ("thanks\u{1F44D}\u{1F3FD}", "thanks  ", "emoji with a skin-tone modifier"),
        ("\u{2192} reset \u{2713}", "  reset  ", "arrow and check mark"),
        ("contrase\u{00F1}a \u{0436}\u{0434}\u{0443}", "contrase\u{00F1}a \u{0436}\u{0434}\u{0443}", "letters of any script stay"),
        ("cafe\u{0301}", "caf\u{00E9}", "a combining accent stays"),
        // Nothing to do
        ("", "", "empty"),
        ("plain words 123", "plain words 123", "plain ASCII"),
    ]

    func testNormalizedText() {
        for c in Self.cases {
            XCTAssertEqual(normalize(c.input).normalizedText, c.normalized, c.note)
        }
    }

    func testBacktickIsAnApostrophe() {
        // U+0060 is listed with the apostrophe variants, but as a one-byte character it takes the ASCII path.
        XCTAssertEqual(normalize("can`t").normalizedText, "can not")
        XCTAssertTrue(normalize("CAN`T").normalizedText.hasPrefix("can"))
    }

    func testOnlyTheListedCliticsAreDropped() {
        // The contract names 's, 're, 'll, 've, 'm and 'd; any other letters after an apostrophe are a word.
        XCTAssertEqual(normalize("ID.me's page").normalizedText, "id.me page")
        XCTAssertEqual(normalize("O'Brien").normalizedText, "o'brien")
        XCTAssertEqual(normalize("e'file").normalizedText, "e'file")
    }

    func testOneOriginPerByte() {
        for c in Self.cases {
            let analysis = normalize(c.input)
            XCTAssertEqual(analysis.origins.count, analysis.normalized.count, c.note)
            XCTAssertEqual(analysis.origins, analysis.origins.sorted(), "origins never go backwards: \(c.note)")
            XCTAssertTrue(analysis.origins.allSatisfy { $0 >= 0 && $0 < max(1, c.input.utf8.count) }, c.note)
        }
    }

    func testOriginsPointIntoTheOriginal() {
        // "Ｉ" is three bytes in the original; the bytes after it keep their own offsets.
        let analysis = normalize("Ｉ\u{2011}D x")
        XCTAssertEqual(analysis.normalizedText, "i-d x")
        XCTAssertEqual(analysis.origins, [0, 3, 6, 7, 8])
        let original = Array("Ｉ\u{2011}D x".utf8)
        // Every plain ASCII byte of the normalized text maps to the same letter, in either case, in the original.
        for (k, byte) in analysis.normalized.enumerated() where byte == UInt8(ascii: "d") || byte == UInt8(ascii: "x") {
            XCTAssertEqual(original[analysis.origins[k]] | 0x20, byte)
        }
    }

    func testContractionOriginsPointIntoTheContraction() {
        let analysis = normalize("I can't login")
        XCTAssertEqual(analysis.normalizedText, "i can not login")
        // "can" keeps the offsets of "ca" (its added "n" and " not" point at the "n't" at byte 4); "login" keeps its own.
        XCTAssertEqual(Array(analysis.origins[2..<9]), [2, 3, 4, 4, 4, 4, 4])
        XCTAssertEqual(Array(analysis.origins[10...]), [8, 9, 10, 11, 12])
    }

    func testZeroWidthCharactersLeaveNoBytes() {
        let analysis = normalize("a\u{200B}\u{200B}b")
        XCTAssertEqual(analysis.normalized, Array("ab".utf8))
        XCTAssertEqual(analysis.origins, [0, 7])
    }

    /// The ASCII byte path maps every byte, and every origin, as the character path does.
    func testASCIIPathMatchesCharacterPath() throws {
        let pieces = ["a", "Z", "`", "'", "\r", "\n", "\r\n", "\t", " ", "CAN'T", "won`t", "x", "0", "-", "\u{0}", "\u{7F}", "ID.me's"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...12, using: &generator) { text += pieces.randomElement(using: &generator)! }
            let fast = try XCTUnwrap(Normalizer.asciiMap(text))
            let slow = Normalizer().characterMap(text)
            XCTAssertEqual(fast.bytes, slow.bytes, text.debugDescription)
            XCTAssertEqual(fast.origins, slow.origins, text.debugDescription)
        }
        XCTAssertNil(Normalizer.asciiMap("café"))
    }
}
