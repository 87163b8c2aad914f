import XCTest
@testable import HelpdeskCore

/// The answer after a security answer label and a link is redacted as `[PASSWORD]`; what is said of an answer is kept.
final class RedactorScannerSecurityAnswersTests: XCTestCase {
    private let redactor = Redactor().knowing(securityAnswerLabels: [
        "security answer", "security question answer", "answer to the security question", "mother's maiden name",
        "maiden name",
    ])

    func testAnswersAreRedacted() {
        assertRedacts([
            ("security question answer is Fluffy", "security question answer is [PASSWORD]"),
            ("answer to the security question: blue honda", "answer to the security question: [PASSWORD]"),
            ("my mother's maiden name is Kowalski", "my mother's maiden name is [PASSWORD]"),
            ("my security answer was Rover and it says wrong", "my security answer was [PASSWORD] and it says wrong"),
            ("Security Answer = 'blue honda'.", "Security Answer = '[PASSWORD]'."),
            ("security answer is: Main Street Elementary, it fails", "security answer is: [PASSWORD], it fails"),
            ("SECURITY ANSWER - fluffy\nstill locked", "SECURITY ANSWER - [PASSWORD]\nstill locked"),
            ("my security answer is 'the blue house' i think", "my security answer is '[PASSWORD]' i think"),
            ("security answer: \"not sure, maybe Rex\"", "security answer: \"[PASSWORD]\""),
        ], with: redactor)
    }

    func testWhatIsSaidOfAnAnswerIsKept() {
        assertKeeps([
            "my security answer is wrong", "the maiden name is required", "security answer is not accepted",
            "security answer: something i forgot", "my security answer is case sensitive", "maiden name field",
            "the security answers don't match", "security answer", "security answerable is fine",
            "security answer is 'wrong", "security answer is '' again",
        ], with: redactor)
    }

    func testWithoutLabelsNoAnswerIsRedacted() {
        XCTAssertEqual(Redactor().redact("security question answer is Fluffy"), "security question answer is Fluffy")
    }

    /// The shipped knowledge base's `security_answer_labels` reach the matcher's redactor.
    func testTheShippedMatcherRedactsAnswers() throws {
        let redactor = try ShippedMatcher.get().redactor
        XCTAssertEqual(redactor.redact("security question answer is Fluffy"), "security question answer is [PASSWORD]")
        XCTAssertEqual(redactor.redact("my mother's maiden name is Kowalski"), "my mother's maiden name is [PASSWORD]")
        XCTAssertEqual(redactor.redact("my first pet's name was rex, it fails"), "my first pet's name was [PASSWORD], it fails")
    }
}
