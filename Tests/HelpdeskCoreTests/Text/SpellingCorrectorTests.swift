import XCTest
@testable import HelpdeskCore

final class SpellingCorrectorTests: XCTestCase {
    /// A small knowledge base whose words are the spelling vocabulary.
    private static func knowledgeBase() -> KnowledgeBase {
        var lexicon = Lexicon()
        lexicon.protected = ["id.me", "tds", "ptin", "caf", "mfa", "efile"]
        lexicon.spelling = ["pwd": "password", "eservice": "e services"]
        let entries = [
            Entry(id: "reset", title: "Reset your password", summary: "S.",
                  questions: ["I forgot my password", "reset the account password", "password reset email"]),
            Entry(id: "codes", title: "Codes on a new phone", summary: "S.",
                  questions: ["I do not receive the verification code", "new phone cannot receive codes", "MFA codes via TDS"]),
            Entry(id: "file", title: "Filing", summary: "S.",
                  questions: ["how to file with my PTIN and CAF", "where do I file"]),
        ]
        return KnowledgeBase(entries: entries, lexicon: lexicon)
    }

    private static let pipeline = TextPipeline(knowledgeBase: knowledgeBase())

    private static var corrector: SpellingCorrector {
        pipeline.stages.compactMap { $0 as? SpellingCorrector }.first!
    }

    func testAllowedDistanceByLength() {
        let table: [(length: Int, distance: Int)] = [
            (0, 0), (1, 0), (3, 0), (4, 1), (5, 1), (6, 1), (8, 1), (9, 2), (12, 2), (40, 2),
        ]
        for row in table {
            XCTAssertEqual(SpellingCorrector.allowedDistance(forLength: row.length), row.distance, "length \(row.length)")
        }
    }

    /// Word as typed, and what the corrector makes of it (nil: left alone).
    private static let corrections: [(word: String, expected: String?, note: String)] = [
        ("pasword", "password", "deletion, 7 letters"),
        ("passwrod", "password", "transposition"),
        ("recieve", "receive", "transposition, 7 letters"),
        ("recive", "receive", "deletion, 6 letters"),
        ("acount", "account", "deletion"),
        ("verifcaton", "verification", "two edits, 10 letters"),
        ("verificaton", "verification", "one edit, 11 letters"),
        ("vrfction", nil, "too far for its length"),
        ("pssword", "password", "deletion of the second letter"),
        ("apssword", "password", "swapped first pair"),
        ("forgto", "forgot", "6 letters"),
        // Known words are never corrected
        ("password", nil, "known word"),
        ("receive", nil, "known word"),
        ("passwords", nil, "unknown form of a known stem"),
        ("resetting", nil, "unknown form of a known stem"),
        // Words of 3 letters or fewer are never corrected; 4 letters allow one edit
        ("fil", nil, "3 letters"),
        ("rset", "reset", "4 letters, one edit"),
        ("cdoe", "code", "4 letters, transposition"),
        ("pasw", nil, "4 letters, nothing within one edit"),
        ("acct", nil, "4 letters, nothing within one edit"),
        // Protected terms and acronyms
        ("efile", nil, "protected, though one edit from 'file'"),
        ("mfa", nil, "protected acronym"),
        ("ptin", nil, "protected acronym"),
        ("caf", nil, "protected acronym"),
        ("tds", nil, "protected acronym"),
        // Digits and non-ASCII
        ("passw0rd", nil, "contains a digit"),
        ("1password", nil, "contains a digit"),
        ("pässword", nil, "non-ASCII"),
        // Nothing close
        ("xylophone", nil, "no KB word within 2 edits"),
        // A letter held down: runs of three or more cut to two, then to one, other letters as typed
        ("passworddd", "password", "a run of three cut to one keeps the double s"),
        ("resettt", "reset", "a run cut to one"),
        ("codeeee", "code", "a run at the end"),
        ("acounttt", "account", "a run cut, then one edit"),
        ("pwddd", "password", "a run cut, then the lexicon's fix"),
        ("fileee", "file", "a run cut to the KB word"),
        ("xxxxxxxx", nil, "nothing known once cut"),
    ]

    func testCuttingLongRuns() {
        let table: [(typed: String, length: Int, expected: String)] = [
            ("helpppp", 2, "helpp"), ("helpppp", 1, "help"), ("pleeease", 1, "please"),
            ("password", 1, "password"), ("bookkeeeper", 1, "bookkeper"), ("aaa", 2, "aa"), ("", 1, ""),
        ]
        for row in table {
            let cut = SpellingCorrector.cuttingLongRuns(Array(row.typed.utf8), to: row.length)
            XCTAssertEqual(String(decoding: cut, as: UTF8.self), row.expected, "\(row.typed) to \(row.length)")
        }
    }

    func testCorrections() {
        let corrector = Self.corrector
        for c in Self.corrections {
            XCTAssertEqual(corrector.correction(for: c.word), c.expected, "\(c.word): \(c.note)")
        }
    }

    func testTheMostFrequentWordWinsATie() {
        // "phonx" is one edit from both "phone" and "phony"; the word the KB uses more often wins.
        let table: [(words: [String], expected: String)] = [
            (["phone", "phone", "phony"], "phone"),
            (["phony", "phony", "phone"], "phony"),
        ]
        for row in table {
            let corrector = SpellingCorrector(lexicon: Lexicon(), vocabulary: Vocabulary(words: row.words, protected: []))
            XCTAssertEqual(corrector.correction(for: "phonx"), row.expected, "\(row.words)")
        }
    }

    func testACloserWordBeatsAMoreFrequentOne() {
        // "abcdefghij" (10 letters, 2 edits allowed) is 2 edits from the frequent word and 1 from the rare one.
        let vocabulary = Vocabulary(words: ["abcdefghxy", "abcdefghxy", "abcdefghxy", "abcdefghiz"], protected: [])
        XCTAssertEqual(SpellingCorrector(lexicon: Lexicon(), vocabulary: vocabulary).correction(for: "abcdefghij"), "abcdefghiz")
    }

    func testProtectedTermIsLeftAloneOnlyWhenProtected() {
        let words = ["file", "file"]
        let open = SpellingCorrector(lexicon: Lexicon(), vocabulary: Vocabulary(words: words, protected: []))
        let guarded = SpellingCorrector(lexicon: Lexicon(), vocabulary: Vocabulary(words: words, protected: ["efile"]))
        XCTAssertEqual(open.correction(for: "efile"), "file")
        XCTAssertNil(guarded.correction(for: "efile"))
    }

    func testDictionaryWordsAreLeftAlone() {
        // "chance" is one edit from the KB word "change", but it is a real word of its own.
        let vocabulary = Vocabulary(words: ["change", "phone"], protected: [])
        var lexicon = Lexicon()
        XCTAssertEqual(SpellingCorrector(lexicon: lexicon, vocabulary: vocabulary).correction(for: "chance"), "change")
        lexicon.dictionary = WordList(text: "# english words\nzebra\nchance\napple\n")
        let corrector = SpellingCorrector(lexicon: lexicon, vocabulary: vocabulary)
        XCTAssertNil(corrector.correction(for: "chance"))
        XCTAssertEqual(corrector.correction(for: "chanje"), "change", "a misspelling not in the dictionary is still fixed")
    }

    func testThroughThePipeline() {
        let analysis = TextPipeline(stages: Array(Self.pipeline.stages.prefix(3))).analyze("I forgto my PASWORD for ID.me, TDS, PTIN, CAF and MFA")
        XCTAssertEqual(analysis.terms, ["i", "forgot", "my", "password", "for", "id", "me", "tds", "ptin", "caf", "and", "mfa"])
        XCTAssertEqual(analysis.spellingFixes.map(\.from), ["forgto", "pasword"])
        XCTAssertEqual(analysis.spellingFixes.map(\.to), ["forgot", "password"])
    }

    /// A word typed as a name is, inside a sentence, is left as typed; at a sentence's start, in capitals or in
    /// lowercase it is corrected.
    func testAWordTypedAsANameInsideASentenceIsLeftAlone() {
        let pipeline = TextPipeline(stages: Array(Self.pipeline.stages.prefix(3)))
        let cases: [(text: String, fixes: [String])] = [
            ("caller Jane Forgto, new phone", []),
            ("caller jane forgto, new phone", ["forgto"]),
            ("Forgto my password", ["forgto"]),
            ("new phone. Forgto my password", ["forgto"]),
            ("Subject: Forgto password", ["forgto"]),
            ("I FORGTO my password", ["forgto"]),
            ("I Forgto my Pasword", []),
        ]
        for c in cases {
            XCTAssertEqual(pipeline.analyze(c.text).spellingFixes.map(\.from), c.fixes, c.text)
        }
    }

    func testLexiconFixesComeFirstAndMaySplitAWord() {
        let analysis = TextPipeline(stages: Array(Self.pipeline.stages.prefix(3))).analyze("pwd for eservice")
        XCTAssertEqual(analysis.terms, ["password", "for", "e", "services"])
        XCTAssertEqual(analysis.tokens.map(\.surface), ["pwd", "for", "eservice", ""])
        XCTAssertEqual(analysis.tokens[2].range, analysis.tokens[3].range, "both words keep the range of the word typed")
        XCTAssertEqual(analysis.spellingFixes.map(\.from), ["pwd", "eservice"])
    }

    func testAcronymsSurviveTheWholePipeline() {
        let terms = Self.pipeline.analyze("TDS PTIN CAF MFA").terms
        XCTAssertEqual(terms, ["tds", "ptin", "caf", "mfa"])
    }
}
