import XCTest
@testable import HelpdeskCore

/// A misspelt `password` or `passcode` labels a secret as the word itself does; words near it that are words of
/// their own do not.
final class RedactorScannerMisspelledLabelsTests: XCTestCase {
    private let redactor = Redactor()

    func testMisspeltLabelsAreLabels() {
        let cases: [(input: String, expected: String)] = [
            ("my pasword is Summer2024! forgot", "my pasword is [PASSWORD] forgot"),
            ("passwrd: Hunter2024", "passwrd: [PASSWORD]"),
            ("pasword: x9x9x9x9", "pasword: [PASSWORD]"),
            ("passowrd is Tax2026!", "passowrd is [PASSWORD]"),
            ("pssword Tax2026!", "pssword [PASSWORD]"),
            ("paswrd = Tax2026!", "paswrd = [PASSWORD]"),
            ("Passwrod was Tax2026!", "Passwrod was [PASSWORD]"),
            ("paswords Tax2026! and Tax2027!", "paswords [PASSWORD] and [PASSWORD]"),
            ("pascode 482913", "pascode [CODE]"),
            // Short forms of `passwd`.
            ("psswd: hunter22", "psswd: [PASSWORD]"),
            ("pswd is letmein", "pswd is [PASSWORD]"),
            ("passcde is 1234", "passcde is [CODE]"),
            // A misspelt `username`.
            ("usrname: jdoe", "usrname: [USERNAME]"),
            ("usernmae is janedoe", "usernmae is [USERNAME]"),
            ("Usename = jdoe42", "Usename = [USERNAME]"),
            ("uesrname jdoe42 locked", "uesrname [USERNAME] locked"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testWordsOfTheirOwnAreNoLabels() {
        // "passport" labels a passport's number, never a password.
        assertRedacts([("passport P12345678X renewal", "passport [LICENSE] renewal"),
                       ("passport number X12345678", "passport number [LICENSE]")], with: redactor)
        let kept = [
            "postcode 902101",
            "passed 123456 checks",
            "payment 123456 sent",
            "parent account 123456",
            "passage 482913",
            "pasta recipe 482913",
            "unnamed: jdoe",
            "update: jdoe",
            "usually is jdoe42",
            "surname: jdoe",
        ]
        assertKeeps(kept, with: redactor)
    }
}
