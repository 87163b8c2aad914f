import XCTest
@testable import HelpdeskCore

/// A full numeric date with a four-digit year from 1900 to fifteen years ago is a date of birth without a birth word;
/// recent dates and dates without a four-digit year are kept.
final class RedactorScannerBirthYearsTests: XCTestCase {
    func testDatesInABirthYearAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("7/4/1980 can't verify", "[DOB] can't verify"),
            ("7/4/1980, SSN ends 4321", "[DOB], SSN ends [SSN]"),
            ("she was 12-25-1961 i think", "she was [DOB] i think"),
            ("1980-07-04 on file", "[DOB] on file"),
            ("04.07.1900", "[DOB]"),
        ]
        assertRedacts(cases)
    }

    func testRecentAndPartialDatesAreKept() {
        let recent = String(RedactorScanner.latestBirthYear + 1)
        assertKeeps([
            "since 11/20", "locked out on 1/15/2026", "1/2/\(recent)", "\(recent)-01-02", "7/4/80 maybe", "July 4, 1980",
            "7 4 1980", "19800704", "1/2/1899", "13/13/1980", "in 1980",
        ])
    }

    func testTheLatestBirthYearIsFifteenYearsAgo() {
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        XCTAssertEqual(RedactorScanner.latestBirthYear, year - 15)
    }
}
