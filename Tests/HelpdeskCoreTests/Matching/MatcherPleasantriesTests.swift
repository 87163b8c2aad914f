import XCTest
@testable import HelpdeskCore

/// A greeting, thanks or goodbye around a question does not outweigh what the question is about (`Pleasantries`).
final class MatcherPleasantriesTests: XCTestCase {
    private static let matcher: Matcher = {
        func smallTalk(_ id: String, _ questions: [String]) -> Entry {
            var entry = MatcherFixture.entry(id, id, questions)
            entry.kind = .smalltalk
            return entry
        }
        var kb = MatcherFixture.knowledgeBase
        kb.entries += [
            smallTalk("greeting", ["hello", "hi", "hi there", "good morning", "hey", "hello anyone there"]),
            smallTalk("thanks", ["thanks", "thank you", "thanks that worked", "great thanks", "thank you so much", "cheers"]),
        ]
        kb.lexicon.synonyms += [["hello", "hi", "hey", "good morning"], ["thanks", "thank you", "cheers"]]
        kb.lexicon.pleasantries = ["hello", "thanks"]
        return Matcher(knowledgeBase: kb, cache: nil)
    }()

    /// Question, entry answered (nil: falls back), words set aside.
    private static let cases: [(question: String, entry: String?, setAside: [String])] = [
        ("hi", "greeting", []),
        ("thanks, that worked", "thanks", []),
        ("thank you so much", "thanks", []),
        ("hey there, lost my phone cannot get the code", "new-phone", []),  // the whole question answers: nothing set aside
        ("hi there good morning when open", "office-hours", ["hi", "good morning"]),  // the whole did not answer
        ("what is the weather today thanks", nil, ["thanks"]),
        ("tell me a joke, thank you", nil, ["thank you"]),
        ("thanks, csv", "export-csv", ["thanks"]),  // one word beside small talk that answers a topic surely
        ("thanks, client", "thanks", []),  // one word, but no sure answer: the thanks
    ]

    func testSmallTalkAroundAQuestion() {
        for c in Self.cases {
            let result = Self.matcher.match(c.question)
            XCTAssertEqual(result.chosen?.id, c.entry, "\(c.question): \(result.decision)")
            XCTAssertEqual(result.analysis.pleasantriesRemoved, c.setAside, c.question)
        }
    }

    /// Without its greeting, a question is matched on the rest, and the explanation says what was set aside.
    func testExplanationNamesWhatWasSetAside() {
        let result = Self.matcher.match("hello there, holiday times")
        XCTAssertEqual(result.chosen?.id, "office-hours")
        XCTAssertEqual(result.analysis.pleasantriesRemoved, ["hello"])
        XCTAssertFalse(result.analysis.terms.contains("hello"))
        XCTAssertTrue(Explainer().explain(result, in: Self.matcher.knowledgeBase)
            .contains("Set aside:  hello (greeting, thanks or goodbye; matched on the rest)"))
    }
}
