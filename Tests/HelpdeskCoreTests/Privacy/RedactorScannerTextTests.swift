import XCTest
@testable import HelpdeskCore

/// A number that a pasted email wraps after one of its dashes is read as one number, as it is on one line; a line
/// break without a dash, or between numbers of no such shape, keeps what it splits. An underscore bounds a number as a space does, so the digits in a file name, path or id
/// typed by staff are read by the same rules.
final class RedactorScannerTextTests: XCTestCase {
    private let redactor = Redactor()

    func testNumbersWrappedAfterADashAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("SSN is 123-45-\n6789", "SSN is [SSN]"),
            ("SSN is 123-\n45-6789 thanks", "SSN is [SSN] thanks"),
            ("SSN is 123-45-\r\n  6789 ok", "SSN is [SSN] ok"),
            ("phone 555-201-\n4477", "phone [PHONE]"),
            ("call 866-255-\n0654 tomorrow", "call [PHONE] tomorrow"),
            ("EIN 12-\n3456789 locked", "EIN [EIN] locked"),
            ("ssn 123-456-\n789", "ssn [SSN]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testLabeledNumbersWrappedWithoutADashAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("my SSN is 123 45\n6789", "my SSN is [SSN]"),
            ("SSN: 123-45\n6789", "SSN: [SSN]"),
            ("my ssn is 123\n45 6789 thanks", "my ssn is [SSN] thanks"),
            ("social 123 45\r\n6789", "social [SSN]"),
            ("social security number 123-45\n  6789", "social security number [SSN]"),
            ("ITIN 912 78\n1234", "ITIN [ITIN]"),
            ("phone 555 201\n4477", "phone [PHONE]"),
            ("call me at 555-201\n4477 after 5", "call me at [PHONE] after 5"),
            ("social 123 456\n789", "social [SSN]"),
            ("ssn 123\n456 789 thanks", "ssn [SSN] thanks"),
            ("EIN 12\n3456789", "EIN [EIN]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testUnlabeledNumbersWrappedWithoutADashAreKept() {
        let kept = [
            "123 45\n6789",
            "steps 123 45\n6789",
            "ssn 123 45\n\n6789",
            "room 555 201\n4477",
            "ref 123 456\n789",
            "page 12\n3456789",
            "ticket 555 201\n4477 about my phone",
        ]
        assertKeeps(kept, with: redactor)
    }

    func testLineBreaksWithoutANumberShapeAreKept() {
        let kept = [
            "step 1-\n2 then 3",
            "page 12-\n34",
            "ref 123-456-\n789",
            "Form 8821-\nsigned",
            "steps 1 2 3",
        ]
        assertKeeps(kept, with: redactor)
    }

    func testUnderscoreBoundsANumber() {
        let cases: [(input: String, expected: String)] = [
            ("ssn_123-45-6789 locked", "ssn_[SSN] locked"),
            (#"file C:\Clients\Lopez\123456789_2024.pdf won't upload"#, #"file C:\Clients\Lopez\[SSN]_2024.pdf won't upload"#),
            ("W2_Lopez_123456789.pdf upload fails", "W2_Lopez_[SSN].pdf upload fails"),
            ("show jdoe_123456789", "show jdoe_[SSN]"),
            ("client_866-255-0654_notes.txt", "client_[PHONE]_notes.txt"),
            ("id_12-3456789_ein", "id_[EIN]_ein"),
        ]
        assertRedacts(cases)
    }

    /// A web address's encoded space bounds a number as a space does: "?q=ssn%20123456789" was kept.
    func testEncodedSpaceBoundsANumber() {
        assertRedacts([
            ("see https://x.com/?q=ssn%20123456789", "see https://x.com/?q=ssn%20[SSN]"),
            ("see https://x.com/?q=call%20866-255-0654%20now", "see https://x.com/?q=call%20[PHONE]%20now"),
            ("see https://x.com/?q=ssn%20123-45-6789", "see https://x.com/?q=ssn%20[SSN]"),
        ])
        assertKeeps(["?q=form%208821", "?q=error%20500", "page%2012", "x%201234"])
    }

    func testUnderscoreWordsStayKept() {
        assertKeeps([
            "e_file", "w2_form", "form_8821 signed", "error_500", "Form 8821", "error 500", "TDS", "upload_2024.pdf",
            "v2_123", "abc123456789_x",
        ])
    }

    /// An address in a web address, its `@` written `%40`, was kept ("jdoe%40gmail.com").
    func testPercentEncodedAddressesAreRedacted() {
        assertRedacts([
            ("jdoe%40gmail.com cant log in", "[EMAIL] cant log in"),
            ("see jane.doe%40firm.co.uk now", "see [EMAIL] now"),
        ])
        assertKeeps(["100%40 done", "50%40.5", "jdoe%40"])
    }
}
