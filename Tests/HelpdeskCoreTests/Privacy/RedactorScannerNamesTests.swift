import XCTest
@testable import HelpdeskCore

/// A capitalized name right after a name label is redacted; lowercase and common words after one are kept, and a
/// redactor given no labels redacts no name.
final class RedactorScannerNamesTests: XCTestCase {
    private let redactor = Redactor(publicPhoneNumbers: [], nameLabels: [
        "my name is", "her name is", "client name is", "client's name is", "client name", "Name:",
    ])

    func testNamesAfterALabelAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("my name is Maria Lopez", "my name is [NAME]"),
            ("name: Maria Lopez", "name: [NAME]"),
            ("client name Maria Lopez needs a reset", "client name [NAME] needs a reset"),
            ("Name:Maria", "Name:[NAME]"),
            ("her name is Maria J. Lopez and she is locked out", "her name is [NAME] and she is locked out"),
            ("client's name is Sean O'Brien-Smith", "client's name is [NAME]"),
            ("MY NAME IS Maria", "MY NAME IS [NAME]"),
            ("my name is Maria Lopez Thanks", "my name is [NAME] Thanks"),
            ("Hi, my name is  Ann McDonald, I can't log in", "Hi, my name is  [NAME], I can't log in"),
            ("user name: JDoe", "user name: [USERNAME]"),
            ("my name is Maria-Jose Garcia Lopez Rivera", "my name is [NAME]"),
            ("name : Maria Lopez", "name : [NAME]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testOtherWordsAfterALabelAreKept() {
        let kept = [
            "my name is not showing",
            "name is wrong on the account",
            "name: Unknown",
            "my name is IRS verified",
            "rename: Maria",
            "surname Lopez",
            "client name",
            "surname : Lopez",
            "my name isMaria",
            "my name is The same",
        ]
        assertKeeps(kept, with: redactor)
    }

    func testARedactorWithoutLabelsKeepsNames() {
        assertKeeps(["my name is Maria Lopez", "name: Maria Lopez"])
    }
}
