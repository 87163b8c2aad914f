import XCTest
@testable import HelpdeskCore
import TestSupport

final class SynonymExpanderTests: XCTestCase {
    private static func pipeline(synonyms: [[String]], questions: [String] = ["a question"]) -> TextPipeline {
        var lexicon = Lexicon()
        lexicon.synonyms = synonyms
        lexicon.protected = ["id.me"]
        let kb = KnowledgeBase(entries: [Entry(id: "e", title: "T", summary: "S.", questions: questions)], lexicon: lexicon)
        return TextPipeline(knowledgeBase: kb)
    }

    private static let shared = pipeline(
        synonyms: [
            ["e-services", "eservices", "e services", "e-service"],
            ["id.me", "idme", "id me", "id-me"],
            ["phone number", "number", "cell number"],
            ["phone", "cell", "mobile", "cellphone"],
            ["sign in", "log in", "login", "signing in"],
            ["tax pro", "accountant", "preparer"],
        ],
        questions: ["open my account", "the account is locked", "reset password on the site"])

    /// Question, and the terms it must become.
    private static let cases: [(input: String, terms: [String], note: String)] = [
        ("e services", ["eservic"], "two-word phrase is one concept"),
        ("E-Services", ["eservic"], "the canonical form"),
        ("eservices", ["eservic"], "one-word variant"),
        ("e\u{2011}Service", ["eservic"], "non-breaking hyphen, singular"),
        ("id me", ["idme"], "'id me' is id.me"),
        ("ID.me", ["idme"], "written with a dot"),
        ("idme", ["idme"], "run together"),
        ("log in to idme", ["signin", "to", "idme"], "phrase among other words"),
        ("signing in", ["signin"], "stemmed phrase member"),
        ("my cell number", ["my", "phonenumber"], "longest phrase first: 'cell number' is not 'cell' + 'number'"),
        ("new cell", ["new", "phone"], "a member maps to the first member of its group"),
        ("mobile phone", ["phone", "phone"], "each word its concept"),
        ("phone number", ["phonenumber"], "the longer group wins over 'phone'"),
        ("reset password", ["reset", "password"], "no synonym: unchanged"),
    ]

    func testConcepts() {
        for c in Self.cases {
            XCTAssertEqual(Self.shared.analyze(c.input).terms, c.terms, "\(c.input): \(c.note)")
        }
    }

    func testTheCanonicalConceptIsTheFirstMember() {
        let reversed = Self.pipeline(synonyms: [["cell", "mobile", "phone"]])
        XCTAssertEqual(reversed.analyze("phone").terms, ["cell"])
        XCTAssertEqual(reversed.analyze("mobile").terms, ["cell"])
    }

    func testStemCollisionIsMatchedOnlyAsWritten() {
        // "accountant" stems to "account", which KB questions use on its own: "account" must stay "account".
        let table: [(input: String, terms: [String])] = [
            ("my accountant", ["my", "taxpro"]),
            ("my account", ["my", "account"]),
            ("the account is locked", ["the", "account", "is", "lock"]),
            ("preparer", ["taxpro"]),
        ]
        for row in table {
            XCTAssertEqual(Self.shared.analyze(row.input).terms, row.terms, row.input)
        }
    }

    func testAMisspeltWordMatchedAsWrittenUsesItsCorrection() {
        // "acountant" is corrected to "accountant", which is matched as written, not by its stem.
        XCTAssertEqual(Self.shared.analyze("my acountant").terms, ["my", "taxpro"])
        XCTAssertEqual(Self.shared.analyze("my acount").terms, ["my", "account"])
    }

    func testWithoutACollisionTheStemMatches() {
        // No KB word shares the stem "account", so any form of "accountant" (and "account" itself) is a tax pro.
        let pipeline = Self.pipeline(synonyms: [["tax pro", "accountant"]], questions: ["call a preparer"])
        XCTAssertEqual(pipeline.analyze("accountants").terms, ["taxpro"])
    }

    func testSynonymsAppliedAreRecorded() {
        let analysis = Self.shared.analyze("log in to e services with my cell")
        XCTAssertEqual(analysis.synonymsApplied.map(\.from), ["log in", "e services", "cell"])
        XCTAssertEqual(analysis.synonymsApplied.map(\.to), ["signin", "eservic", "phone"])
    }

    func testPhraseTokenCoversThePhrase() {
        let text = "please log in now"
        let analysis = Self.shared.analyze(text)
        let token = try! XCTUnwrap(analysis.tokens.first { $0.text == "signin" })
        XCTAssertEqual(String(decoding: Array(text.utf8)[token.range], as: UTF8.self), "log in")
        XCTAssertEqual(token.surface, "log in")
    }

    func testEmptyLexiconChangesNothing() {
        let pipeline = Self.pipeline(synonyms: [])
        XCTAssertEqual(pipeline.analyze("e services").terms, ["e", "servic"])
    }

    /// The tables read back from the model cache expand every phrase of the shipped lexicon, and the shipped KB's
    /// questions, exactly as the tables built from the lexicon do.
    func testTablesReadBackExpandAsBuilt() throws {
        let kb = try PackagePaths.loadShipped()
        let built = TextPipeline(knowledgeBase: kb)
        let expanders = built.stages.compactMap { $0 as? SynonymExpander }
        XCTAssertEqual(expanders.count, 1)
        let stored = try SynonymExpander(data: try XCTUnwrap(expanders.first).data)
        let readBack = TextPipeline(stages: built.stages.map { $0 is SynonymExpander ? stored : $0 })
        let texts = kb.lexicon.synonyms.flatMap { $0 } + kb.entries.flatMap(\.questions)
        for text in texts {
            XCTAssertEqual(readBack.analyze(text).terms, built.analyze(text).terms, text)
        }
        XCTAssertThrowsError(try SynonymExpander(data: stored.data.dropLast()))
    }

    /// Tables as a damaged cache file may hold them: each is refused (and so rebuilt), never used. A phrase length
    /// below 2 made `apply` count from 1 down to it, which trapped (`helpdesk ask` crashed on such a file).
    func testTablesNeverBuiltAreRefused() {
        func tables(phrase: [String], longest: Int) -> Data {
            var writer = SnapshotWriter()
            writer.write(UInt64(1))
            writer.write(phrase)
            writer.write("concept")
            writer.write(UInt64(0))
            writer.write(UInt64(1))
            writer.write(PhraseHash.word("log"))
            writer.write(longest)
            return Data(writer.bytes)
        }
        XCTAssertNoThrow(try SynonymExpander(data: tables(phrase: ["log", "in"], longest: 2)))
        let cases: [(name: String, data: Data)] = [
            ("a longest phrase of 0 words", tables(phrase: ["log", "in"], longest: 0)),
            ("a longest phrase of 1 word", tables(phrase: ["log", "in"], longest: 1)),
            ("a negative longest phrase", tables(phrase: ["log", "in"], longest: -3)),
            ("a phrase of no words", tables(phrase: [], longest: 2)),
        ]
        for (name, data) in cases {
            XCTAssertThrowsError(try SynonymExpander(data: data), name)
        }
    }
}
