import XCTest
@testable import HelpdeskCore

/// A label typed against its number is read as if a space split them; other letters glued to a number keep it.
final class RedactorScannerGluedLabelsTests: XCTestCase {
    private let redactor = Redactor()

    func testGluedLabelsRedactLikeSpacedOnes() {
        let cases: [(input: String, expected: String)] = [
            ("SSN123456789", "SSN[SSN]"),
            ("SSN:123456789", "SSN:[SSN]"),
            ("SSN 123456789", "SSN [SSN]"),
            ("my ssn123456789 thanks", "my ssn[SSN] thanks"),
            ("ssn123-45-6789", "ssn[SSN]"),
            ("SSN123 456 789", "SSN[SSN]"),
            ("ITIN912781234", "ITIN[ITIN]"),
            ("EIN123456789", "EIN[EIN]"),
            ("FEIN12-3456789", "FEIN[EIN]"),
            ("PTINP12345678", "PTIN[PTIN]"),
            ("ptinp12345678.", "ptin[PTIN]."),
            ("PTIN01234567", "PTIN[PTIN]"),
            ("my ptin01234567 expired", "my ptin[PTIN] expired"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testOtherGluedLettersKeepTheirNumber() {
        let kept = [
            "protein123456789",
            "AB123456789XY",
            "ssn12345678",
            "PTINP1234567",
            "PTIN1234567",
            "XPTIN01234567",
            "XPTINP12345678",
        ]
        assertKeeps(kept, with: redactor)
    }

    func testTheMatcherSeesNoGluedLabelNorNumber() {
        let text = redactor.removingPersonalData(from: "SSN123456789 forgot my password", labels: DataLabels())
        XCTAssertFalse(text.contains("123456789"), text)
        XCTAssertFalse(text.contains("["), text)
    }
}
