import XCTest
@testable import HelpdeskCore

final class EmptyOptionValueTests: XCTestCase {
    /// Arguments (without the program name) and the option a usage error must name, or nil for none.
    func testFindsALongOptionWithNothingAfterTheEqualsSign() {
        let cases: [(arguments: [String], option: String?)] = [
            (["batch", "--output=", "-"], "--output"),
            (["batch", "--output=", "answers.txt", "questions.txt"], "--output"),
            (["batch", "--unanswered=", "-"], "--unanswered"),
            (["--kb=", "ask", "lost phone"], "--kb"),
            (["batch", "--format=jsonl", "--output=", "-"], "--output"),
            (["batch", "--output=answers.txt", "-"], nil),
            (["batch", "--output", "", "-"], nil),
            (["batch", "-o=", "-"], nil),
            (["batch", "-o", "-", "-"], nil),
            (["ask", "--", "what does --output= mean"], nil),
            (["ask", "--", "--output="], nil),
            (["ask", "what", "is", "2+2="], nil),
            (["batch", "--=", "-"], nil),
            (["batch", "--a=b=", "-"], nil),
            ([], nil),
        ]
        for c in cases {
            let problem = EmptyOptionValue.problem(in: c.arguments)
            if let option = c.option {
                XCTAssertEqual(problem, "\(option)= has no value after '=': write \(option)=VALUE or \(option) VALUE "
                                   + "(a space after '=' leaves the value empty)", "\(c.arguments)")
            } else {
                XCTAssertNil(problem, "\(c.arguments)")
            }
        }
    }
}
