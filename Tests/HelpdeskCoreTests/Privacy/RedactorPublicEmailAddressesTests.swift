import XCTest
@testable import HelpdeskCore

/// A knowledge base's own email addresses are kept as typed, in any case; every other address is redacted.
final class RedactorPublicEmailAddressesTests: XCTestCase {
    func testPublicAddressesAreKept() {
        let redactor = Redactor().keeping(publicEmailAddresses: ["Support@Example.org"])
        let cases: [(input: String, expected: String)] = [
            ("should I email support@example.org?", "should I email support@example.org?"),
            ("SUPPORT@EXAMPLE.ORG", "SUPPORT@EXAMPLE.ORG"),
            ("jane@example.org", "[EMAIL]"),
            ("support@example.org.uk", "[EMAIL]"),
        ]
        assertRedacts(cases, with: redactor)
        XCTAssertEqual(Redactor().redact("support@example.org"), "[EMAIL]")
    }
}
