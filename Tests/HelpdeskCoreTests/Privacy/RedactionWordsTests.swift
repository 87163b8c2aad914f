import XCTest
@testable import HelpdeskCore

/// The redactor's word lists come from the lexicon's `redaction` block: a knowledge base that adds a word redacts
/// more, a bad entry or key is an error naming the file, line and key, and a lexicon without the block redacts with the
/// shipped knowledge base's lists.
final class RedactionWordsTests: XCTestCase {
    private let kbYAML = "version: 1\nentries:\n" + entryYAML(id: "reset", questions: ["how do i reset my password"])

    /// Each case: a lexicon file's `redaction` lists, a text, and the text redacted by a matcher on that knowledge base.
    private let cases: [(lists: String, text: String, redacted: String)] = [
        ("call_links: [at]\n    call_persons: [grandma]", "call grandma at 555-1234", "call grandma at [PHONE]"),
        ("call_links: [at, via]\n    call_persons: [me]", "call me via 555-1234", "call me via [PHONE]"),
        ("call_back_links: [back, later]", "call later 555-1234", "call later [PHONE]"),
        ("zip_labels: [plz]", "plz 90210", "plz [ADDRESS]"),
        ("efin_labels: [efn]\n    possessives: [my, is]", "my efn is 123456", "my efn is [EFIN]"),
        ("mail_providers: [fastmail]", "write jane at fastmail", "write [EMAIL]"),
        ("card_expiry_labels: [valid]", "card valid 04/27", "card valid [CARD]"),
        ("street_types: [strasse]\n    sentence_words: [i, at]", "I live at 12 Linden strasse", "I live at [ADDRESS]"),
    ]

    func testAWordTheLexiconAddsChangesRedaction() throws {
        for (lists, text, redacted) in cases {
            XCTAssertEqual(Redactor().redact(text), text, "the shipped lists keep it: \(text)")
            let kb = try TemporaryKnowledgeBase(files: ["kb.yaml": kbYAML, "lexicon.yaml": "version: 1\nlexicon:\n  redaction:\n    \(lists)\n"])
            let loaded = try KnowledgeBaseLoader().load(directory: kb.path).0
            let matcher = Matcher(knowledgeBase: loaded, cache: nil)
            XCTAssertEqual(matcher.redactor.redact(text), redacted, lists)
        }
    }

    func testTheListsOfSeveralFilesAreJoined() throws {
        let kb = try TemporaryKnowledgeBase(files: [
            "kb.yaml": kbYAML,
            "a.yaml": "version: 1\nlexicon:\n  redaction:\n    call_links: [at]\n    call_persons: [me]\n",
            "b.yaml": "version: 1\nlexicon:\n  redaction:\n    call_persons: [grandma, me]\n",
        ])
        let words = try XCTUnwrap(try KnowledgeBaseLoader().load(directory: kb.path).0.lexicon.redactionWords)
        XCTAssertEqual(words.lists["call_persons"], ["me", "grandma"])
        XCTAssertEqual(words.callPersons, ["me", "grandma"])
    }

    func testALexiconWithoutTheBlockRedactsWithTheShippedLists() throws {
        let kb = try TemporaryKnowledgeBase(files: ["kb.yaml": kbYAML])
        let matcher = Matcher(knowledgeBase: try KnowledgeBaseLoader().load(directory: kb.path).0, cache: nil)
        XCTAssertEqual(matcher.redactor.redact("call me at 555-1234"), "call me at [PHONE]")
        let empty = try TemporaryKnowledgeBase(files: ["kb.yaml": kbYAML, "lexicon.yaml": "version: 1\nlexicon:\n  redaction: {}\n"])
        let none = Matcher(knowledgeBase: try KnowledgeBaseLoader().load(directory: empty.path).0, cache: nil)
        XCTAssertEqual(none.redactor.redact("call me at 555-1234"), "call me at 555-1234", "an empty block gives no list")
    }

    /// Each case: a `redaction` block and the error it gives, on its line.
    private let badBlocks: [(block: String, line: Int, message: String)] = [
        ("redaction:\n    call_persons: [me, my mom]", 4,
         "each entry is one ASCII word with a letter or digit, found 'my mom' (at lexicon.redaction.call_persons[1])"),
        ("redaction:\n    call_persons: [\"señora\"]", 4,
         "each entry is one ASCII word with a letter or digit, found 'señora' (at lexicon.redaction.call_persons[0])"),
        ("redaction:\n    call_person: [me]", 4, "unknown key 'call_person' (at lexicon.redaction); did you mean 'call_persons'?"),
        ("redaction:\n    call_links: at", 4, "expected a list (at lexicon.redaction.call_links)"),
        // A phone label of more than one letter would never be read.
        ("redaction:\n    phone_letter_labels: [m, cell]", 4,
         "each entry is one ASCII letter, found 'cell' (at lexicon.redaction.phone_letter_labels[1])"),
        // Greetings of other alphabets are letters, of any alphabet, but letters only.
        ("redaction:\n    other_script_greetings: [добрый день, \"привет!\"]", 4,
         "each entry is words of letters, found 'привет!' (at lexicon.redaction.other_script_greetings[1])"),
        ("redactions: {}", 3, "unknown key 'redactions' (at lexicon); did you mean 'redaction'?"),
    ]

    func testABadEntryIsAnErrorAtItsLine() throws {
        for (block, line, message) in badBlocks {
            let kb = try TemporaryKnowledgeBase(files: ["kb.yaml": kbYAML, "lexicon.yaml": "version: 1\nlexicon:\n  \(block)\n"])
            let errors = kb.diagnostics().filter { $0.severity == .error }
            XCTAssertEqual(errors.count, 1, block)
            XCTAssertTrue(errors.first?.message.hasPrefix(message) ?? false, "\(errors.first?.message ?? "none") for \(block)")
            XCTAssertEqual(errors.first?.location.line, line, block)
            XCTAssertTrue(errors.first?.location.file.hasSuffix("lexicon.yaml") ?? false, block)
        }
    }

    func testGreetingsOfOtherAlphabetsAreReadLowercase() throws {
        let kb = try TemporaryKnowledgeBase(files: [
            "kb.yaml": kbYAML, "lexicon.yaml": "version: 1\nlexicon:\n  redaction:\n    other_script_greetings: [Добрый  День, Γεια σας]\n",
        ])
        let words = try XCTUnwrap(try KnowledgeBaseLoader().load(directory: kb.path).0.lexicon.redactionWords)
        XCTAssertEqual(words.otherScriptGreetings, ["добрый день", "γεια σας"])
    }

    func testTheShippedListsAreReadOnce() {
        XCTAssertFalse(RedactionWords.standard.isEmpty)
        XCTAssertTrue(RedactionWords.standard === RedactionWords.standard)
        XCTAssertEqual(RedactionWords.standard.callPersons, ["me", "us", "her", "him", "them"])
    }
}
