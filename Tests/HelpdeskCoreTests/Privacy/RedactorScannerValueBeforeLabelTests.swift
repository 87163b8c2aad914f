import XCTest
@testable import HelpdeskCore

/// A password or code said before its label ("Summer2024 as the password", "482913 is the code") is redacted; other
/// words and numbers before the same labels are kept.
final class RedactorScannerValueBeforeLabelTests: XCTestCase {
    private let redactor = Redactor()

    func testSecretsBeforeTheirLabelAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("i typed Summer2024 as the password", "i typed [PASSWORD] as the password"),
            ("482913 is the code", "[CODE] is the code"),
            ("482913 is my code", "[CODE] is my code"),
            ("Summer2024 is my password", "[PASSWORD] is my password"),
            ("Summer2024 was her old password", "[PASSWORD] was her old password"),
            ("i used monkey12 as my new pw", "i used [PASSWORD] as my new pw"),
            ("1234 is my pin", "[CODE] is my pin"),
            ("48291357 is the otp", "[CODE] is the otp"),
            ("'Tax2026!' is the password", "'[PASSWORD]' is the password"),
            ("x9x9x9x9 is the passcode", "[PASSWORD] is the passcode"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testWordsAndNumbersBeforeALabelThatAreNoSecretAreKept() {
        let kept = [
            "what is the password",
            "Summer2024 password",  // no link word between them
            "1234 is the code",  // a code has six digits or more
            "in 2024 is the pin still needed",  // a year
            "20250415 is the code date",
            "ticket 482913 is the code one",  // named by the word before it
            "error 482913 is the code",
            "Windows11 is the password problem",  // a product
            "Summer2024\nis the password",  // another line
            "Summer2024 is one of many things, then the password",
        ]
        assertKeeps(kept, with: redactor)
    }
}
