import XCTest
@testable import HelpdeskCore

/// Words and numbers that name a form, notice, ticket, case or error are kept after a password or code label.
final class RedactorScannerNamingWordsTests: XCTestCase {
    private let redactor = Redactor()

    func testNamesAfterALabelAreKept() {
        let kept = [
            "error code 100012 when I open e-services",
            "Error Code 100012",
            "the code field says error 500012",
            "password field shows error e1042b",
            "password reset, see ticket inc004471",
            "password reset, see case cs-2024-118",
            "password reset, see Case CS-2024-118",
            "password reset, incident INC004471",
            "code resent, order 48291357",
            "forgot idme password after the covid19 lockdown",
            "password Form8821 signed",
            "password form1040x",
            "password CP2000 letter",
            "password cp2000 letter",
            "password after the 5071C and 4883C letters",
            "password for schedule1",
            "my pin number 1099 form question",
            "the code 482913 forms",
        ]
        assertKeeps(kept, with: redactor)
    }

    /// The same secrets without the word that names them are still redacted.
    func testSecretsBesideTheseNamesAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("got an error, code 482913 failed", "got an error, code [CODE] failed"),
            ("error code 100012 then the code 482913 failed", "error code 100012 then the code [CODE] failed"),
            ("password field shows e1042bx9", "password field shows [PASSWORD]"),
            ("my pin number 1099 please", "my pin number [CODE] please"),
            ("password Summer2024 signed", "password [PASSWORD] signed"),
            ("forgot my password, old one was monkey12", "forgot my password, old one was [PASSWORD]"),
            ("forgot my password, old one: monkey12", "forgot my password, old one: [PASSWORD]"),
            ("forgot my password, old one was Covid19!", "forgot my password, old one was [PASSWORD]"),
            ("password is covid19", "password is [PASSWORD]"),
        ]
        assertRedacts(cases, with: redactor)
    }
}
