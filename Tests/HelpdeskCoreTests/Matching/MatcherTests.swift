import XCTest
@testable import HelpdeskCore

/// Decisions on a small crafted knowledge base (`MatcherFixture`), with the default thresholds unless a test overrides them.
final class MatcherTests: XCTestCase {
    private let matcher = MatcherFixture.matcher
    private let defaults = MatcherSettings()

    func testDefaultsComeFromTheKnowledgeBase() {
        XCTAssertEqual(matcher.settings, defaults)
        var kb = MatcherFixture.knowledgeBase
        kb.settings.answerThreshold = 0.3
        XCTAssertEqual(Matcher(knowledgeBase: kb, cache: nil).settings.answerThreshold, 0.3, "a KB's matcher block is used")
    }

    func testNonsenseFallsBack() {
        let table: [(question: String, empty: Bool)] = [
            ("", true),
            ("???", true),
            ("   ", true),
            ("... !!! ---", true),
            ("asdf qwer", false),
            ("qwertyuiop zxcvbnm", false),
            ("zzzz xxxx yyyy", false),
            ("hjkl", false),
        ]
        for row in table {
            let result = matcher.match(row.question)
            XCTAssertNil(result.chosen, "'\(row.question)'")
            switch result.decision {
            case .fallback(.empty):
                XCTAssertTrue(row.empty, "'\(row.question)' has words, yet fell back as empty")
            case .fallback(.belowThreshold(let best, let threshold)):
                XCTAssertFalse(row.empty, "'\(row.question)'")
                XCTAssertLessThan(best, threshold)
                XCTAssertEqual(threshold, defaults.answerThreshold)
            default:
                XCTFail("'\(row.question)' should fall back, got \(result.decision.status) \(result.chosen?.id ?? "")")
            }
        }
    }

    func testUnrelatedQuestionsFallBack() {
        let unrelated = [
            "how do I bake sourdough bread",
            "what is the capital of france",
            "who won the world series",
            "my printer is jammed",
            "recipe for banana bread",  // an off-topic example itself
            "tell me a joke",
        ]
        for question in unrelated {
            let result = matcher.match(question)
            guard case .fallback(.belowThreshold) = result.decision else {
                XCTFail("'\(question)' should fall back, got \(result.decision.status) \(result.chosen?.id ?? "")")
                continue
            }
        }
    }

    func testClearQuestionsAnswer() {
        let table: [(question: String, id: String)] = [
            ("I forgot my password", "reset-password"),
            ("forgot password", "reset-password"),
            ("reset password", "reset-password"),
            ("my new phone gets no code", "new-phone"),
            ("lost my phone, can't get the code", "new-phone"),
            ("when does the office open", "office-hours"),
        ]
        for row in table {
            let result = matcher.match(row.question)
            guard case .answer(let candidate) = result.decision else {
                XCTFail("'\(row.question)' should answer \(row.id), got \(result.decision.status)")
                continue
            }
            XCTAssertEqual(candidate.id, row.id, row.question)
            XCTAssertEqual(result.chosen?.id, row.id)
            XCTAssertGreaterThanOrEqual(candidate.confidence, defaults.answerThreshold)
            XCTAssertGreaterThanOrEqual(result.ranking.margin, defaults.clarifyMargin, row.question)
        }
    }

    func testCraftedAmbiguityClarifies() throws {
        // Both export entries list "export the client list": neither is clear of the other.
        let result = matcher.match("export the client list")
        guard case .clarify(let options) = result.decision else {
            return XCTFail("expected clarify, got \(result.decision.status) \(result.ranking.candidates.prefix(2).map { ($0.id, $0.confidence) })")
        }
        XCTAssertEqual(Set(options.map(\.id)), ["export-csv", "export-pdf"])
        XCTAssertEqual(result.chosen?.id, options[0].id, "the top candidate is the one chosen")
        XCTAssertEqual(options.map(\.id), result.ranking.candidates.prefix(2).map(\.id), "options in ranking order")
        XCTAssertLessThan(options[0].confidence - options[1].confidence, defaults.clarifyMargin)
        XCTAssertTrue(options.allSatisfy { $0.confidence >= defaults.answerThreshold })
    }

    func testOverridesChangeTheDecision() {
        // Question, answer threshold, clarify margin, decision.
        let (t, m) = (defaults.answerThreshold, defaults.clarifyMargin)
        let table: [(question: String, threshold: Double, margin: Double, status: String, id: String?)] = [
            ("export the client list", t, m, "clarify", nil),
            ("export the client list", 0.95, m, "fallback", nil),  // like --threshold 0.95
            ("export the client list", t, 0.0, "answered", nil),  // like --margin 0: never clarify
            ("I forgot my password", t, m, "answered", "reset-password"),
            ("I forgot my password", 0.0, 1.0, "clarify", "reset-password"),  // everything is close to the best
            ("asdf qwer", t, m, "fallback", nil),
            ("asdf qwer", 0.0, 0.0, "answered", nil),  // with no threshold even nonsense gets an answer
        ]
        for row in table {
            let result = MatcherFixture.matcher(answerThreshold: row.threshold, clarifyMargin: row.margin).match(row.question)
            let label = "'\(row.question)' threshold \(row.threshold) margin \(row.margin)"
            XCTAssertEqual(result.decision.status, row.status, label)
            XCTAssertEqual(result.settings.answerThreshold, row.threshold, label)
            if let id = row.id { XCTAssertEqual(result.chosen?.id, id, label) }
            if case .fallback(.belowThreshold(_, let threshold)) = result.decision { XCTAssertEqual(threshold, row.threshold) }
        }
    }

    func testWideMarginClarifiesWithUpToThree() {
        let result = MatcherFixture.matcher(answerThreshold: 0.0, clarifyMargin: 1.0).match("I forgot my password")
        guard case .clarify(let options) = result.decision else { return XCTFail(result.decision.status) }
        XCTAssertEqual(options.count, 3)
        XCTAssertEqual(options[0].id, "reset-password")
    }

    func testRankingIsKeptWhateverTheDecision() {
        for question in ["asdf qwer", "I forgot my password", "export the client list", ""] {
            let ranking = matcher.match(question).ranking
            XCTAssertEqual(ranking.candidates.count, 3, "the three the decision looks at: \(question)")
            let confidences = ranking.candidates.map(\.confidence)
            XCTAssertEqual(confidences, confidences.sorted(by: >), "best first: \(question)")
            XCTAssertTrue(confidences.allSatisfy { (0...1).contains($0) }, question)
            XCTAssertEqual(Set(ranking.candidates.map(\.id)).count, ranking.candidates.count, question)
        }
        XCTAssertTrue(matcher.match("").ranking.candidates.allSatisfy { $0.confidence == 0 }, "no words, no confidence")
    }

    func testRankingKeepsAsManyCandidatesAsAResultLists() {
        for (listed, kept) in [(1, 3), (3, 3), (4, 4), (5, 5), (10, 5)] {
            var settings = MatcherFixture.knowledgeBase.settings
            settings.candidateCount = listed
            let matcher = Matcher(knowledgeBase: MatcherFixture.knowledgeBase, settings: settings, cache: nil)
            XCTAssertEqual(matcher.match("I forgot my password").ranking.candidates.count, kept, "candidates: \(listed)")
        }
    }

    func testAPastedMessageIsMatchedOnItsStrongestSentence() {
        let text = "Hello there, this is Sam from the front desk of the downtown branch, covering for our manager who is out "
            + "on holiday all week. I forgot my password."
        XCTAssertLessThan(matcher.rank(text).ranking.best?.confidence ?? 0, matcher.settings.answerThreshold, "the whole is unsure")
        let result = matcher.match(text)
        XCTAssertEqual(result.decision.status, "answered")
        XCTAssertEqual(result.chosen?.id, "reset-password")
        XCTAssertEqual(result.analysis.original, "I forgot my password.", "the analysis is the winning piece's")
        XCTAssertEqual(result.question, text)
    }

    func testACommaClauseThatAnswersOnItsOwnWins() {
        let text = "I forgot my password again, covering for our manager at the downtown branch who is out on holiday all week"
        XCTAssertLessThan(matcher.rank(text).ranking.best?.confidence ?? 0, matcher.settings.answerThreshold, "the whole is unsure")
        let result = matcher.match(text)
        XCTAssertEqual(result.chosen?.id, "reset-password")
        XCTAssertEqual(result.analysis.original, "I forgot my password again")
    }

    func testACommaClauseOfTooFewTermsIsNotTaken() {
        // "reset password" answers on its own, but two terms are too little to outweigh the rest of the sentence.
        let text = "reset password, covering for our manager at the downtown branch who is out on holiday all week"
        XCTAssertLessThan(matcher.rank(text).ranking.best?.confidence ?? 0, matcher.settings.answerThreshold, "the whole is unsure")
        XCTAssertGreaterThanOrEqual(matcher.rank("reset password").ranking.best?.confidence ?? 0, matcher.settings.answerThreshold)
        let result = matcher.match(text)
        XCTAssertEqual(result.analysis.original, text)
    }

    func testALaterPieceThatPointsBackDoesNotAnswerForTheWhole() {
        let text = "Hello there, this is Sam from the front desk of the downtown branch, covering for our manager who is out "
            + "on holiday all week. Can you reset the password for that?"
        XCTAssertEqual(matcher.match(text).chosen?.id, "reset-password", "without pointing words the last piece answers")
        var kb = MatcherFixture.knowledgeBase
        kb.lexicon.pointingWords = ["that", "it"]
        let pointing = Matcher(knowledgeBase: kb, cache: nil)
        let cases: [(text: String, piece: String?)] = [
            (text, nil),
            // The first piece has nothing before it to point at.
            ("Can you reset the password for that? Hello there, this is Sam from the front desk of the downtown branch, "
                + "covering for our manager who is out on holiday all week.", "Can you reset the password for that?"),
            // A word that points back inside the piece is no end.
            (text.replacingOccurrences(of: "Can you reset the password for that?", with: "That password needs a reset now."),
             "That password needs a reset now."),
        ]
        for (text, piece) in cases {
            let result = pointing.match(text)
            XCTAssertEqual(result.analysis.original, piece ?? text, text)
        }
    }

    func testAWholeQuestionThatAnswersIsKept() {
        let text = "Hello there, this is Sam. I forgot my password."
        let whole = matcher.rank(text).ranking.best
        XCTAssertGreaterThanOrEqual(whole?.confidence ?? 0, matcher.settings.answerThreshold)
        let result = matcher.match(text)
        XCTAssertEqual(result.chosen?.id, whole?.id)
        XCTAssertEqual(result.analysis.original, text, "its pieces would only lose context")
    }

    func testMatchedTermsExplainTheAnswer() throws {
        let result = matcher.match("I forgot my password")
        let best = try XCTUnwrap(result.ranking.best)
        XCTAssertEqual(best.id, "reset-password")
        let terms = matcher.scorer.supportingTerms(result.analysis, entry: best.entryIndex)
        XCTAssertTrue(terms.contains("password"), "\(terms)")
        XCTAssertTrue(Explainer(scorer: matcher.scorer).explain(result, in: matcher.knowledgeBase).contains("reset-password  matched: "))
    }
}
