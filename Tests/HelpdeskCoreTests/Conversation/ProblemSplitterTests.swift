import XCTest
@testable import HelpdeskCore

/// Pasted text is cut into sentences and joined clauses, and nowhere else; connectors and abbreviations are the KB's.
final class ProblemSplitterTests: XCTestCase {
    /// The splitter of the shipped knowledge base, whose lexicon holds the connectors and abbreviations.
    static let shipped: ProblemSplitter? = (try? PackagePaths.loadShipped()).map { ProblemSplitter(lexicon: $0.lexicon) }

    func shippedSplitter() throws -> ProblemSplitter { try XCTUnwrap(Self.shipped, "the shipped KB must load") }

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
        // A heading before a colon labels what follows: no piece of its own.
        ("caller says: she lost her phone", ["she lost her phone"]),
        ("Office manager: new hire locked out", ["new hire locked out"]),
        ("Problem 1: forgot my password. Problem 2: lost my phone", ["forgot my password.", "lost my phone"]),
        ("forgot my password:", []),
        ("see https://api.id.me/en at 10:30", ["see https://api.id.me/en at 10:30"]),
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
        // A second clause with its own subject is often context.
        ("I forgot my password and I've got returns due today", ["I forgot my password", "got returns due today"]),
        ("my ID.me works for benefits but now e-Services wants more", ["my ID.me works for benefits", "e-Services wants more"]),
        ("I forgot my password. Also, my phone was stolen.", ["I forgot my password.", "my phone was stolen."]),
        // Connectors that join too little, or join words rather than clauses, stay.
        ("she also can't get the code", ["she also can't get the code"]),
        ("password and email", ["password and email"]),
        ("I forgot my password and the email", ["I forgot my password and the email"]),
        ("also forgot it", ["forgot it"]),
        ("And then", ["And then"]),
        ("new phone plus", ["new phone plus"]),
    ]

    func testSplitsIntoProblemPieces() throws {
        let splitter = try shippedSplitter()
        for (input, expected) in Self.cases {
            XCTAssertEqual(splitter.split(input), expected, "split(\(input.debugDescription))")
        }
    }

    static let commaCases: [(input: String, expected: [String])] = [
        ("One of our preparers lost access yesterday, she got a new iphone", ["One of our preparers lost access yesterday", "she got a new iphone"]),
        ("Hi, forgot my password", []),
        ("no commas in this one", []),
        ("first clause here, second clause here, third clause here", ["first clause here", "second clause here", "third clause here"]),
        ("first clause here,, second clause here", ["first clause here", "second clause here"]),  // nothing between two commas
        ("first clause here, , second clause here", []),                                          // a clause of no words
        ("olvidé mi contraseña, cambié de teléfono hoy", ["olvidé mi contraseña", "cambié de teléfono hoy"]),
        ("three words here,", []),
        (",", []),
    ]

    /// Text, and the same without its headings (nil: it has none, or nothing else).
    static let headings: [(text: String, expected: String?)] = [
        ("Office manager: one of our preparers lost her phone", "one of our preparers lost her phone"),
        ("Ticket #4821:\nLocked out. Needs help today.", "Locked out. Needs help today."),
        ("locked out of id.me", nil),
        ("time 10:30 is fine", nil),       // a colon inside a word is no heading
        ("Caller says:", nil),            // nothing but the heading
        ("Office manager: !!!", nil),       // nothing with a letter besides
        ("she got a new phone and now id.me shows: enter the code", nil),  // five words: no heading
        ("Google Workspace admin here: reset a user's 2-step", "reset a user's 2-step"),
    ]

    func testWithoutHeadings() {
        let splitter = ProblemSplitter()
        for row in Self.headings {
            XCTAssertEqual(splitter.withoutHeadings(row.text), row.expected, row.text)
        }
    }

    func testCommaClausesNeedThreeWordsEach() throws {
        let splitter = try shippedSplitter()
        for (input, expected) in Self.commaCases {
            XCTAssertEqual(splitter.commaClauses(input), expected, "commaClauses(\(input.debugDescription))")
        }
    }

    /// Without connectors or abbreviations (a KB whose lexicon gives none) only line breaks and sentence ends cut;
    /// a KB's own connectors cut, the longest first whatever their order, without regard to case.
    static let dataCases: [(connectors: [String], comma: [String], abbreviations: Set<String>, input: String, expected: [String])] = [
        ([], [], [], "I forgot my password and also got a new phone", ["I forgot my password and also got a new phone"]),
        ([], [], [], "forgot my password, and the phone is new", ["forgot my password, and the phone is new"]),
        ([], [], [], "tools, e.g. TDS and e-Services", ["tools, e.g.", "TDS and e-Services"]),
        ([], [], [], "see J. Smith about it", ["see J. Smith about it"]),
        ([], [], ["e.g"], "tools, e.g. TDS and e-Services", ["tools, e.g. TDS and e-Services"]),
        (["moreover"], [], [], "forgot my password Moreover my phone is new", ["forgot my password", "my phone is new"]),
        (["además"], [], [], "olvidé mi contraseña además mi teléfono es nuevo", ["olvidé mi contraseña", "mi teléfono es nuevo"]),
        (["a_b"], [], [], "forgot my password A_B my phone is new", ["forgot my password", "my phone is new"]),
        (["and", "and also"], [], [], "forgot my password and also my phone is new", ["forgot my password", "my phone is new"]),
        (["and also", "and"], [], [], "forgot my password and also my phone is new", ["forgot my password", "my phone is new"]),
        (["and  ALSO"], [], [], "forgot my password and also my phone is new", ["forgot my password", "my phone is new"]),
        ([], ["so"], [], "forgot my password so my phone is new", ["forgot my password so my phone is new"]),
        ([], ["so"], [], "forgot my password, so my phone is new", ["forgot my password", "my phone is new"]),
    ]

    func testConnectorsAndAbbreviationsAreData() {
        for c in Self.dataCases {
            let splitter = ProblemSplitter(connectors: c.connectors, commaConnectors: c.comma, abbreviations: c.abbreviations)
            XCTAssertEqual(splitter.split(c.input), c.expected, "\(c.connectors) \(c.comma) \(c.abbreviations): split(\(c.input.debugDescription))")
        }
    }

    func testShippedLexiconHoldsTheConnectors() throws {
        let splitter = try shippedSplitter()
        XCTAssertEqual(splitter.firstWords, ["and", "but", "on", "as", "another", "separately", "in", "additionally", "plus", "also"])
        XCTAssertTrue(splitter.abbreviations.isSuperset(of: ["e.g", "mr", "u.s", "no"]))
    }

    /// The ASCII fast paths give exactly what the character paths give, for the shipped connectors and for others
    /// (non-ASCII ones, and ones with characters that only A-Z lowering leaves alone).
    func testASCIIPathsMatchCharacterPaths() throws {
        let splitters = [
            try shippedSplitter(), ProblemSplitter(),
            ProblemSplitter(connectors: ["a_b", "über alles", "x@y"], commaConnectors: ["z[1"], abbreviations: ["zz"]),
        ]
        for splitter in splitters {
            try checkASCIIPaths(splitter)
        }
    }

    /// Words that start a connector but are not one where they stand leave the sentence on the fast path.
    func testWordsThatOnlyStartAConnectorKeepTheFastPath() throws {
        let splitter = try shippedSplitter()
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
