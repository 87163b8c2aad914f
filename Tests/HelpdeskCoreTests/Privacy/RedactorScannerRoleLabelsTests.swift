import XCTest
@testable import HelpdeskCore

/// A role label typed before a `:` or `is` labels the name after it, in lowercase too; what the role is said to be or do
/// is kept.
final class RedactorScannerRoleLabelsTests: XCTestCase {
    /// A role typed before `:` or `is` labels a name in lowercase too, when its first word is a given name or neither an
    /// English word nor the knowledge base's; what the role is said to be or do is kept.
    func testNamesAfterARoleBeforeAColonOrIs() {
        let roles = Redactor(publicPhoneNumbers: [], nameLabels: ["caller", "client", "name:"])
            .finding(namesIn: NameContexts(introductions: [], signOffs: [], headerLabels: [], knownWords: ["monday", "ssa"],
                                           dictionary: WordList(text: "reed\nwants\nnew\nupset\n"),
                                           givenNames: GivenNames(list: WordList(text: "jose\nmaria\n"), commonWordNames: [])))
        assertRedacts([
            ("caller: tamsin reed", "caller: [NAME]"),
            ("client is jose ramirez", "client is [NAME]"),
            ("the client is Jose Ramirez and she is locked out", "the client is [NAME] and she is locked out"),
            ("CALLER: TAMSIN REED", "CALLER: [NAME]"),
            ("caller : maria", "caller : [NAME]"),
        ], with: roles)
        assertKeeps(["client: wants a reset", "client is upset", "caller: ssa account", "client is new",
                     "caller: Monday", "client is locked out", "client is"], with: roles)
    }

    /// A label names a role unless it starts with the word `name` or holds ` name`.
    func testWhetherALabelNamesARole() {
        let cases: [(label: String, role: Bool)] = [
            ("caller", true), ("client", true), ("client:", true), ("", true), ("nam", true), ("surname:", true),
            ("name:", false), ("name is", false), ("my name is", false), ("client name", false), ("caller name:", false),
        ]
        for c in cases {
            XCTAssertEqual(RedactorScanner.namesRole(Array(c.label.utf8)), c.role, c.label)
        }
    }
}
