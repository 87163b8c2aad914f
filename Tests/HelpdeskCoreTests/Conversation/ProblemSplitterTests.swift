import XCTest
@testable import HelpdeskCore
import TestSupport

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
        // A colon between a label and its value on the same line (a number, or a redaction placeholder) is no heading.
        ("code: 482913 didnt work", ["code: 482913 didnt work"]),
        ("code: [CODE] didnt work", ["code: [CODE] didnt work"]),
        ("Error:  500012 when I sign in", ["Error: 500012 when I sign in"]),
        ("code:\n482913 didnt work", ["482913 didnt work"]),
        ("caller says: 2 of our preparers are locked out", ["caller says: 2 of our preparers are locked out"]),
        ("see https://api.id.me/en at 10:30", ["see https://api.id.me/en at 10:30"]),
        // A numbered list on one line: each item is a piece, without its number.
        ("Two things: 1) forgot password 2) new phone", ["forgot password", "new phone"]),
        ("1. locked out 2. duplicate account", ["locked out", "duplicate account"]),
        ("(1) reset email never came (2) locked out", ["reset email never came", "locked out"]),
        ("1) new phone, no code 2) tried 2 times 3) still locked", ["new phone, no code", "tried 2 times", "still locked"]),
        // Numbers that are no list: no run from 1, or a lone "1)".
        ("tried 2) times then 3) more", ["tried 2) times then 3) more"]),
        ("step 1) done, now stuck", ["step 1) done, now stuck"]),
        ("Form 8821. Then 2. nothing", ["Form 8821.", "Then 2.", "nothing"]),
        // A bulleted list: each line is a piece, without its bullet.
        ("* forgot password\n* new phone", ["forgot password", "new phone"]),
        ("Two things:\n  • forgot password\n  • new phone\nThanks", ["forgot password", "new phone", "Thanks"]),
        ("- 1. locked out\n- 2. new phone", ["locked out", "new phone"]),
        // One bullet line, or a mark without a space after it, is no list.
        ("* forgot password", ["* forgot password"]),
        ("*forgot password\n*new phone", ["*forgot password", "*new phone"]),
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

    /// The items of a bulleted or numbered list, without their marks, and not the text before the list.
    static let listed: [(text: String, items: [String])] = [
        ("- Anna forgot her password\n- Carl is locked", ["Anna forgot her password", "Carl is locked"]),
        ("Hi,\n* forgot password\n\t•  new phone\nThanks", ["forgot password", "new phone"]),
        ("Two things: 1) forgot password 2) new phone", ["forgot password", "new phone"]),
        ("- forgot password", []),
        ("--\n-- ", []),
        ("forgot password\nnew phone", []),
        ("tried 2 times", []),
    ]

    func testListedItems() {
        let splitter = ProblemSplitter()
        for (text, items) in Self.listed {
            XCTAssertEqual(splitter.listedItems(text).map(String.init), items, text)
        }
    }

    /// A word that only numbers a list's item, before a comma or colon at a sentence's start, is left out.
    static let openers: [(input: String, expected: [String])] = [
        ("first, forgot password. second, new phone", ["forgot password.", "new phone"]),
        ("Secondly, my phone was stolen", ["my phone was stolen"]),
        ("lastly: the code never comes", ["the code never comes"]),
        ("second phone is new", ["second phone is new"]),
        ("I made a second, newer account", ["I made a second, newer account"]),
        ("second, phone", ["second, phone"]),
        ("seconds, then it failed again", ["seconds, then it failed again"]),
    ]

    /// What the splitter dropped before each piece: a connector, punctuation, or nothing.
    func testLeadsArePutBackBetweenThePieces() throws {
        let splitter = try shippedSplitter()
        let cases: [(text: String, leads: [String])] = [
            ("The email arrived and I reset the password", ["", " and I "]),
            ("Locked out. Also, new phone", ["", " Also, "]),
            ("forgot my password", [""]),
        ]
        for (text, leads) in cases {
            XCTAssertEqual(ProblemSplitter.leads(of: splitter.split(text), in: text).map(String.init), leads, text)
        }
        XCTAssertEqual(ProblemSplitter.leads(of: ["b c", "a b"], in: "a b c"), ["a ", ""], "a piece out of order")
    }

    func testListOpenersAreLeftOut() {
        let splitter = ProblemSplitter(listOpeners: ["first", "Second", "secondly", "lastly"])
        for (input, expected) in Self.openers {
            XCTAssertEqual(splitter.split(input), expected, input)
        }
        XCTAssertEqual(ProblemSplitter().split("second, new phone"), ["second, new phone"], "no list openers")
    }

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
}
