import XCTest
@testable import HelpdeskCore

/// Medicare beneficiary identifiers are redacted by their shape alone; other mixes of letters and digits are kept.
final class RedactorScannerMedicareNumbersTests: XCTestCase {
    func testMedicareNumbersAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("medicare 1EG4-TE5-MK73", "medicare [MEDICARE]"),
            ("her MBI is 1EG4TE5MK73.", "her MBI is [MEDICARE]."),
            ("1eg4 te5 mk73 on the card", "[MEDICARE] on the card"),
            ("(9AA0-A00-AA00)", "([MEDICARE])"),
        ]
        assertRedacts(cases)
    }

    func testOtherShapesAreKept() {
        assertKeeps([
            "1EG4-TE5MK73", "0EG4-TE5-MK73", "1SG4-TE5-MK73", "1EG4-TE5-MK7", "1EG4-TE5-MK734", "1EGA-TE5-MK73",
            "1st step", "2FA code", "1EG4-TE5-MK73x",
        ])
    }
}
