import XCTest
@testable import HelpdeskCore

/// Passwords and one-time codes read out by a caller are redacted after their labels; the same words around ordinary
/// numbers and words are kept.
final class RedactorScannerCredentialsTests: XCTestCase {
    private let redactor = Redactor()

    func testPasswordsAndCodesAfterTheirLabelsAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("caller says her password is Summer2024! and the code 482913 didnt work",
             "caller says her password is [PASSWORD] and the code [CODE] didnt work"),
            ("pw: hunter22", "pw: [PASSWORD]"),
            ("PWD=Tax2026season", "PWD=[PASSWORD]"),
            ("password was password123.", "password was [PASSWORD]."),
            ("Password = 'Tax-Season-2026'", "Password = [PASSWORD]"),
            ("pw \"Abc12345\", thanks", "pw [PASSWORD], thanks"),
            ("her pword is 12345678", "her pword is [PASSWORD]"),
            ("passwd:\tLetMeIn99", "passwd:\t[PASSWORD]"),
            ("pw Abc12345\nthanks", "pw [PASSWORD]\nthanks"),
            ("code is 482 913", "code is [CODE]"),
            ("the code: 482-913 expired", "the code: [CODE] expired"),
            ("6 digit code 123456 says invalid", "6 digit code [CODE] says invalid"),
            ("IP PIN 123456 not accepted", "IP PIN [CODE] not accepted"),
            ("IPPIN 123456 not accepted", "IPPIN [CODE] not accepted"),
            ("her ippin is 654321", "her ippin is [CODE]"),
            ("card exp 12/27 cvv 123", "card exp [CARD] cvv [CODE]"),
            ("CVC: 1234", "CVC: [CODE]"),
            ("passcode 1234", "passcode [CODE]"),
            ("OTP was 99887766", "OTP was [CODE]"),
            // More labels and connectors; a label at the end of one line and the value on the next.
            ("pass: Tax2026!", "pass: [PASSWORD]"),
            ("p/w Tax2026!", "p/w [PASSWORD]"),
            ("pass word is Tax2026!", "pass word is [PASSWORD]"),
            ("passcode is Tax2026!", "passcode is [PASSWORD]"),
            ("password is now Tax2026!", "password is now [PASSWORD]"),
            ("password (Tax2026!)", "password [PASSWORD]"),
            ("password:\nSummer2024!", "password:\n[PASSWORD]"),
            ("code: 48 29 13", "code: [CODE]"),
            ("the code was 4829 13", "the code was [CODE]"),
            ("the code, 482913, didnt work", "the code, [CODE], didnt work"),
            ("code -> 482913", "code -> [CODE]"),
            ("PIN# 1234", "PIN# [CODE]"),
            ("pin no. 1234", "pin no. [CODE]"),
            // A list after one label.
            ("passwords Tax2026! and Tax2027!", "passwords [PASSWORD] and [PASSWORD]"),
            ("codes: 482913, 593021", "codes: [CODE], [CODE]"),
            // Another kind that covers the same text wins: it is the more specific.
            ("password: 123-45-6789", "password: [SSN]"),
            // A quoted password with spaces; a code read out digit by digit.
            ("password was 'Tax Season 2026'", "password was [PASSWORD]"),
            ("password: \"Tax Season 2026\" thanks", "password: [PASSWORD] thanks"),
            ("password is 'Tax2026 Season' ok", "password is [PASSWORD] ok"),
            ("code: 4 8 2 9 1 3", "code: [CODE]"),
            ("the code is 4-8-2-9-1-3-5-7", "the code is [CODE]"),
            // An @ with no dotted domain after it, right after a password label, is a password, not an address.
            ("my password is P@ssw0rd", "my password is [PASSWORD]"),
            ("password: P@ssw0rd!", "password: [PASSWORD]"),
            ("my email is jane@firm.com", "my email is [EMAIL]"),
            ("password sent to jane@firm.com", "password sent to [EMAIL]"),
            ("password: jane2@firm.com", "password: [EMAIL]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testWordsAndNumbersThatAreNoSecretAreKept() {
        let kept = [
            "my password is wrong",
            "reset password 10 times",
            "my password expired 2 days ago",
            "password is 12 characters",
            "the code 846 on my transcript",
            "error code 500",
            "reject code IND-031-04",
            "I never got the 6-digit code",
            "pin 12",
            "cvv 12",
            "ippin 123",
            "the password for e-services 2024",
            "pass the 2 tests",
            "password expired on 11/27/2026",
            "IRS Form 8821 code 2",
            "password is 'not 2 things",  // a quote never closed
            "password is 'wrong' 2 times",  // no digit inside the quotes, and one word
            "code 1 2 3 4 5",  // five single digits
            "code 1 2 3 4 5 6 7 8 9",  // nine
            // Control characters are no password: an escape sequence after the word is left for the echo's own guard.
            "forgot my password \u{1B}]0;pwned1\u{07}",
        ]
        assertKeeps(kept, with: redactor)
    }

    func testTheMatcherSeesNeitherTheSecretNorItsPlaceholder() {
        let text = redactor.removingPersonalData(from: "her password is Summer2024! and the code 482913 didnt work",
                                                 labels: DataLabels())
        XCTAssertFalse(text.contains("Summer"), text)
        XCTAssertFalse(text.contains("482913"), text)
        XCTAssertFalse(text.contains("["), text)
    }
}
