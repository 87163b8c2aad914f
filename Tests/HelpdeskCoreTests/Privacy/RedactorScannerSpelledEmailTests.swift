import XCTest
@testable import HelpdeskCore

/// Addresses written with spaces, dashes, `period`, letter by letter, or with a mail provider's name alone are
/// redacted; `at` in ordinary sentences is kept.
final class RedactorScannerSpelledEmailTests: XCTestCase {
    private let redactor = Redactor()

    func testLooselyWrittenAddressesAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("j a n e @ gmail.com", "[EMAIL]"),
            ("its j d o e 7 @ firm.com thanks", "its [EMAIL] thanks"),
            ("j a n e at gmail dot com", "[EMAIL]"),
            ("jane @ firm . com", "[EMAIL]"),
            ("jane.doe @ firm .com", "[EMAIL]"),
            ("jane -at- firm -dot- com", "[EMAIL]"),
            ("jane at firm period com", "[EMAIL]"),
            ("jane at firm period com period", "[EMAIL] period"),
            ("jane (at) gmail", "[EMAIL]"),
            ("jane @ yahoo, locked out", "[EMAIL], locked out"),
            ("jane at gmail", "[EMAIL]"),
            ("send it to jdoe at hotmail please", "send it to [EMAIL] please"),
            ("jane at gmail.com", "[EMAIL]"),
            ("jane at icloud dot com", "[EMAIL]"),
            ("my email is jane @ firm.com . Then", "my email is [EMAIL] . Then"),
            // A dot set apart by spaces in the name too.
            ("jane . doe @ firm . com", "[EMAIL]"),
            ("jane . doe @ firm.com locked", "[EMAIL] locked"),
            ("email jane . doe at firm . com", "email [EMAIL]"),
            ("I forgot. doe @ firm . com", "I forgot. [EMAIL]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testAtInOrdinarySentencesIsKept() {
        let kept = [
            "I'm at work",
            "look at gmail",
            "logged in at yahoo",
            "I checked my inbox at gmail.com",
            "my account at outlook is locked",
            "the code arrives at gmail instead",
            "at the office dot",
            "meeting at noon period then lunch",
            "I was at work period and then",
            "jane at firm",
            "jane -at firm",
            "sign in at id.me",
            "the total . com",
            "a b c d e",
            "double-check at gmail",
            "my wife at gmail",
            "done . at work . com",
            "jane . doe",
            "e-services",
        ]
        assertKeeps(kept, with: redactor)
    }
}
