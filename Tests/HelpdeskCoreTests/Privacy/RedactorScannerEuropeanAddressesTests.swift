import XCTest
@testable import HelpdeskCore

/// German and French street addresses with their postcode and city after a comma are redacted (they were kept); a
/// postcode and city without such a street are kept.
final class RedactorScannerEuropeanAddressesTests: XCTestCase {
    func testStreetsWithPostcodeAndCityAreRedacted() {
        assertRedacts([
            ("Hauptstraße 12, 10115 Berlin", "[ADDRESS]"),
            ("lives at Karl-Marx-Str. 5a, 10178 Berlin now", "lives at [ADDRESS] now"),
            ("Lindenweg 3, 80331 München", "[ADDRESS]"),
            ("12 rue de Rivoli, 75001 Paris", "[ADDRESS]"),
            ("moved to 3 avenue des Champs-Élysées, 75008 Paris.", "moved to [ADDRESS]."),
            ("8 allée des Pins, 33000 Bordeaux", "[ADDRESS]"),
            // The accent typed as a mark of its own after the "e".
            ("8 alle\u{0301}e des Pins, 33000 Bordeaux", "[ADDRESS]"),
        ])
    }

    func testOtherNumbersAreKept() {
        assertKeeps([
            "Hauptstraße 12", "12 rue de Rivoli", "error, 10115 Berlin office", "tried 12 times, 10115 Berlin",
            "step 12, 75001 Paris", "Form 8821, 10115 pages",
        ])
    }
}
