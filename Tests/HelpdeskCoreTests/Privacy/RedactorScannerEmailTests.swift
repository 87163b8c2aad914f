import XCTest
@testable import HelpdeskCore

/// Email addresses typed as such (`RedactorScanner.email(at:atWidth:)`): a local part and a domain around an `@`, with
/// letters of any script, an office server's undotted host, and the quotes and dots around them left out.
final class RedactorScannerEmailTests: XCTestCase {
    private let redactor = Redactor()

    func testAddressesAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("write to jane.doe@firm.com today", "write to [EMAIL] today"),
            ("jöhn@exämple.de", "[EMAIL]"),
            // An office mail server's address has no dotted domain.
            ("mail jane@firm please", "mail [EMAIL] please"),
            // A quote before the name is punctuation; one inside it is part of it.
            ("'jane@firm.com'", "'[EMAIL]'"),
            ("o'brien@firm.com", "[EMAIL]"),
            // Dots that end a sentence or open a word are no part of the address.
            ("see .jane@firm.com.", "see .[EMAIL]."),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testWhatIsNoAddressIsKept() {
        // A one-letter top-level domain, a host of one letter, an empty label between two dots.
        assertKeeps(["x@bar.c", "a@b", "jane@firm..com"], with: redactor)
    }
}
