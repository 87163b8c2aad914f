import XCTest
@testable import HelpdeskCore

/// A title after a greeting or introduction is kept and only the name after it redacted; without titles the whole is
/// read as before.
final class RedactorScannerNameTitlesTests: XCTestCase {
    private func redactor(titles: [String]) -> Redactor {
        Redactor().finding(namesIn: NameContexts(introductions: ["dear ...", "hi ...", "hello ...", "this is ..."], signOffs: [],
                                                 headerLabels: [], knownWords: ["team"], titles: titles))
    }

    /// "Dear Mr. Ruiz" was "Dear [NAME]. [NAME]" with the shipped lists, "Dear Miss Hale" was "Dear [NAME]".
    func testATitleIsKeptBeforeTheName() {
        assertRedacts([
            ("Dear Mr. Ruiz, my ID.me is locked", "Dear Mr. [NAME], my ID.me is locked"),
            ("Dear Miss Hale, locked out", "Dear Miss [NAME], locked out"),
            ("Hello Mx. Rivera, the code failed", "Hello Mx. [NAME], the code failed"),
            ("Hi Ms Chen, I can't log in", "Hi Ms [NAME], I can't log in"),
            ("this is Dr. Ana Patel from Lee Tax", "this is Dr. [NAME] from Lee Tax"),
            ("Hi Maria, thanks", "Hi [NAME], thanks"),
        ], with: redactor(titles: ["Mr", "mrs", "ms", "mx", "dr", "miss"]))
        assertKeeps(["Hi Team, locked out", "Dear Mr. smith"], with: redactor(titles: ["mr"]))
    }

    func testWithoutTitlesTheTitleIsReadAsAName() {
        assertRedacts([("Dear Miss Hale, locked out", "Dear [NAME], locked out")], with: redactor(titles: []))
    }

    /// The shipped lists: the greeting keeps the title, the title label redacts the name.
    func testTheShippedMatcherKeepsTitles() throws {
        let redactor = try ShippedMatcher.get().redactor
        for (input, expected) in [
            ("Dear Mr. Ruiz, my ID.me is locked", "Dear Mr. [NAME], my ID.me is locked"),
            ("Hi Ms. Chen", "Hi Ms. [NAME]"),
            ("Thanks, Dr. Patel", "Thanks, Dr. [NAME]"),
            ("Mrs Okafor called", "Mrs [NAME] called"),
            ("Dear Miss Hale, locked out", "Dear Miss [NAME], locked out"),
            ("Hello Mx. Rivera", "Hello Mx. [NAME]"),
        ] {
            XCTAssertEqual(redactor.redact(input), expected, input)
        }
    }

    /// A title without its dot before a surname: "Ms Chen" was kept; "MS Authenticator" is Microsoft's.
    func testSurnamesAfterTitlesWithoutADot() throws {
        let redactor = try ShippedMatcher.get().redactor
        assertRedacts([
            ("Ms Chen cant log in", "Ms [NAME] cant log in"),
            ("Mr Patel cant log in", "Mr [NAME] cant log in"),
            ("we spoke to Dr Okafor today", "we spoke to Dr [NAME] today"),
        ], with: redactor)
        assertKeeps(["MS Authenticator code", "Ms Word file", "Dr Office"], with: redactor)
    }
}
