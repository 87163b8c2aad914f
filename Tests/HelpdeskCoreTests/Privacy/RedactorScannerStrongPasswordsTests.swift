import XCTest
@testable import HelpdeskCore

/// Words that only a password looks like (capital, lowercase letter, digit and symbol) are redacted without a label.
final class RedactorScannerStrongPasswordsTests: XCTestCase {
    private let redactor = Redactor()

    func testWordsOfAPasswordsShapeAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("Password123! is what I use", "[PASSWORD] is what I use"),
            ("I reset it to Hunter2! and it still fails", "I reset it to [PASSWORD] and it still fails"),
            ("i used P@ssw0rd and it says wrong", "i used [PASSWORD] and it says wrong"),
            ("she set (Tax#2026x) yesterday", "she set ([PASSWORD]) yesterday"),
            ("PWD=Tax2026season! failed", "PWD=[PASSWORD] failed"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testOtherWordsAreKept() {
        let kept = [
            "upgraded to Windows11! now it fails",
            "did you get Form8821?",
            // A password manager's name (`password_shaped_products`).
            "LastPass or 1Password?",
            "CP2000! again",
            "IND-031-04 reject",
            "see https://Sa.www4.irs.gov/Login?x=1",
            "Hunter2 without a symbol",
            "hunter2! without a capital",
            // A spreadsheet formula: a `"` inside the word.
            "'=cmd|\" /c calc\"!A1",
        ]
        assertKeeps(kept, with: redactor)
        XCTAssertEqual(redactor.redact("mail Jane.Doe1@firm.com"), "mail [EMAIL]")
    }
}
