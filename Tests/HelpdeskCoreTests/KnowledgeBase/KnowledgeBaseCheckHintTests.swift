import XCTest
@testable import HelpdeskCore

/// The `kb check` hint after a knowledge base fails to load names the folder only when its name is shown as typed.
final class KnowledgeBaseCheckHintTests: XCTestCase {
    static let generic = "run 'helpdesk kb check --kb <dir>' with <dir> that folder (its name is shown redacted)"

    func testTheHintNamesTheFolderOnlyWhenRedactionLeavesItRunnable() {
        let cases: [(path: String, hint: String)] = [
            ("/srv/helpdesk/kb", "run 'helpdesk kb check --kb /srv/helpdesk/kb'"),
            ("KnowledgeBase", "run 'helpdesk kb check --kb KnowledgeBase'"),
            // Numbers that are no personal data stay: a year, a date without birth context, a ZIP code.
            ("/srv/kb-2026", "run 'helpdesk kb check --kb /srv/kb-2026'"),
            // A name the shell would cut or read is put in double quotes; one that needs more gets the generic hint.
            ("/srv/kb 04-15-2026/90210", "run 'helpdesk kb check --kb \"/srv/kb 04-15-2026/90210\"'"),
            ("/srv/tax (2026)/kb", "run 'helpdesk kb check --kb \"/srv/tax (2026)/kb\"'"),
            ("/srv/o'brien/kb", "run 'helpdesk kb check --kb \"/srv/o'brien/kb\"'"),
            ("~/kb", "run 'helpdesk kb check --kb \"~/kb\"'"),
            ("/srv/$HOME/kb", Self.generic),
            ("/srv/say \"hi\"/kb", Self.generic),
            // Redacted, the name would point at a folder that does not exist ('.../Brown [SSN]').
            ("/clients/Brown 345-67-8901", Self.generic),
            ("/home/jane.doe@firm.com/kb", Self.generic),
            ("/clients/call 212-555-0134/kb", Self.generic),
            // A control character is shown as U+FFFD: not the folder's name either.
            ("/srv/kb\u{1B}[2J", Self.generic),
        ]
        for c in cases {
            XCTAssertEqual(KnowledgeBaseCheckHint(path: c.path).text, c.hint, c.path.debugDescription)
        }
    }
}
