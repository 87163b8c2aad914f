import XCTest
@testable import HelpdeskCore

/// Passwords said in words after a password or passphrase label are redacted; what is said of a password is kept.
final class RedactorScannerWordPasswordsTests: XCTestCase {
    private let redactor = Redactor()

    func testPasswordsSaidInWordsAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("my password is hunter two", "my password is [PASSWORD]"),
            ("MY PASSWORD IS HUNTER TWO", "MY PASSWORD IS [PASSWORD]"),
            ("passphrase: blue monkey sky", "passphrase: [PASSWORD]"),
            ("password is the word fluffy", "password is the word [PASSWORD]"),
            ("password is the word fluffy. it failed", "password is the word [PASSWORD]. it failed"),
            ("the passphrase was Summer2024!", "the passphrase was [PASSWORD]"),
            ("password was hunter two but it failed", "password was [PASSWORD] but it failed"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testWhatIsSaidOfAPasswordIsKept() {
        let kept = [
            "my password is expired",
            "my password is twelve characters",
            "password is ten characters long",
            "the password is two weeks old",
            "my password is over two years old",
            "my password is the word",
            "password is the word expired",
            "passphrase is not working",
            "my password is wrong twice",
        ]
        assertKeeps(kept, with: redactor)
    }
}
