import XCTest
@testable import HelpdeskCore

/// A ZIP code after its state is part of an address, with the city before it; a 5-digit number after other words,
/// or after an abbreviation that is a word too without a comma, is kept.
final class RedactorScannerPlacesTests: XCTestCase {
    private let redactor = Redactor()

    func testZIPCodesAfterTheirStateAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("I live in Springfield IL 62704", "I live in [ADDRESS]"),
            ("Springfield IL 62704", "[ADDRESS]"),
            ("moved to Austin, TX 78701 last month", "moved to [ADDRESS] last month"),
            ("austin, tx 78701", "[ADDRESS]"),
            ("Springfield, Illinois 62704-1234", "[ADDRESS]"),
            ("new york 10001", "[ADDRESS]"),
            ("Charleston West Virginia 25301", "[ADDRESS]"),
            ("Boise, ID 83702", "[ADDRESS]"),
            ("zip TX 78701", "zip [ADDRESS]"),
            ("Austin TX 78701", "[ADDRESS]"),
            ("Boise ID 83702", "[ADDRESS]"),
            ("she lives in Portland OR 97201 now", "she lives in [ADDRESS] now"),
            ("Tulsa OK 74103", "[ADDRESS]"),
            ("Portland ME 04101", "[ADDRESS]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testOtherFiveDigitNumbersAreKept() {
        let kept = [
            "Tax ID 12345",
            "Case ID 12345 is open",
            "Boise ID 12345",
            "ID 83702",
            "my ID 83702",
            "logged IN 12345 times",
            "signed IN 46201 times",
            "error OR 50012",
            "tx 78701",
            "order number 62704",
            "texas form 12345-678",
        ]
        assertKeeps(kept, with: redactor)
    }

    /// After a street, the state may come without a ZIP code when written as on an envelope, and the city alone.
    func testAPlaceAfterAStreetGoesWithIt() {
        let cases: [(input: String, expected: String)] = [
            ("45 Oak Ave, Springfield, IL and the rest", "[ADDRESS] and the rest"),
            ("45 Oak Ave Springfield IL", "[ADDRESS]"),
            ("45 Oak Ave in IL", "[ADDRESS] in IL"),
            ("45 Oak Ave, Springfield", "[ADDRESS]"),
            ("45 Oak Ave 62704", "[ADDRESS]"),
        ]
        assertRedacts(cases, with: redactor)
    }
}
