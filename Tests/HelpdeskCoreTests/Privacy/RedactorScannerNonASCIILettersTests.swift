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

    /// `startsWord(_:)`: no letter or digit of any script, nor `_`, ends right before the index.
    func testAWordStartsAfterNoLetterOfAnyScript() {
        let cases: [(text: String, index: Int, starts: Bool)] = [
            ("Ana", 0, true), ("a Ana", 2, true), ("(Ana", 1, true), ("«Ана", 2, true),
            ("xAna", 1, false), ("9Ana", 1, false), ("_Ana", 1, false), ("éAna", 2, false), ("ЖАна", 2, false),
        ]
        for c in cases {
            let starts = Array(c.text.utf8).withUnsafeBufferPointer { RedactorScanner(bytes: $0).startsWord(c.index) }
            XCTAssertEqual(starts, c.starts, "\(c.text) at \(c.index)")
        }
    }
}
