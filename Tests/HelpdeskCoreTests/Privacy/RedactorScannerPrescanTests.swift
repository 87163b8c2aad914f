import XCTest
@testable import HelpdeskCore

/// The first pass over a text says whether it may hold data that needs a digit or a password's symbol, whether it
/// mentions birth, whether it holds a capital; all are supersets, so no text they rule out holds what they rule out.
final class RedactorScannerPrescanTests: XCTestCase {
    private func prescan(_ text: String) -> (mayHoldPersonalData: Bool, mentionsBirth: Bool, hasCapital: Bool) {
        Array(text.utf8).withUnsafeBufferPointer { RedactorScanner(bytes: $0).prescan() }
    }

    func testEachFlagIsSetByWhatNeedsIt() {
        let cases: [(text: String, data: Bool, birth: Bool)] = [
            ("forgot my password", false, false),
            ("call 866-255-0654", true, false),
            ("jane@firm", true, false),
            ("Pa$$word", true, false),
            ("date of birth is january second nineteen eighty", false, true),
            ("DOB: 01/02/1980", true, true),
            ("d.o.b. unknown", false, true),
            ("born in Ohio", false, true),
            ("BDAY", false, true),
            ("both books are blank", false, false),
            ("", false, false),
        ]
        for c in cases {
            let found = prescan(c.text)
            XCTAssertEqual(found.mayHoldPersonalData, c.data, c.text)
            XCTAssertEqual(found.mentionsBirth, c.birth, c.text)
        }
    }

    /// A text without a capital A-Z, or a byte that may start a Latin, Greek or Cyrillic capital beyond ASCII, holds no
    /// name said without a label: those are capitalized. `é` shares its first byte with `É`, so it counts.
    func testACapitalIsFound() {
        let cases: [(text: String, capital: Bool)] = [
            ("this is maria gomez", false), ("this is Maria", true), ("thanks,\njohn", false), ("ID.me", true),
            ("Émile", true), ("émile", true), ("Ωmega", true), ("名前", false), ("", false),
        ]
        for c in cases { XCTAssertEqual(prescan(c.text).hasCapital, c.capital, c.text) }
    }
}
