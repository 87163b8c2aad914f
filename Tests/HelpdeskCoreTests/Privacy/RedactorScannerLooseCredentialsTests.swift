import XCTest
@testable import HelpdeskCore

/// Passwords and codes said a few words after their label, in the same sentence, are redacted; ordinary words and
/// numbers after the same labels are kept.
final class RedactorScannerLooseCredentialsTests: XCTestCase {
    private let redactor = Redactor()

    func testSecretsInTheWordsAfterTheirLabelAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("forgot my password, old one was Summer2024!", "forgot my password, old one was [PASSWORD]"),
            ("the code i got is 482913", "the code i got is [CODE]"),
            ("code sent to me: 482913 failed", "code sent to me: [CODE] failed"),
            ("the text code (482913) didnt work", "the text code ([CODE]) didnt work"),
            ("password used: Summer2024", "password used: [PASSWORD]"),
            ("password for idme Summer2024!", "password for idme [PASSWORD]"),
            ("the password she uses is Summer2024!", "the password she uses is [PASSWORD]"),
            ("I changed the password to Spring2026! but still locked",
             "I changed the password to [PASSWORD] but still locked"),
            ("user jdoe pass Summer2024 cant login", "user jdoe pass [PASSWORD] cant login"),
            // Quoted values, letters and symbols without a digit, and every value in the window.
            ("the password she set was 'Tax2026season' I think", "the password she set was '[PASSWORD]' I think"),
            ("the password is Pa$$word and it fails", "the password is [PASSWORD] and it fails"),
            ("pw tried Summer2024 then Summer2025", "pw tried [PASSWORD] then [PASSWORD]"),
            ("passcode from the app, \"x9x9x9x9\"", "passcode from the app, \"[PASSWORD]\""),
            // Codes in groups of one size, after any code label.
            ("the code they texted was 482 913 and it failed", "the code they texted was [CODE] and it failed"),
            ("verification code from ID.me: 48-29-13", "verification code from ID.me: [CODE]"),
            ("my otp from the app says #48291357", "my otp from the app says #[CODE]"),
            ("IP PIN from the letter 123456 rejected", "IP PIN from the letter [CODE] rejected"),
            ("the code they texted was 4 8 2 9 1 3", "the code they texted was [CODE]"),
            ("the code they texted was 4 8 2 9 1 3 and failed", "the code they texted was [CODE] and failed"),
            // Eight words at most, never past the end of the sentence or line.
            ("password one two three four five six seven Summer2024",
             "password one two three four five six seven [PASSWORD]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testWordsAndNumbersThatAreNoSecretAreKept() {
        let kept = [
            "my password is wrong",
            "error code 500",
            "code 846 on the transcript",
            "reset code expired",
            "password reset on 12/15",
            "IND-031 reject code",
            "5071C letter",
            "password for idme expired",
            // Out of reach: past eight words, past the end of a sentence or line.
            "password one two three four five six seven eight Summer2024",
            "my password expired. Then I saw Summer2024 on a sticky note",
            "the code expired\norder 482913 shipped",
            "a bare pass then a word: pass the Summer2024 exam",
            // Words that name something: units, ordinals, forms, products, tickets, web addresses.
            "password locked at 10:30am after 3 tries",
            "password reset needs the 2-step login on TY2024 and CP2000",
            "password for office365 and Windows11 expired",
            "password fails since app v2.3.1",
            "password reset, ticket#4471 open",
            "password page at sa.www4.irs.gov",
            "password for 1099-NEC filing",
            // A product whose name looks like a password (the lexicon's password_shaped_products).
            "we use a password manager (1Password) for the firm",
            "the password is saved in 1Password",
            // Numbers after a code label that are something else: dates, tickets, short codes, mixed groups.
            "code expired on 20250415",
            "code on ticket 4471234 still not sent",
            "the code expired on 2025-04-15",
            "code sent to 555-0100",
            "the code is for form 8821 and 2848",
            "reject code IND-031-04 on 12 returns",
            // A symbol at a word's edge is punctuation, and letters alone are words.
            "my password is great!",
            "password for =sign in",
            "password for Summer!!",
            // Control characters are no password: an escape sequence is left for the echo's own guard.
            "I typed my password, then \u{1B}]0;pwned1\u{07} appeared",
        ]
        assertKeeps(kept, with: redactor)
    }

    /// A label reads at most 64 bytes of the word it ends in, so a run of labels without spaces is not read once per
    /// label; the last label of the run still reads the words after it, and a label glued to a long word reads none.
    func testRunsOfLabelsWithoutSpaces() {
        let labels = String(repeating: "password:", count: 300)
        XCTAssertEqual(redactor.redact(labels + " Summer2024"), labels + " [PASSWORD]")
        let glued = "code:" + String(repeating: "x", count: 100) + " 482913"
        XCTAssertEqual(redactor.redact(glued), glued)
    }

    func testTheMatcherSeesNeitherTheSecretNorItsPlaceholder() {
        let text = redactor.removingPersonalData(from: "forgot my password, old one was Summer2024! code i got 482913",
                                                 labels: DataLabels())
        XCTAssertFalse(text.contains("Summer"), text)
        XCTAssertFalse(text.contains("482913"), text)
        XCTAssertFalse(text.contains("["), text)
    }
}
