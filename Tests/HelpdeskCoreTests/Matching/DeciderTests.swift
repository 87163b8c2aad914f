import XCTest
@testable import HelpdeskCore

final class DeciderTests: XCTestCase {
    /// Entry 0 is chit-chat: beside a help topic within the margin it is never a choice.
    func testChitChatIsNoChoiceBesideAHelpTopic() {
        let decider = DecisionFixture.decider(threshold: 0.4, margin: 0.05, chitChat: [0])
        let analysis = DecisionFixture.analysis
        let table: [(scores: [Double], expected: String)] = [
            ([0.9, 0.88, 0.1], "answered e1"),  // chit-chat first, a topic within the margin: the topic
            ([0.9, 0.88, 0.87], "clarify e1 e2"),  // two topics within the margin: a choice between them only
            ([0.9, 0.5, 0.1], "answered e0"),  // chit-chat well ahead: chit-chat
            ([0.39, 0.38, 0.1], "fallback"),  // below the threshold: fallback, as ever
        ]
        for row in table {
            let decision = decider.decide(DecisionFixture.ranking(row.scores), analysis: analysis)
            var got = decision.status
            switch decision {
            case .answer(let c): got += " " + c.id
            case .clarify(let options): got += " " + options.map(\.id).joined(separator: " ")
            case .fallback: break
            }
            XCTAssertEqual(got, row.expected, "\(row.scores)")
        }
    }

    /// One candidate within the margin is the answer, whether it is chit-chat or a help topic.
    func testOneCloseCandidateIsTheAnswer() {
        let table: [(chitChat: Set<Int>, scores: [Double])] = [
            ([], [0.9, 0.5, 0.1]), ([0], [0.9, 0.5, 0.1]), ([1], [0.9, 0.5, 0.1]), ([0], [0.9, 0.1, 0.0]),
        ]
        for row in table {
            let decider = DecisionFixture.decider(threshold: 0.4, margin: 0.05, chitChat: row.chitChat)
            guard case .answer(let answer) = decider.decide(DecisionFixture.ranking(row.scores), analysis: DecisionFixture.analysis) else {
                return XCTFail("\(row) is not answered")
            }
            XCTAssertEqual(answer.id, "e0", "\(row)")
        }
    }

    /// Entries 0 and 1 are chit-chat ("hello", "what I can do"): within the margin of each other, the better answers;
    /// a help topic within the margin still wins.
    func testTwoPiecesOfChitChatAreNoChoice() {
        let decider = DecisionFixture.decider(threshold: 0.4, margin: 0.05, chitChat: [0, 1])
        let table: [(scores: [Double], expected: String)] = [
            ([0.95, 0.94, 0.1], "answered e0"),
            ([0.95, 0.94, 0.93], "answered e2"),
            ([0.39, 0.38, 0.1], "fallback"),
        ]
        for row in table {
            let decision = decider.decide(DecisionFixture.ranking(row.scores), analysis: DecisionFixture.analysis)
            var got = decision.status
            if case .answer(let c) = decision { got += " " + c.id }
            XCTAssertEqual(got, row.expected, "\(row.scores)")
        }
    }

    /// Entry 1 has its own threshold, 0.25 (a triage entry); the others use the settings' 0.6. Rows list the ranking
    /// best first, as (entry index, confidence). The question holds an on-topic word ("idme").
    func testAnEntrysOwnThresholdDecidesForIt() {
        let decider = Decider(settings: DecisionFixture.settings(threshold: 0.6, margin: 0.05), onTopicPhrases: [["idme"]],
                              entryThresholds: [1: 0.25])
        var analysis = Analysis("cant get into idme")
        analysis.tokens = [Token(text: "cant", range: 0..<4), Token(text: "idme", range: 14..<18)]
        let table: [(ranking: [(Int, Double)], expected: String)] = [
            ([(1, 0.37), (2, 0.2)], "answered e1"),  // below the KB's threshold, above its own: answered
            ([(1, 0.24), (2, 0.2)], "fallback 0.25"),  // below its own: fallback, naming that threshold
            ([(0, 0.37), (2, 0.2)], "fallback 0.60"),  // another entry at the same confidence: the KB's threshold
            ([(0, 0.3), (1, 0.28)], "fallback 0.60"),  // the runner-up's own threshold does not decide for the best
            ([(0, 0.62), (2, 0.59)], "answered e0"),  // the runner-up within the margin but below its threshold
            ([(0, 0.62), (1, 0.59)], "clarify e0 e1"),  // the runner-up within the margin and above its own threshold
            ([(1, 0.3), (0, 0.28)], "answered e1"),  // within the margin of one below the KB's threshold: answered
        ]
        for row in table {
            let ranking = Ranking(candidates: row.ranking.map { Candidate(entryIndex: $0, id: "e\($0)", title: "E\($0)", confidence: $1) })
            let decision = decider.decide(ranking, analysis: analysis)
            var got = decision.status
            switch decision {
            case .answer(let c): got += " " + c.id
            case .clarify(let options): got += " " + options.map(\.id).joined(separator: " ")
            case .fallback(.belowThreshold(_, let threshold)): got += " " + Format.fixed(threshold, digits: 2)
            case .fallback: break
            }
            XCTAssertEqual(got, row.expected, "\(row.ranking)")
        }
    }

    /// Without an on-topic word the entry's own lower threshold does not apply: "cant log in to yahoo" falls back.
    func testAnEntrysOwnThresholdNeedsAnOnTopicWord() {
        let decider = Decider(settings: DecisionFixture.settings(threshold: 0.6, margin: 0.05), onTopicPhrases: [["idme"]],
                              entryThresholds: [1: 0.25])
        let ranking = Ranking(candidates: [Candidate(entryIndex: 1, id: "e1", title: "E1", confidence: 0.57)])
        var offTopic = Analysis("cant log in to yahoo")
        offTopic.tokens = [Token(text: "cant", range: 0..<4), Token(text: "yahoo", range: 15..<20)]
        XCTAssertEqual(decider.decide(ranking, analysis: offTopic), .fallback(.ownThresholdNeedsOnTopicWord(best: 0.57, threshold: 0.6)))
        XCTAssertEqual(decider.threshold(for: 1, tokens: offTopic.tokens), 0.6)
        let high = Ranking(candidates: [Candidate(entryIndex: 1, id: "e1", title: "E1", confidence: 0.61)])
        XCTAssertEqual(decider.decide(high, analysis: offTopic).status, "answered")  // the KB's threshold still answers
    }

    func testDecisionTable() {
        let decider = DecisionFixture.decider(threshold: 0.4, margin: 0.05)
        let analysis = DecisionFixture.analysis
        let table: [(scores: [Double], status: String)] = [
            ([0.9, 0.2, 0.1], "answered"),
            ([0.41, 0.1, 0.0], "answered"),
            ([0.40, 0.1, 0.0], "answered"),
            ([0.39, 0.1, 0.0], "fallback"),
            ([0.0, 0.0, 0.0], "fallback"),
            ([0.9, 0.88, 0.1], "clarify"),
            ([0.9, 0.86, 0.1], "clarify"),
            ([0.9, 0.85, 0.1], "answered"),
            ([0.9, 0.88, 0.87], "clarify"),
            ([0.42, 0.38, 0.1], "answered"),  // the runner-up is itself below the threshold
        ]
        for row in table {
            let decision = decider.decide(DecisionFixture.ranking(row.scores), analysis: analysis)
            XCTAssertEqual(decision.status, row.status, "\(row.scores)")
        }
        if case .clarify(let options) = decider.decide(DecisionFixture.ranking([0.9, 0.88, 0.87]), analysis: analysis) {
            XCTAssertEqual(options.map(\.id), ["e0", "e1", "e2"])
        }
    }

    func testOffTopicWordsFallBackUnlessSomethingIsOnTopic() {
        let decider = Decider(settings: MatcherSettings(), offTopicPhrases: [["quickbook"], ["health", "insur"]],
                              onTopicPhrases: [["idme"], ["irs"]])
        func analysis(_ words: [String]) -> Analysis {
            var analysis = Analysis(words.joined(separator: " "))
            analysis.tokens = words.map { Token(text: $0, surface: $0 == "quickbook" ? "QuickBooks" : $0, range: 0..<1) }
            return analysis
        }
        let table: [(words: [String], whole: [String]?, decision: Decision)] = [
            (["forgot", "quickbook", "password"], nil, .fallback(.offTopic(word: "QuickBooks"))),
            (["forgot", "quickbook", "idme", "password"], nil, .answer(DecisionFixture.ranking([0.9]).best!)),
            (["forgot", "password"], nil, .answer(DecisionFixture.ranking([0.9]).best!)),
            // A piece is judged with the whole text it was cut from.
            (["new", "phone"], ["quickbook", "code", "new", "phone"], .fallback(.offTopic(word: "QuickBooks"))),
            (["forgot", "password"], ["fixed", "quickbook", "forgot", "idme", "password"], .answer(DecisionFixture.ranking([0.9]).best!)),
            // A phrase counts only as a whole, in order.
            (["my", "health", "insur", "card"], nil, .fallback(.offTopic(word: "health insur"))),
            (["health", "of", "my", "account"], nil, .answer(DecisionFixture.ranking([0.9]).best!)),
            (["insur", "health"], nil, .answer(DecisionFixture.ranking([0.9]).best!)),
        ]
        for row in table {
            let decision = decider.decide(DecisionFixture.ranking([0.9]), analysis: analysis(row.words), whole: row.whole.map(analysis))
            XCTAssertEqual(decision, row.decision, "\(row.words) in \(row.whole ?? row.words)")
        }
    }

    func testNoWordsFallsBack() {
        let decision = Decider(settings: MatcherSettings()).decide(DecisionFixture.ranking([0.9]), analysis: Analysis(""))
        XCTAssertEqual(decision, .fallback(.empty))
    }
}
