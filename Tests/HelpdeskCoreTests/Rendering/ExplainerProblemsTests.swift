import XCTest
@testable import HelpdeskCore

/// The explanation of a whole paste says what was left out before matching, then explains each problem.
final class ExplainerProblemsTests: XCTestCase {
    func testTheLeftOutLineNamesEachKind() {
        let table: [(ReplyTrimmer.LeftOut, String?)] = [
            (ReplyTrimmer.LeftOut(), nil),
            (ReplyTrimmer.LeftOut(quotedLines: 1), "Left out:   1 quoted line"),
            (ReplyTrimmer.LeftOut(quotedLines: 2, agentLines: 1, signatureLines: 3),
             "Left out:   2 quoted lines, 1 help-desk chat line, the signature (3 lines)"),
            (ReplyTrimmer.LeftOut(agentLines: 2), "Left out:   2 help-desk chat lines"),
            (ReplyTrimmer.LeftOut(agentLines: 1, speakerLabels: 2),
             "Left out:   1 help-desk chat line, the time stamps and speaker labels of 2 chat lines"),
            (ReplyTrimmer.LeftOut(speakerLabels: 3, agentLinesKept: true),
             "Left out:   the time stamps and speaker labels of 3 chat lines\n"
                + "Kept:       the help desk's chat lines, for context: the caller's alone answered nothing"),
        ]
        for (leftOut, expected) in table {
            XCTAssertEqual(Explainer.leftOutLine(leftOut), expected)
        }
    }

    func testAPasteIsExplainedWithWhatWasLeftOutAndEachProblem() throws {
        let matcher = try ShippedMatcher.get()
        let pasted = "I forgot my password. Also my phone was stolen so I can't get the code.\n> On Monday, Support wrote:\n> Please try again."
        let problems = matcher.matchProblems(pasted)
        let text = Explainer(scorer: matcher.scorer).explain(problems, in: matcher.knowledgeBase)
        XCTAssertTrue(text.hasPrefix("Left out:   2 quoted lines\nQuestion:   "), text)
        XCTAssertTrue(text.contains("\n\nAlso in the text: \"my phone was stolen so I can't get the code.\""), text)
        let plain = Explainer(scorer: matcher.scorer).explain(matcher.matchProblems("forgot my password"), in: matcher.knowledgeBase)
        XCTAssertFalse(plain.contains("Left out"), plain)
    }
}
