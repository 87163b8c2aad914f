import XCTest
@testable import HelpdeskCore

/// A user name and password said as a pair after the shipped lists' pair labels are both redacted; a slash between
/// ordinary words after `login` is kept.
final class RedactorScannerCredentialPairsTests: XCTestCase {
    func testPairsAreRedacted() {
        assertRedacts([
            ("u: jdoe p: Maple2023", "u: [USERNAME] p: [PASSWORD]"),
            ("U: jdoe P: Maple2023 still locked", "U: [USERNAME] P: [PASSWORD] still locked"),
            ("user=jdoe pw=bluefalcon", "user=[USERNAME] pw=[PASSWORD]"),
            ("login: jdoe / Tax-Season", "login: [USERNAME] / [PASSWORD]"),
            ("user/pass jdoe/Maple2023", "user/pass [USERNAME]/[PASSWORD]"),
            ("u/p: jdoe / Maple2023.", "u/p: [USERNAME] / [PASSWORD]."),
            ("login jdoe / Maple2023", "login [USERNAME] / [PASSWORD]"),
            ("login: jdoe/Maple2023 doesnt work", "login: [USERNAME]/[PASSWORD] doesnt work"),
        ])
    }

    func testOrdinaryWordsAreKept() {
        assertKeeps([
            "login page / portal is down", "u: can you help", "user/password reset", "login/password reset fails",
            "the user / client is locked", "Login.gov / ID.me", "u p and away", "user: who p: what",
            "login issues / lockouts",
        ])
    }
}

extension RedactorScannerCredentialPairsTests {
    /// A knowledge base's own pair label is read whatever its first letter ("konto" starts with no letter the shipped
    /// labels or the scanner's other labels start with).
    func testAKnowledgeBasesOwnPairLabelIsRead() {
        let words = RedactionWords(lists: ["pair_user_labels": ["konto"], "pair_password_labels": ["p"]])
        let redactor = Redactor().knowing(redactionWords: words)
        XCTAssertEqual(redactor.redact("konto: jdoe p: Maple2023"), "konto: [USERNAME] p: [PASSWORD]")
    }
}
