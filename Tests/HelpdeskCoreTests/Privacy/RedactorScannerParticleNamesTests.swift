import XCTest
@testable import HelpdeskCore

/// A name whose particles mark it ("van der", "de la", "bin") is redacted whole without a label (it was kept, or its
/// surname was); firms named after a particle, places and the knowledge base's words are kept.
final class RedactorScannerParticleNamesTests: XCTestCase {
    func testNamesWithParticlesAreRedactedWhole() throws {
        let redactor = try ShippedMatcher.get().redactor
        assertRedacts([
            ("Pieter van der Berg cant log in", "[NAME] cant log in"),
            ("Maria de la Cruz locked out", "[NAME] locked out"),
            ("I spoke with Pieter van der Berg yesterday", "I spoke with [NAME] yesterday"),
            ("Hans de Vries is locked out of ID.me", "[NAME] is locked out of ID.me"),
            ("Carlos da Silva forgot password", "[NAME] forgot password"),
            ("Ludovica di Stefano locked out", "[NAME] locked out"),
            ("Gerrit ter Horst lost phone", "[NAME] lost phone"),
            ("client: Mohammed bin Salman Al Saud", "client: [NAME]"),
        ], with: redactor)
    }

    func testParticlesWithoutANameAreKept() throws {
        let redactor = try ShippedMatcher.get().redactor
        assertKeeps([
            "Van der Berg Accounting can't log in", "de la Cruz", "Le code ne marche pas", "El cliente no puede entrar",
            "ID.me de la cuenta", "IRS e-Services van der", "how do I reset my e-Services password with ID.me",
        ], with: redactor)
    }

    /// A given name that is also a word (`common_word_names`: "Rosa", "Mercedes", "Will") opens a name before a
    /// particle and a surname that is no English word ("Rosa del Toro" was kept whole).
    func testGivenNamesThatAreWordsOpenAParticleName() throws {
        let redactor = try ShippedMatcher.get().redactor
        assertRedacts([
            ("Rosa del Toro cant log in", "[NAME] cant log in"),
            ("Rosa de la Fuente locked out", "[NAME] locked out"),
            ("Dolores del Toro cant log in", "[NAME] cant log in"),
            ("Dolores de la Vega locked out", "[NAME] locked out"),
            ("Mercedes del Rio forgot password", "[NAME] forgot password"),
            ("Mercedes de la Vega forgot password", "[NAME] forgot password"),
        ], with: redactor)
    }

    /// Such a word before a particle and an English or common word is kept ("Will do Monday", "Mercedes del Mar
    /// hotel"); a particle phrase that names a place or a firm after a given name is redacted still ("Flor de Sal"):
    /// the scanner cannot tell it from a person.
    func testWordLikeNamesBeforeEnglishWordsAreKept() throws {
        let redactor = try ShippedMatcher.get().redactor
        assertKeeps(["Will do Monday", "Rosa de la Cruz", "Chase de Bank", "Mark do Not disturb",
                      "Mercedes del Mar hotel"], with: redactor)
        assertRedacts([
            ("Flor de Sal restaurant", "[NAME] restaurant"),
        ], with: redactor)
    }
}
