import XCTest
@testable import HelpdeskCore

/// After a phone word, before an extension, grouped 3-3-4 by slashes and read out in 3-3-4 groups, ten digits are a
/// phone number whether or not they make a valid North American number (`555 123 4567`: no exchange starts with 1).
final class RedactorScannerLabeledPhoneTests: XCTestCase {
    private let redactor = Redactor()

    func testInvalidNumbersAfterAPhoneWordAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("call me at 5551234567", "call me at [PHONE]"),
            ("call me at 555 123 4567", "call me at [PHONE]"),
            ("call me at 555-1234567", "call me at [PHONE]"),
            ("call 866-0550654", "call [PHONE]"),
            ("call me at (555)1234567", "call me at [PHONE]"),
            ("my cell is 1234567890 thanks", "my cell is [PHONE] thanks"),
            ("call me at 555 dot 123 dot 4567", "call me at [PHONE]"),
            ("phone 555 dash 123 dash 4567", "phone [PHONE]"),
            ("555 dash 123 dash 4567", "[PHONE]"),
            ("my number is 5 5 5 1 2 3 4 5 6 7 and i got a new phone", "my number is [PHONE] and i got a new phone"),
            ("my number is five five five one two three four five six seven", "my number is [PHONE]"),
            ("5 5 5 1 2 3 4 5 6 7 is my cell", "[PHONE] is my cell"),
            // An extension, or slashes between the groups.
            ("5551234567x12", "[PHONE]"),
            ("reach 5551234567 ext 12 anytime", "reach [PHONE] anytime"),
            ("555-123-4567 ext 12", "[PHONE]"),
            ("555/123/4567", "[PHONE]"),
            ("fax 555/123/4567 x9 today", "fax [PHONE] today"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testInvalidNumbersWithoutAPhoneWordAreKept() {
        let kept = [
            "1234567890",
            "amount 123-4567890",
            "ticket number 5551234567",
            "call 1 2 3 4 5 6 7 8 9 0",
            "call ticket 5 5 5 1 2 3 4 5 6 7",
            "1234567890x",
            "555/123/45678",
            "1/2/2024",
            "2:30",
            "$1,200",
        ]
        assertKeeps(kept, with: redactor)
    }

    /// A signature's one-letter labels in capitals before a colon, and `@` for `at` after "text me", label a phone
    /// number: "M: 5551234567" and "text me @ 5551234" were kept.
    func testLetterLabelsAndAnAtSignLabelPhones() throws {
        let redactor = try ShippedMatcher.get().redactor
        assertRedacts([
            ("M: 5551234567", "M: [PHONE]"),
            ("O: 555-1234", "O: [PHONE]"),
            ("C: 555 123 4567", "C: [PHONE]"),
            ("H: 5551234", "H: [PHONE]"),
            ("text me @ 5551234567", "text me @ [PHONE]"),
            ("call me @ 555-1234", "call me @ [PHONE]"),
        ], with: redactor)
        assertKeeps(["step 2: 5551234 rows", "I.M: 5551234"], with: redactor)
    }
}
