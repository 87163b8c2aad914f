import XCTest
@testable import HelpdeskCore

/// Licence and account numbers and user names after their label are redacted; the label's other uses are kept.
final class RedactorScannerAccountIDsTests: XCTestCase {
    private let redactor = Redactor()

    func testIDsAfterTheirLabelAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("driver license D1234567", "driver license [LICENSE]"),
            ("driver's license no. A123-456-789", "driver's license no. [LICENSE]"),
            ("DL# 99887766", "DL# [LICENSE]"),
            ("passport # X12345678 for idme", "passport # [LICENSE] for idme"),
            ("her passport number is 567890123X", "her passport number is [LICENSE]"),
            ("account number 000123456789", "account number [ACCOUNT]"),
            ("bank acct #: 0001-2345-6789", "bank acct #: [ACCOUNT]"),
            ("account number 123456789", "account number [ACCOUNT]"),
            ("account no 123456", "account no [ACCOUNT]"),
            ("bank account 12345678", "bank account [ACCOUNT]"),
            ("my username is jdoe1975", "my username is [USERNAME]"),
            ("user name: jane.doe", "user name: [USERNAME]"),
            ("login id j_doe", "login id [USERNAME]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testOtherUsesOfTheLabelsAreKept() {
        let kept = [
            "license renewal 2024",
            "passport expired 2024",
            "passport photo upload failed",
            "account ending 6789",
            "parent account 123456",
            "IRS account 2024 balance",
            "account locked since 12/15",
            "my username is wrong",
            "username and password",
        ]
        assertKeeps(kept, with: redactor)
        XCTAssertEqual(redactor.redact("username jane.doe@firm.com"), "username [EMAIL]")
    }

    /// With the shipped knowledge base's words, which tell a user name from an English word after `signed in as`.
    func testUserNamesAfterShorthandAndSignedInAsAreRedacted() throws {
        let redactor = try ShippedMatcher.get().redactor
        assertRedacts([
            ("signed in as jdoe and it says locked", "signed in as [USERNAME] and it says locked"),
            ("logged in as jdoe99 but locked", "logged in as [USERNAME] but locked"),
            ("Usr nm: jdoe99 password wont reset", "Usr nm: [USERNAME] password wont reset"),
            ("usrnm jdoe99 locked", "usrnm [USERNAME] locked"),
            ("u/n: jdoe locked", "u/n: [USERNAME] locked"),
        ], with: redactor)
        assertKeeps(["signed in as admin and it says locked", "logged in as a different user", "i signed in as usual",
                     "sign in as the client"], with: redactor)
    }
}
