import XCTest
@testable import HelpdeskCore

final class PhoneNumberTests: XCTestCase {
    func testWellFormedNumbers() {
        let table: [(String, Bool)] = [
            ("866-255-0654", true), ("(866) 255-0654", true), ("1-866-255-0654", true), ("+1 866 255 0654", true),
            ("866.255.0654", true), ("866-255-065", false), ("8662550654x", false), ("call us", false), ("555-12", false),
            ("+1-866-255-0654", true), ("1 (866) 255-0654", true), ("(866)255-0654", true), ("866 255-0654", true),
            ("", false), ("1", false), ("+", false), ("+866-255-0654", false), ("2-866-255-0654", false),
            ("866-255-06545", false), (" 866-255-0654", false), ("866-255-0654 ", false), ("866--255-0654", false),
            ("(866 255-0654", false), ("866) 255-0654", false), ("(866)  255-0654", false), ("866_255_0654", false),
            ("8662550654", false), ("١٢٣-٤٥٦-٧٨٩٠", false),
        ]
        for (text, expected) in table {
            XCTAssertEqual(PhoneNumber.isWellFormed(text), expected, text)
        }
    }
}
