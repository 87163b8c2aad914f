import XCTest
@testable import HelpdeskCore

/// A short line that turns to a topic by naming it is read as the words that name it.
final class TopicReferenceTests: XCTestCase {
    static let reference = TopicReference(leadIns: ["what about", "how about", "and what about", "and the"], fillers: ["thing", "one", "and so on"])

    /// The line and the words it names its topic with; nil when it is no such line.
    static let cases: [(text: String, topic: String?)] = [
        ("what about the code problem?", "the code problem"), ("What About, the code?", "the code"),
        ("and the password thing?", "password"), ("and what about my email", "my email"), ("how about the second one", "the second"),
        ("what about the reset email and so on", "the reset email"), ("what about step 3?", "step 3"),
        ("what about 123-45-6789?", "123-45-6789"),
        // Only sentence punctuation is dropped from the end: a redacted "[SSN]" lost its "]" and was matched as a word.
        ("what about my ssn [SSN]?", "my ssn [SSN]"), ("what about the (new phone).", "the (new phone)"),
        ("and the code...!", "code"),
        // A filler alone is what the line names.
        ("what about one", "one"), ("and the thing?", "thing"),
        // No lead-in, or nothing after it.
        ("what about", nil), ("what about?", nil), ("and how long do I have", nil), ("and if that fails", nil),
        ("forgot my password, what about it", nil), ("whatever about the code", nil), ("", nil), ("?", nil),
    ]

    func testReadsTheWordsThatNameTheTopic() {
        for (text, topic) in Self.cases {
            XCTAssertEqual(Self.reference.topic(in: text), topic, text)
        }
    }

    func testWithoutLeadInsNoLineNamesATopic() {
        XCTAssertNil(TopicReference().topic(in: "what about the code problem?"))
    }

    /// The shipped lexicon gives the lead-ins and fillers; bare "and" is none, since "and how long do I have?" is a follow-up.
    func testTheShippedLexiconReadsTheUsualShapes() throws {
        let reference = TopicReference(lexicon: try ShippedMatcher.get().knowledgeBase.lexicon)
        XCTAssertEqual(reference.topic(in: "what about the code problem?"), "the code problem")
        XCTAssertEqual(reference.topic(in: "and the password thing?"), "password")
        XCTAssertNil(reference.topic(in: "and how long do I have to finish it?"))
    }

    /// Only the opening words are keyed before a lead-in is found; punctuation alone is no word ("- what about" is
    /// "what about").
    func testOpeningKeys() {
        let table: [(text: String, count: Int, keys: [String])] = [
            ("What About, the code?", 2, ["what", "about"]), ("  - what\tabout  x", 3, ["what", "about", "x"]), ("", 2, []),
            ("ok", 3, ["ok"]), ("... !!", 2, []),
        ]
        for (text, count, keys) in table {
            XCTAssertEqual(TopicReference.openingKeys(text, count: count), keys, text)
        }
    }
}
