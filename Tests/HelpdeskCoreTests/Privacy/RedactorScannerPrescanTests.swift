import XCTest
@testable import HelpdeskCore

/// The first pass over a text says whether it may hold data that needs a digit or a password's symbol, whether it
/// mentions birth, and whether it has a capital (which every name has); all are supersets, so no text they rule out
/// holds what they rule out.
final class RedactorScannerPrescanTests: XCTestCase {
    private func prescan(_ text: String) -> (mayHoldPersonalData: Bool, mentionsBirth: Bool, hasCapital: Bool) {
        Array(text.utf8).withUnsafeBufferPointer { RedactorScanner(bytes: $0).prescan() }
    }

    func testEachFlagIsSetByWhatNeedsIt() {
        let cases: [(text: String, data: Bool, birth: Bool, capital: Bool)] = [
            ("forgot my password", false, false, false),
            ("call 866-255-0654", true, false, false),
            ("jane@firm", true, false, false),
            ("Pa$$word", true, false, true),
            ("date of birth is january second nineteen eighty", false, true, false),
            ("DOB: 01/02/1980", true, true, true),
            ("d.o.b. unknown", false, true, false),
            ("born in Ohio", false, true, true),
            ("BDAY", false, true, true),
            ("both books are blank", false, false, false),
            ("my name is maria", false, false, false),
            ("my name is Maria", false, false, true),
            ("", false, false, false),
        ]
        for c in cases {
            let found = prescan(c.text)
            XCTAssertEqual(found.mayHoldPersonalData, c.data, c.text)
            XCTAssertEqual(found.mentionsBirth, c.birth, c.text)
            XCTAssertEqual(found.hasCapital, c.capital, c.text)
        }
    }
}
