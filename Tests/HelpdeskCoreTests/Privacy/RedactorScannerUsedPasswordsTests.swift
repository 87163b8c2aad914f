import XCTest
@testable import HelpdeskCore
import TestSupport

/// One word right after a password label with a verb of using before it is a password, unless the knowledge base
/// lists it as a word that follows the label in a sentence.
final class RedactorScannerUsedPasswordsTests: XCTestCase {
    private let redactor = Redactor().knowing(notPasswordWords: ["manager", "field", "twice"])

    func testAWordAfterAUsedPasswordLabelIsRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("I used the password tigers for id.me", "I used the password [PASSWORD] for id.me"),
            ("tried password hunter again", "tried password [PASSWORD] again"),
            ("she typed her pw letmein and it failed", "she typed her pw [PASSWORD] and it failed"),
            ("I entered the password abc.", "I entered the password [PASSWORD]."),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testOtherWordsAfterTheLabelAreKept() {
        assertKeeps([
            "I used the password manager for id.me", "I tried the password field", "I typed the password twice",
            "I tried the password again", "I used the password for id.me", "I tried the password reset link",
            "the password tigers", "I used the pass tigers", "I used my password 3 times",
            "I tried the password it gave me",
        ], with: redactor)
    }

    func testWithoutTheKnowledgeBasesWordsEveryOtherWordIsAPassword() {
        XCTAssertEqual(Redactor().redact("I used the password manager"), "I used the password [PASSWORD]")
    }

    /// The shipped knowledge base's `not_password_words` reach the matcher's redactor.
    func testTheShippedMatcherKeepsItsWords() throws {
        let redactor = try ShippedMatcher.get().redactor
        XCTAssertEqual(redactor.redact("I used the password manager for id.me"), "I used the password manager for id.me")
        XCTAssertEqual(redactor.redact("I used the password tigers for id.me"), "I used the password [PASSWORD] for id.me")
        // How often is no password.
        for kept in ["locked after I try password many times", "typed the password several times", "tried password multiple times"] {
            XCTAssertEqual(redactor.redact(kept), kept)
        }
    }
}
