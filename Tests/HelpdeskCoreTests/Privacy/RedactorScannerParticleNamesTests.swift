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
}
