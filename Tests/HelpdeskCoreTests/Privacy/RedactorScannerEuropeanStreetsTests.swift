import XCTest
@testable import HelpdeskCore

/// Streets written as in Europe or Latin America, with a house number and a city after a comma but no postcode, are
/// redacted (they were kept); the same words without their house number or city, and other numbers before a comma and
/// a capitalized word, are kept.
final class RedactorScannerEuropeanStreetsTests: XCTestCase {
    func testStreetsWithACityAreRedacted() {
        assertRedacts([
            ("client lives at 14 Rue des Lilas, Lyon", "client lives at [ADDRESS]"),
            ("14 rue de la Paix, Paris", "[ADDRESS]"),
            ("Adresse: Hauptstraße 12, Berlin", "Adresse: [ADDRESS]"),
            ("Karl-Marx-Str. 5a, Berlin", "[ADDRESS]"),
            ("Keizersgracht 123, Amsterdam", "[ADDRESS]"),
            ("client lives on Via Roma 25, Milano", "client lives on [ADDRESS]"),
            ("address: Calle Mayor 15, Madrid", "address: [ADDRESS]"),
            ("direccion: Av. Insurgentes Sur 1602, Ciudad de Mexico", "direccion: [ADDRESS] de Mexico"),
        ])
    }

    func testOtherNumbersBeforeACityAreKept() {
        assertKeeps([
            "error 12, Berlin office", "tried 12 times, Lyon office", "Hauptstraße 12", "Via Roma 25",
            "14 rue de la Paix", "step 3 via Login.gov, Then", "version 3, Windows", "Form 8821, Page",
            "sent via Email 25, Monday",
        ])
    }
}
