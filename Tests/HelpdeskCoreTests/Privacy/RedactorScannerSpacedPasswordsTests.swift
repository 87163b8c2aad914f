import XCTest
@testable import HelpdeskCore

/// Passwords of several words right after a password label and a link are redacted; what the caller says about the
/// password is kept.
final class RedactorScannerSpacedPasswordsTests: XCTestCase {
    private let redactor = Redactor()

    func testPasswordsWithSpacesAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("my password is Summer 2024!", "my password is [PASSWORD]"),
            ("my password is correct horse battery staple", "my password is [PASSWORD]"),
            ("password: correct horse battery staple and it fails", "password: [PASSWORD] and it fails"),
            ("Password: Tax Season 2026", "Password: [PASSWORD]"),
            ("her pw was blue monkey tree, she thinks", "her pw was [PASSWORD], she thinks"),
            ("the pasword is now Spring Fling 26.", "the pasword is now [PASSWORD]."),
            ("my pass is Hunter2", "my pass is [PASSWORD]"),
            // Capitals make words that otherwise carry a sentence a password's.
            ("new password is My Dog Rex 2019", "new password is [PASSWORD]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testWhatIsSaidOfAPasswordIsKept() {
        let kept = [
            "my password is wrong",
            "my password is not working",
            "my password is correct",
            "my password is correct but it fails",
            // A message in capitals: the capitals say nothing about a password.
            "MY PASSWORD IS RIGHT BUT THE CODE GOES TO A PHONE I DONT HAVE ANYMORE",
            "my password is wrong and expired",
            "my password is 12 characters long",
            "Password is correct. Needs steps to set up new MFA.",
            "my password is the same as before",
            "my password is expired since yesterday",
            "my password is locked out again",
            "password is case sensitive right?",
            "password was compromised last week",
            "my password isn't working",
            "password reset on 12/15",
            "my pass is expired",
            "boarding pass was lost",
            "Password: I tried 3 times",
            "Password: It works now",
            "Password: The site says no",
        ]
        assertKeeps(kept, with: redactor)
    }

    /// What quotes hold right after a password label with no link: "pw 'correct horse battery staple'" was kept.
    func testQuotedPasswordsWithoutALinkAreRedacted() {
        assertRedacts([
            ("pw 'correct horse battery staple'", "pw '[PASSWORD]'"),
            ("password \"purple monkey dishwasher\" fails", "password \"[PASSWORD]\" fails"),
            ("password is \"purple monkey dishwasher\"", "password is [PASSWORD]"),
            ("my password 'fluffy' fails", "my password '[PASSWORD]' fails"),
        ])
        assertKeeps(["the password 'reset' link", "reset her password 'with ID.me like the IRS says'", "password 'open", "password ' x y '", "password \"\" again"],
                    with: Redactor().knowing(notPasswordWords: ["reset"]))
    }

    /// Two words without a digit after a password label and a colon were kept ("password: blue falcon").
    func testTwoPlainWordsAfterAColonAreAPassword() throws {
        let redactor = try ShippedMatcher.get().redactor
        assertRedacts([
            ("password: blue falcon", "password: [PASSWORD]"),
            ("pw = purple walrus and it fails", "pw = [PASSWORD] and it fails"),
        ], with: redactor)
        assertKeeps(["password: not working", "password: reset link", "password: expired again", "password: forgot it",
                     "password: keeps failing", "password: ID.me account", "password: locked out"], with: redactor)
    }
}
