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

    /// `named` or `called` after the link or for it, and a capitalized answer with no link: "first pet was named
    /// Biscuit" and "mother's maiden name Kowalczyk" were kept.
    func testNamingLinksAndUnlinkedCapitalizedAnswersAreRedacted() {
        let labels = Redactor().knowing(securityAnswerLabels: ["mother's maiden name", "first pet", "street i grew up on"])
        assertRedacts([
            ("first pet was named Biscuit", "first pet was named [PASSWORD]"),
            ("my first pet called Rex, locked out", "my first pet called [PASSWORD], locked out"),
            ("street I grew up on was Maple", "street I grew up on was [PASSWORD]"),
            ("mother's maiden name Kowalczyk", "mother's maiden name [PASSWORD]"),
            ("mother's maiden name Kowalczyk and it fails", "mother's maiden name [PASSWORD] and it fails"),
        ], with: labels)
        assertKeeps(["mother's maiden name field", "my first pet was a dog", "first pet named", "mother's maiden name I forgot",
                     "first pet was named wrong"], with: labels)
    }

    /// The shipped knowledge base's `security_answer_labels` reach the matcher's redactor.
    func testTheShippedMatcherRedactsAnswers() throws {
        let redactor = try ShippedMatcher.get().redactor
        XCTAssertEqual(redactor.redact("security question answer is Fluffy"), "security question answer is [PASSWORD]")
        XCTAssertEqual(redactor.redact("my mother's maiden name is Kowalski"), "my mother's maiden name is [PASSWORD]")
        XCTAssertEqual(redactor.redact("my first pet's name was rex, it fails"), "my first pet's name was [PASSWORD], it fails")
        XCTAssertEqual(redactor.redact("the answer to my security question is Fluffy"), "the answer to my security question is [PASSWORD]")
        XCTAssertEqual(redactor.redact("mother's maiden name Kowalczyk"), "mother's maiden name [PASSWORD]")
        XCTAssertEqual(redactor.redact("first pet was named Biscuit"), "first pet was named [PASSWORD]")
        XCTAssertEqual(redactor.redact("street I grew up on was Maple"), "street I grew up on was [PASSWORD]")
    }

    /// The shipped labels cover `sec answer` and `memorable word` ("sec answer: fluffy" was kept).
    func testTheShippedLabelsCoverShorthand() throws {
        let redactor = try ShippedMatcher.get().redactor
        assertRedacts([
            ("sec answer: fluffy", "sec answer: [PASSWORD]"),
            ("security answer - fluffy", "security answer - [PASSWORD]"),
            ("memorable word: fluffy", "memorable word: [PASSWORD]"),
        ], with: redactor)
        assertKeeps(["sec answer is wrong", "memorable word field"], with: redactor)
    }
}
