import XCTest
@testable import HelpdeskCore

/// The excerpts of a text's problems: one for each result, primary first, unless the matcher gives its own.
final class ProblemMatchesTests: XCTestCase {
    private func result(_ question: String) -> MatchResult {
        MatchResult(question: question, analysis: Analysis(question), ranking: Ranking(candidates: []),
                    decision: .fallback(.empty), settings: MatcherSettings())
    }

    func testExcerptsDefaultToEachResultsQuestion() {
        let table: [(also: [String], excerpts: [String]?, expected: [String])] = [
            ([], nil, ["whole text"]),
            (["second"], nil, ["whole text", "second"]),
            (["second", "third"], nil, ["whole text", "second", "third"]),
            (["second"], ["first piece", "second piece"], ["first piece", "second piece"]),
        ]
        for row in table {
            let matches = ProblemMatches(primary: result("whole text"), also: row.also.map(result), excerpts: row.excerpts)
            XCTAssertEqual(matches.excerpts, row.expected, "\(row.also)")
            XCTAssertEqual(matches.all.map(\.question), ["whole text"] + row.also)
        }
    }
}
