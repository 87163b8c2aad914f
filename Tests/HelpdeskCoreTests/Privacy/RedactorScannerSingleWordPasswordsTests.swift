import XCTest
@testable import HelpdeskCore

/// One word without a digit right after a password label and a link is a password when it closes the clause; what
/// people say a password is stays as typed.
final class RedactorScannerSingleWordPasswordsTests: XCTestCase {
    private let redactor = Redactor()

    func testOneWordPasswordsAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("my password is hunter", "my password is [PASSWORD]"),
            ("password: sunshine", "password: [PASSWORD]"),
            ("pw is letmein", "pw is [PASSWORD]"),
            ("MY PASSWORD IS HUNTER", "MY PASSWORD IS [PASSWORD]"),
            ("my password was Summer!!", "my password was [PASSWORD]"),
            ("my password is dragon.", "my password is [PASSWORD]."),
            ("her password is 'sunshine'", "her password is '[PASSWORD]'"),
            ("my password is hunter and it fails", "my password is [PASSWORD] and it fails"),
            ("the password is qwerty but it still fails", "the password is [PASSWORD] but it still fails"),
            ("password: Hunter, username: jdoe", "password: [PASSWORD], username: [USERNAME]"),
            ("my pasword is monkey\nthanks", "my pasword is [PASSWORD]\nthanks"),
            // After `:` or `=`, a word's ending says nothing of it: "-ly", "-ed" are the value.
            ("password: tigerlily", "password: [PASSWORD]"),
            ("pw: butterfly", "pw: [PASSWORD]"),
            ("password=Ilovemyfamily", "password=[PASSWORD]"),
            ("password: redtailed", "password: [PASSWORD]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testShortWordsAndNumbersAfterALinkAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("password: abc and it fails", "password: [PASSWORD] and it fails"),
            ("password:abc", "password:[PASSWORD]"),
            ("pw:abc", "pw:[PASSWORD]"),
            ("pw: abc", "pw: [PASSWORD]"),
            ("password is dog", "password is [PASSWORD]"),
            ("my password is abc", "my password is [PASSWORD]"),
            ("pass: x7", "pass: [PASSWORD]"),
            ("password: 1234", "password: [PASSWORD]"),
            ("my password is 4321.", "my password is [PASSWORD]."),
            ("password: 1234 and it fails", "password: [PASSWORD] and it fails"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testOrdinarySentencesAfterALinkAreKept() {
        let kept = [
            "password is wrong", "password is not working", "password is expired", "the password is the same as id.me",
            "password reset", "password: forgot it", "my password is ok", "password is on file", "my password is 8 characters",
            "my password is 2 weeks old", "password is it", "password is a mess",
        ]
        assertKeeps(kept, with: redactor)
    }

    func testWhatIsSaidOfAPasswordIsKept() {
        let kept = [
            "my password is wrong", "my password is expired", "my password is correct", "my password is not working",
            "my password is the same", "my password is locked", "my password is too long", "my password is incorrect",
            "my password is great!", "my password is case-sensitive", "my password is messed up",
            "my password is flagged", "my password is expiring soon", "my password is totally not working",
            "my password is somewhere in my notes", "my password is saved in chrome", "my password is mine",
            "my password is ok but the code fails", "my password is fine", "my password is unknown", "password: yes",
            "password: required", "Password: (blank)", "password: none", "password: n/a",
            "my password is hunter right?", "the password is what?", "which password is correct",
            "what password is needed", "my pass is expired", "boarding pass was lost", "Password: It works now",
            "my password isn't working", "password reset on 12/15", "password was. How", "my password is my email",
            "my password is super long", "password is fixed period",
        ]
        assertKeeps(kept, with: redactor)
    }

    /// The knowledge base's words that follow a password label are kept as the one word after a link too: "password:
    /// expiry this week" was written "password: [PASSWORD] this week".
    func testTheKnowledgeBasesNotPasswordWordsAreKept() {
        let redactor = Redactor().knowing(notPasswordWords: ["expiry", "status", "age"])
        assertKeeps(["password: expiry this week", "password = status this week", "pw: age this week"], with: redactor)
        assertRedacts([("password: hunter this week", "password: [PASSWORD] this week")], with: redactor)
    }
}
