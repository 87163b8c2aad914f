import XCTest
@testable import HelpdeskCore

/// A short line without the cues of a pick, a number, a reply that only answers a list or a topic lead-in is read as
/// the matcher reads it; every line with one, and every line outside ASCII or without words, is left to the conversation.
final class ConversationCuesTests: XCTestCase {
    static func shipped() throws -> ConversationCues {
        let lexicon = try ShippedMatcher.get().knowledgeBase.lexicon
        return ConversationCues(choiceWords: ChoiceWords(lexicon: lexicon), topicReference: TopicReference(lexicon: lexicon))
    }

    func testCuesOfTheShippedLexicon() throws {
        let cues = try Self.shipped()
        let cued = ["none", "None of these.", "neither", "the second one", "2", "step 2", "#3", "option two", "third",
                    "one-time code", "what about MFA", "how about that", "and the phone number?", "no, I meant the IRS",
                    "i mean mfa", "what do you mean by MFA", "café", "?!", "", "  "]
        for line in cued { XCTAssertTrue(cues.mayApply(to: line), line.debugDescription) }
        // "what's about" opens with "what", "s": no lead-in, as `TopicReference` reads its first word "what's".
        let plain = ["lost my phone", "set an alarm", "what's the weather", "what is my balance", "and then what",
                     "no code", "i forgot my password", "what's about"]
        for line in plain { XCTAssertFalse(cues.mayApply(to: line), line) }
    }

    /// Without lexicon data, only digits, text outside ASCII and lines without words are cues.
    func testWithoutLexiconData() {
        let cues = ConversationCues(choiceWords: ChoiceWords(), topicReference: TopicReference())
        XCTAssertFalse(cues.mayApply(to: "what about MFA"))
        XCTAssertFalse(cues.mayApply(to: "none"))
        XCTAssertTrue(cues.mayApply(to: "2"))
        XCTAssertTrue(cues.mayApply(to: "naïve"))
        XCTAssertTrue(cues.mayApply(to: "..."))
    }

    /// A lead-in outside ASCII can never open an ASCII line: it is no cue, and the others still are.
    func testLeadInsOutsideASCIIAreNoCue() {
        let cues = ConversationCues(choiceWords: ChoiceWords(), topicReference: TopicReference(leadIns: ["qué tal", "what about"]))
        XCTAssertFalse(cues.mayApply(to: "que tal mfa"))
        XCTAssertTrue(cues.mayApply(to: "What about: MFA"))
    }
}
