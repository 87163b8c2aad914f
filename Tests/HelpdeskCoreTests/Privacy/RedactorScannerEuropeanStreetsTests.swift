import XCTest
@testable import HelpdeskCore
import TestSupport

/// Streets written as in Europe or Latin America, with a house number and a city after a comma but no postcode, are
/// redacted (they were kept); the same words without their house number or city, and other numbers before a comma and
/// a capitalized word, are kept; so are English words that end in a street type or follow one, with the shipped
/// knowledge base's dictionary and without it.
final class RedactorScannerEuropeanStreetsTests: XCTestCase {
    /// The shipped knowledge base's redactor, which knows its `dictionary`; nil when the KB does not load.
    private static let shipped: Redactor? = (try? PackagePaths.loadShipped()).map { Redactor(knowledgeBase: $0, vocabulary: nil) }

    /// The plain redactor and the shipped knowledge base's.
    private func redactors() throws -> [Redactor] {
        [Redactor(), try XCTUnwrap(Self.shipped, "the shipped KB must load")]
    }

    static let streets = [
        ("client lives at 14 Rue des Lilas, Lyon", "client lives at [ADDRESS]"),
        ("14 rue de la Paix, Paris", "[ADDRESS]"),
        ("Adresse: Hauptstraße 12, Berlin", "Adresse: [ADDRESS]"),
        ("Karl-Marx-Str. 5a, Berlin", "[ADDRESS]"),
        ("Keizersgracht 123, Amsterdam", "[ADDRESS]"),
        ("client lives on Via Roma 25, Milano", "client lives on [ADDRESS]"),
        ("address: Calle Mayor 15, Madrid", "address: [ADDRESS]"),
        ("direccion: Av. Insurgentes Sur 1602, Ciudad de Mexico", "direccion: [ADDRESS] de Mexico"),
        ("3 avenue des Champs-Élysées, Paris", "[ADDRESS]"),
        ("Hauptstraße 12, 10115 Berlin", "[ADDRESS]"),
        ("12 rue de rivoli, 75001 Paris", "[ADDRESS]"),
        ("Kaiserring 5, Mannheim", "[ADDRESS]"),
    ]

    func testStreetsWithACityAreRedacted() throws {
        for redactor in try redactors() { assertRedacts(Self.streets, with: redactor) }
    }

    func testOtherNumbersBeforeACityAreKept() throws {
        for redactor in try redactors() {
            assertKeeps([
            "error 12, Berlin office", "tried 12 times, Lyon office", "Hauptstraße 12", "Via Roma 25",
            "14 rue de la Paix", "step 3 via Login.gov, Then", "version 3, Windows", "Form 8821, Page",
            "sent via Email 25, Monday",
            ], with: redactor)
        }
    }

    /// "During 2024, Then my account locked" was "[ADDRESS] my account locked": `ring` ends "During", and "route" is a
    /// street type before "options".
    func testEnglishWordsThatLookLikeStreetsAreKept() throws {
        let english = [
            "During 2024, Then my account locked", "I signed up in Spring 2025, Now I cant log in",
            "Step 2 route options, Nothing worked", "Offering 3, Then", "String 12, Then it failed",
            "Morning 2, Then", "Evening 3, Then it locked", "Bring 2, Then", "Herring 4, Then",
            "I took route 66, Then it failed", "Step 3 route 66, Then", "place 2 orders, Then it failed",
            "I place 2 Orders, Then", "tried 2 place Orders, Then it failed", "took 2 cours, Then",
            "2 cours Online, Then",
        ]
        assertKeeps(english, with: try XCTUnwrap(Self.shipped, "the shipped KB must load"))
        // Without a dictionary, a street type must still end a word of three letters or more, or go before a capital.
        assertKeeps(["During 2024, Then my account locked", "I signed up in Spring 2025, Now I cant log in",
                     "Step 2 route options, Nothing worked", "String 12, Then it failed", "Bring 2, Then"])
    }
}
