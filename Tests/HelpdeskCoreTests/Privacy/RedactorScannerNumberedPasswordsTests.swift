import XCTest
@testable import HelpdeskCore

/// `password` and a number, typed as one word, is a password wherever it stands.
final class RedactorScannerNumberedPasswordsTests: XCTestCase {
    func testPasswordAndANumberAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("Password123 is what I use", "[PASSWORD] is what I use"),
            ("i tried password1! and it failed", "i tried [PASSWORD] and it failed"),
            ("she typed \"PASSWORD2024\" twice", "she typed \"[PASSWORD]\" twice"),
        ]
        assertRedacts(cases)
    }

    func testOtherWordsWithPasswordAreKept() {
        assertKeeps(["password 2 failed", "passwords123", "password123abc form", "step 3 password"])
    }
}
