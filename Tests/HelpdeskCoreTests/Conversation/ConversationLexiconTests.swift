import XCTest
@testable import HelpdeskCore

/// A conversation reads replies to a list of choices, and words that point back, with its own KB's lexicon
/// (`none_replies`, `list_only_none_replies`, `choice_fillers`, `pointing_words`); a KB without them has none.
final class ConversationLexiconTests: XCTestCase {
    /// The shipped KB with its lexicon changed, and a wide clarify margin when `clarify` (so "locked email" asks).
    private func matcher(clarify: Bool = false, _ change: (inout Lexicon) -> Void) throws -> Matcher {
        let shipped = clarify ? try ShippedMatcher.with(answerThreshold: 0.1, clarifyMargin: 1) : try ShippedMatcher.get()
        var kb = shipped.knowledgeBase
        change(&kb.lexicon)
        return Matcher(knowledgeBase: kb, settings: shipped.settings)
    }

    /// Without `pointing_words`, `none_replies`, `list_only_none_replies`, `choice_fillers`, `ordinal_words`,
    /// `choice_number_words`, `relative_step_words`, `step_number_words` and `function_words`, as after
    /// `kb import --no-language`.
    private func withoutTheKeys(clarify: Bool = false) throws -> Matcher {
        try matcher(clarify: clarify) { lexicon in
            lexicon.pointingWords = []
            lexicon.noneReplies = []
            lexicon.listOnlyNoneReplies = []
            lexicon.choiceFillers = []
            lexicon.ordinalWords = [:]
            lexicon.choiceNumberWords = [:]
            lexicon.relativeStepWords = [:]
            lexicon.stepNumberWords = [:]
            lexicon.functionWords = []
        }
    }

    private func clarifying(_ matcher: Matcher) throws -> (Conversation, [Candidate]) {
        var conversation = Conversation(matcher: matcher)
        guard case .clarify(let candidates) = conversation.respond(to: "locked email") else {
            XCTFail("expected a clarify question")
            throw XCTSkip("no clarify question")
        }
        return (conversation, candidates)
    }

    /// A custom none reply, "nah", rejects the choices, where the shipped KB reads it as an acknowledgement; "none",
    /// no longer listed, rejects nothing and is matched as a question, with a list open or not.
    func testACustomNoneReplyRejectsTheChoices() throws {
        let nah = try matcher(clarify: true) { lexicon in
            lexicon.noneReplies = ["nah"]
            lexicon.listOnlyNoneReplies = []
        }
        var (conversation, candidates) = try clarifying(nah)
        XCTAssertEqual(conversation.respond(to: "Nah."), .fallback(candidates))
        XCTAssertTrue(conversation.pendingChoices.isEmpty)

        var (shipped, _) = try clarifying(ShippedMatcher.with(answerThreshold: 0.1, clarifyMargin: 1))
        // An acknowledgement with a list open keeps the list open and asks for a pick ("acknowledgement" before).
        XCTAssertTrue(ConversationTests.summary(shipped.respond(to: "Nah.")).hasPrefix("choicePending "))

        (conversation, candidates) = try clarifying(nah)
        XCTAssertNotEqual(conversation.respond(to: "none"), .fallback(candidates))
        XCTAssertNotNil(conversation.lastProblems, "matched as a question")
        var fresh = Conversation(matcher: nah)
        XCTAssertNotEqual(fresh.respond(to: "none"), .nothingToPick)
        XCTAssertFalse(fresh.lastPickedFromNothing)
    }

    /// An acknowledgement that an entry lists among its questions (a "yes" intent) is that entry's question: "Yes!"
    /// answers it, where the shipped KB acknowledges; "ok", which no entry lists, still acknowledges.
    func testAnEntryThatListsTheLineAnswersIt() throws {
        let shipped = try ShippedMatcher.get()
        let withYes = try ShippedMatcher.withYesIntent(shipped)
        var conversation = Conversation(matcher: withYes)
        _ = conversation.respond(to: "forgot my id.me password")
        XCTAssertEqual(ConversationTests.summary(conversation.respond(to: "Yes!")), "entry yes")
        XCTAssertEqual(ConversationTests.summary(conversation.respond(to: "ok")), "acknowledgement reset-idme-password")
        var plain = Conversation(matcher: shipped)
        _ = plain.respond(to: "forgot my id.me password")
        XCTAssertEqual(ConversationTests.summary(plain.respond(to: "Yes!")), "acknowledgement reset-idme-password")
    }

    /// Without the keys, no reply rejects the choices and only a bare number picks ("option 2" is no pick).
    func testWithoutTheKeysOnlyABareNumberPicks() throws {
        let matcher = try withoutTheKeys(clarify: true)
        var (conversation, candidates) = try clarifying(matcher)
        XCTAssertNotEqual(conversation.respond(to: "none"), .fallback(candidates))
        (conversation, candidates) = try clarifying(matcher)
        XCTAssertNotEqual(conversation.respond(to: "option 2"), .entry(conversation.knowledgeBase.entries[candidates[1].entryIndex]))
        (conversation, candidates) = try clarifying(matcher)
        XCTAssertEqual(ConversationTests.summary(conversation.respond(to: "2")), "entry \(candidates[1].id)")
    }

    /// "The third one" after an answer is its third step with the shipped fillers, and no step without them.
    func testTheStepsShownArePickedWithTheKBsFillers() throws {
        let cases: [(matcher: Matcher, line: String, expected: String)] = [
            (try ShippedMatcher.get(), "the third one", "followUp mfa-recovery"),
            (try withoutTheKeys(), "the third one", "not step 3"),
            (try withoutTheKeys(), "3", "followUp mfa-recovery"),
        ]
        for c in cases {
            var conversation = Conversation(matcher: c.matcher)
            XCTAssertEqual(ConversationTests.summary(conversation.respond(to: "lost my phone, can't get code")), "entry mfa-recovery")
            let reply = conversation.respond(to: c.line)
            let isStep3: Bool
            if case .followUp(_, let text, _) = reply { isStep3 = text.contains("Step 3 of 5") } else { isStep3 = false }
            XCTAssertEqual(isStep3 ? ConversationTests.summary(reply) : "not step 3", c.expected, c.line)
        }
    }

    /// The conversation takes its words from the KB it runs on, also after a reload.
    func testAReloadTakesTheReloadedKBsWords() throws {
        var conversation = Conversation(matcher: try ShippedMatcher.get())
        XCTAssertFalse(conversation.policy.pointingWords.isEmpty)
        XCTAssertFalse(conversation.choiceWords.none.isEmpty)
        conversation.replace(matcher: try withoutTheKeys())
        XCTAssertEqual(conversation.policy.pointingWords, [])
        XCTAssertEqual(conversation.choiceWords, ChoiceWords())
        XCTAssertNotEqual(conversation.respond(to: "none"), .nothingToPick)
    }

    /// Ordinal, relative step and step number words are the KB's: without them "the second one" picks nothing and "the
    /// fourth step", "previous step" or "what's step three" is no step ("next step" still is, as the follow-up
    /// phrasing "next"); with its own ("zweite", "weiter", "vier"), those pick and name steps instead.
    func testOrdinalAndStepWordsAreTheKBs() throws {
        func own(_ lexicon: inout Lexicon) {
            lexicon.ordinalWords = ["zweite": 2, "vierte": 4]
            lexicon.choiceNumberWords = [:]
            lexicon.relativeStepWords = ["weiter": 1]
            lexicon.stepNumberWords = ["vier": 4]
        }
        var (conversation, candidates) = try clarifying(withoutTheKeys(clarify: true))
        XCTAssertNotEqual(ConversationTests.summary(conversation.respond(to: "the second one")), "entry \(candidates[1].id)")
        (conversation, candidates) = try clarifying(matcher(clarify: true, own))
        XCTAssertEqual(ConversationTests.summary(conversation.respond(to: "the zweite one")), "entry \(candidates[1].id)")

        let withoutWords = try withoutTheKeys(), withOwnWords = try matcher(own)
        let steps: [(matcher: Matcher, line: String, expected: String?)] = [
            (try ShippedMatcher.get(), "what's the fourth step", "Step 4 of 5"),
            (try ShippedMatcher.get(), "next step", "Step 3 of 5"),
            (withoutWords, "what's the fourth step", nil),
            (try ShippedMatcher.get(), "previous step", "Step 1 of 5"),
            (withoutWords, "previous step", nil),
            (withoutWords, "step 4", "Step 4 of 5"),
            (try ShippedMatcher.get(), "what's step three", "Step 3 of 5"),
            (withoutWords, "what's step three", nil),
            (withOwnWords, "the vierte step", "Step 4 of 5"),
            (withOwnWords, "weiter step", "Step 3 of 5"),
            (withOwnWords, "step vier", "Step 4 of 5"),
        ]
        for c in steps {
            var conversation = Conversation(matcher: c.matcher)
            XCTAssertEqual(ConversationTests.summary(conversation.respond(to: "lost my phone, can't get code")), "entry mfa-recovery")
            _ = conversation.respond(to: "step 2")
            var text: String?
            if case .followUp(_, let answer, _) = conversation.respond(to: c.line), answer.hasPrefix("Step") { text = String(answer.prefix(11)) }
            XCTAssertEqual(text, c.expected, c.line)
        }
    }
}
