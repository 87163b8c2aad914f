import XCTest
@testable import HelpdeskCore

/// An @-mention of a person is redacted with its `@`; an email address, a common word or a knowledge-base word after
/// `@`, and a redactor without the knowledge base's lists, keep it.
final class RedactorScannerMentionsTests: XCTestCase {
    private let redactor = Redactor().finding(namesIn: NameContexts(
        introductions: [], signOffs: [], headerLabels: [], knownWords: ["support", "idme"]))

    func testMentionsAreRedacted() {
        assertRedacts([
            ("@Tamsin can you reset her idme", "[NAME] can you reset her idme"),
            ("@dana.lee can you check", "[NAME] can you check"),
            ("(@jsmith_42) says it failed", "([NAME]) says it failed"),
            ("thanks @Zoë!", "thanks [NAME]!"),
            ("@tamsin.reed.", "[NAME]."),
        ], with: redactor)
    }

    func testOtherAtSignsAreKept() {
        assertKeeps(["@everyone the portal is down", "ask @support", "meet @ 5pm", "@2pm works", "email@ is blank",
                     "@here please check"], with: redactor)
        assertRedacts([("mail dana@firm.com", "mail [EMAIL]")], with: redactor)
        assertKeeps(["@Tamsin can you reset her idme"], with: Redactor())
    }
}
