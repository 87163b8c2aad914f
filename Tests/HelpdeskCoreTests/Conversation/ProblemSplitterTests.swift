import XCTest
@testable import HelpdeskCore

/// Pasted text is cut into sentences and joined clauses, and nowhere else.
final class ProblemSplitterTests: XCTestCase {
    static let cases: [(input: String, expected: [String])] = [
        ("forgot my password", ["forgot my password"]),
        ("", []),
        ("   ", []),
        ("...", []),
        // Sentences and lines.
        ("Hi. Forgot my password.", ["Hi.", "Forgot my password."]),
        ("Forgot my password! New phone too?", ["Forgot my password!", "New phone too?"]),
        ("line one here\nline two here", ["line one here", "line two here"]),
        ("first part; second part", ["first part;", "second part"]),
        // Dots that do not end a sentence.
        ("I use id.me for e-services", ["I use id.me for e-services"]),
        ("go to api.id.me/en/session/new now", ["go to api.id.me/en/session/new now"]),
        ("tools, e.g. TDS and e-Services", ["tools, e.g. TDS and e-Services"]),
        ("Mr. Smith forgot his password", ["Mr. Smith forgot his password"]),
        ("version 2.3 of the app", ["version 2.3 of the app"]),
        // Connectors between two problems.
        ("I forgot my password and also got a new phone", ["I forgot my password", "got a new phone"]),
        ("forgot my password plus my phone is broken", ["forgot my password", "my phone is broken"]),
        ("forgot my password, and the phone is new", ["forgot my password", "the phone is new"]),
        ("forgot my password, also the phone is new", ["forgot my password", "the phone is new"]),
        ("locked out as well as two accounts", ["locked out", "two accounts"]),
        ("I forgot my password. Also, my phone was stolen.", ["I forgot my password.", "my phone was stolen."]),
        // Connectors that join too little, or join words rather than clauses, stay.
        ("she also can't get the code", ["she also can't get the code"]),
        ("password and email", ["password and email"]),
        ("I forgot my password and the email", ["I forgot my password and the email"]),
        ("also forgot it", ["forgot it"]),
        ("And then", ["And then"]),
        ("new phone plus", ["new phone plus"]),
    ]

    func testSplitsIntoProblemPieces() {
        let splitter = ProblemSplitter()
        for (input, expected) in Self.cases {
            XCTAssertEqual(splitter.split(input), expected, "split(\(input.debugDescription))")
        }
    }

    static let commaCases: [(input: String, expected: [String])] = [
        ("One of our preparers lost access yesterday, she got a new iphone", ["One of our preparers lost access yesterday", "she got a new iphone"]),
        ("Hi, forgot my password", []),
        ("no commas in this one", []),
        ("first clause here, second clause here, third clause here", ["first clause here", "second clause here", "third clause here"]),
    ]

    func testCommaClausesNeedThreeWordsEach() {
        let splitter = ProblemSplitter()
        for (input, expected) in Self.commaCases {
            XCTAssertEqual(splitter.commaClauses(input), expected, "commaClauses(\(input.debugDescription))")
        }
    }

    /// The ASCII fast paths give exactly what the character paths give.
    func testASCIIPathsMatchCharacterPaths() {
        let words = ["and", "Also", "plus", "I", "forgot", "my", "password.", "e.g.", "U.S.", "Mr.", "id.me", "a.", "2.3",
                     "\r\n", "\n", ";", "!", "?", ".", ",", " ", "  ", "\t", "-", ":", "x,", "--", "(no.", "A"]
        var generator = SystemRandomNumberGenerator()
        let splitter = ProblemSplitter()
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                text += words.randomElement(using: &generator)! + (Bool.random(using: &generator) ? " " : "")
            }
            var utf8 = text
            XCTAssertEqual(utf8.withUTF8 { splitter.asciiSentences($0) }, splitter.characterSentences(text), text.debugDescription)
            let clean: String
            switch utf8.withUTF8({ ProblemSplitter.asciiClean($0) }) {
            case .unchanged: clean = text
            case .trimmed(let trimmed): clean = trimmed
            case .notASCII: clean = "not ASCII"
            }
            XCTAssertEqual(clean, splitter.characterClean(text), text.debugDescription)
            if utf8.withUTF8({ ProblemSplitter.asciiHasNoConnector($0) }) {
                XCTAssertEqual(splitter.clauses(text), splitter.connectorClauses(text), text.debugDescription)
            }
        }
        for sentence in ["forgot my password and also got a new phone", "Plus, one more", "x  y", "AND so", "café"] {
            var utf8 = sentence
            XCTAssertFalse(utf8.withUTF8 { ProblemSplitter.asciiHasNoConnector($0) }, sentence)
        }
        var accented = "café. Next"
        XCTAssertNil(accented.withUTF8 { splitter.asciiSentences($0) })
    }
}
