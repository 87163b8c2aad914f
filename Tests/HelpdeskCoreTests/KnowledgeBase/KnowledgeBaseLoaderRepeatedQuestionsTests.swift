import XCTest
@testable import HelpdeskCore

final class KnowledgeBaseLoaderRepeatedQuestionsTests: XCTestCase {
    /// How two example questions are compared for repeats: case, runs of spaces and end punctuation do not count.
    func testComparableFormOfAQuestion() {
        let cases: [(question: String, comparable: String)] = [
            ("Forgot my ID.me password", "forgot my id.me password"),
            ("  forgot   my\tpassword?! ", "forgot my password"),
            ("What is ID.me?", "what is id.me"),
            ("reset it . . .", "reset it"),
            ("e.g. ID.me", "e.g. id.me"),
            ("?!.", ""),
            ("", ""),
            ("Café ok?", "café ok"),
        ]
        for (question, comparable) in cases {
            XCTAssertEqual(KnowledgeBaseLoader.comparable(question), comparable, question)
        }
    }

    func testQuestionsThatDifferOnlyInCaseAndEndPunctuationAreOneQuestion() {
        let entries = [Entry(id: "a", title: "A", summary: "A.", questions: ["Reset my password?"]),
                       Entry(id: "b", title: "B", summary: "B.", questions: ["reset  my password"])]
        let diagnostics = KnowledgeBaseLoader.repeatedQuestions(in: entries, outOfScope: ["RESET MY PASSWORD!"])
        XCTAssertEqual(diagnostics.map(\.message), ["question \"Reset my password?\" is also an out_of_scope example; keep it in one place",
                                                    "question \"reset  my password\" is also an out_of_scope example; keep it in one place"])
    }
}
