import XCTest
@testable import HelpdeskCore

/// Email addresses with letters of other scripts are redacted whole; punctuation beyond ASCII around them is kept.
final class RedactorScannerNonASCIILettersTests: XCTestCase {
    func testAddressesWithLettersOfOtherScriptsAreRedactedWhole() {
        let cases: [(input: String, expected: String)] = [
            ("jöhn@exämple.de", "[EMAIL]"),
            ("mail josé.garcía@correo.mx please", "mail [EMAIL] please"),
            ("名前@example.jp", "[EMAIL]"),
            ("ivan@почта.рф", "[EMAIL]"),
            ("“jane@firm.com”", "“[EMAIL]”"),
            ("write to zoë@firm.com, today", "write to [EMAIL], today"),
        ]
        assertRedacts(cases)
    }
}
