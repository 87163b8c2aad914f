import XCTest
@testable import HelpdeskCore

/// `ProblemSplitter+ASCII`: the byte paths give what the character paths give, and are taken where they can be.
final class ProblemSplitterASCIITests: XCTestCase {
    /// The ASCII fast paths give exactly what the character paths give, for the shipped connectors and for others
    /// (non-ASCII ones, and ones with characters that only A-Z lowering leaves alone).
    func testASCIIPathsMatchCharacterPaths() throws {
        let splitters = [
            try XCTUnwrap(ProblemSplitterTests.shipped, "the shipped KB must load"), ProblemSplitter(),
            ProblemSplitter(connectors: ["a_b", "über alles", "x@y"], commaConnectors: ["z[1"], abbreviations: ["zz"]),
        ]
        for splitter in splitters {
            try checkASCIIPaths(splitter)
        }
    }

    /// Words that start a connector but are not one where they stand leave the sentence on the fast path.
    func testWordsThatOnlyStartAConnectorKeepTheFastPath() throws {
        let splitter = try XCTUnwrap(ProblemSplitterTests.shipped, "the shipped KB must load")
        let table: [(sentence: String, fast: Bool)] = [
            ("I can't log in to e-services", true),  // "in" starts "in addition"
            ("forgot my password and the email", true),  // "and" cuts only after a comma
            ("on my phone the code never comes", true),  // "on" starts "on top of that"
            ("forgot my password, and the phone is new", false),
            ("forgot my password in addition to the phone", false),
            ("and also my phone is new", false),
        ]
        for row in table {
            var utf8 = row.sentence
            XCTAssertEqual(utf8.withUTF8 { splitter.asciiHasNoConnector($0) }, row.fast, row.sentence)
        }
    }

    /// Each first word of a connector marks its length and first letter; one that opens with no letter marks nothing,
    /// and a word of 31 letters or more marks the last slot.
    func testFirstWordShapes() {
        let long = [UInt8](repeating: 98, count: 40)
        let shapes = ProblemSplitter.shapes(of: [Array("and".utf8), Array("Also".utf8), Array("@x".utf8), long])
        XCTAssertEqual(shapes[3], 1 << 0)
        XCTAssertEqual(shapes[4], 1 << 0)
        XCTAssertEqual(shapes[31], 1 << 1)
        XCTAssertEqual(shapes.enumerated().filter { $0.element != 0 }.map(\.offset), [3, 4, 31])
    }

    private func checkASCIIPaths(_ splitter: ProblemSplitter) throws {
        let connectorWords = splitter.firstWords.flatMap { [$0, $0.uppercased(), $0 + ","] }
        let words = ["and", "Also", "plus", "I", "forgot", "my", "password.", "e.g.", "U.S.", "Mr.", "id.me", "a.", "2.3",
                     "\r\n", "\n", ";", "!", "?", ".", ",", " ", "  ", "\t", "-", ":", "x,", "--", "(no.", "A", "zz.", "A_B", "a\u{7F}b",
                     "X@Y", "x`y", "Z[1", "z{1"] + connectorWords
        var generator = SystemRandomNumberGenerator()
        var fastPathTaken = 0
        for _ in 0..<10_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                text += words.randomElement(using: &generator)! + (Bool.random(using: &generator) ? " " : "")
            }
            var utf8 = text
            // Text with a non-ASCII connector word ("über") has only the connector check to compare.
            if text.utf8.allSatisfy({ $0 < 0x80 }) {
                XCTAssertEqual(utf8.withUTF8 { splitter.asciiSentences($0) }, splitter.characterSentences(text), text.debugDescription)
                let clean: String
                switch utf8.withUTF8({ ProblemSplitter.asciiClean($0) }) {
                case .unchanged: clean = text
                case .trimmed(let trimmed): clean = trimmed
                case .notASCII: clean = "not ASCII"
                }
                XCTAssertEqual(clean, splitter.characterClean(text), text.debugDescription)
            }
            if utf8.withUTF8({ splitter.asciiHasNoConnector($0) }) {
                fastPathTaken += 1
                XCTAssertEqual(splitter.clauses(text), splitter.connectorClauses(text), text.debugDescription)
            }
        }
        XCTAssertGreaterThan(fastPathTaken, 100, "the fast path must be tried")
        // Every ASCII connector that can match at all (one that begins and ends with a letter, as the loader requires)
        // sends the sentence down the word-by-word path: anywhere, or for comma connectors at the start or after a comma.
        func matchable(_ connector: String) -> Bool {
            connector.utf8.allSatisfy({ $0 < 0x80 }) && connector.first!.isLetter && connector.last!.isLetter
        }
        var sentences: [String] = []
        for connector in splitter.connectors where matchable(connector) {
            sentences += ["forgot my password \(connector) got a new phone", "\(connector.uppercased()), one more"]
        }
        for connector in splitter.commaConnectors where matchable(connector) {
            sentences += ["forgot my password, \(connector) got a new phone", "\(connector.uppercased()) one more thing"]
        }
        for sentence in sentences {
            var utf8 = sentence
            XCTAssertFalse(utf8.withUTF8 { splitter.asciiHasNoConnector($0) }, sentence)
        }
        for sentence in ["x  y", "café"] {
            var utf8 = sentence
            XCTAssertFalse(utf8.withUTF8 { splitter.asciiHasNoConnector($0) }, sentence)
        }
        var accented = "café. Next"
        XCTAssertNil(accented.withUTF8 { splitter.asciiSentences($0) })
    }
}
