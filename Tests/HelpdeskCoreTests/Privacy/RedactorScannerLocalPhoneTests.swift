import XCTest
@testable import HelpdeskCore

/// Phone numbers written without a country code outside North America, and any number under a phone label, are
/// redacted; other numbers of the same lengths are kept.
final class RedactorScannerLocalPhoneTests: XCTestCase {
    private let redactor = Redactor()

    func testNumbersWithATrunkZeroOrOfAnIndianMobileAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("call me on 07700 900123", "call me on [PHONE]"),
            ("ph 020 7946 0958", "ph [PHONE]"),
            ("0121 496 0000 is the office", "[PHONE] is the office"),
            ("her mobile 07700900123 is off", "her mobile [PHONE] is off"),
            ("0412 345 678", "[PHONE]"),
            ("try 0412345678 after 5", "try [PHONE] after 5"),
            ("landline (02) 9876 5432", "landline [PHONE]"),
            ("020-7946-0958 or 020.7946.0958", "[PHONE] or [PHONE]"),
            ("98765 43210", "[PHONE]"),
            ("reach her at 6001234567", "reach her at [PHONE]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testAnyNumberUnderAPhoneLabelIsRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("phone: 555 0100", "phone: [PHONE]"),
            ("cell # 555-0100-22", "cell # [PHONE]"),
            ("Tel. 7946 0958 33", "Tel. [PHONE]"),
            ("caller_phone: 30 1234 5678", "caller_phone: [PHONE]"),
            ("mobile number is 1 555 0100", "mobile number is [PHONE]"),
            ("callback number 555-1234", "callback number [PHONE]"),
            ("callback: 555 1234 after 3", "callback: [PHONE] after 3"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testOtherNumbersAreKept() {
        let kept = [
            // Too few or too many digits, a zero after the trunk zero, groups of one digit.
            "order 0412345 shipped",
            "amount 00412345678 due",
            "steps 0 1 2 3 4 5 6 7 8 9",
            "account ending 0412",
            // Dates, times, ZIP codes and money.
            "deadline 01.02.2026 10:30",
            "due 04/15/2026",
            "zips 90210 94105",
            "paid $98765 43210 times",
            "in 2024 and 2025 we filed 12 returns",
            // A phone label too far away, or a date after it.
            "my phone was stolen on the 12th of 2024 at 10 30",
            "phone call on 01.02.2024",
            // A reference number after its label.
            "ticket 0412345678 closed",
            // A number in parentheses glued to the rest reads as no number of these shapes.
            "(066)2550654",
            "case no. 98765 43210",
            // A local number without a phone label stays, as before.
            "call 866-2550",
            "call back tomorrow at 2:30",
            "callback in 2 days, 3 tries",
        ]
        assertKeeps(kept, with: redactor)
    }

    func testAColumnNamedForAPhoneLabelsItsValue() {
        let cases: [(text: String, label: String, expected: String)] = [
            ("07700 900123", "phone", "[PHONE]"),
            ("555 0100", "Phone #", "[PHONE]"),
            ("7700900123", "mobile", "[PHONE]"),
            ("0412 345 678", "caller phone", "[PHONE]"),
            ("555 0100", "notes", "555 0100"),
            ("n/a", "phone", "n/a"),
        ]
        for c in cases {
            XCTAssertEqual(redactor.redact(c.text, labelledBy: c.label), c.expected, "\(c.label): \(c.text)")
        }
    }

    /// After "call me at", "text me at", "reach us on", a local number of 7 digits is one; after "call" alone it is kept.
    func testLocalNumbersAfterCallMeAtAreRedacted() {
        assertRedacts([
            ("call me at 555-1234 about the idme reset", "call me at [PHONE] about the idme reset"),
            ("call me at 555 1234", "call me at [PHONE]"),
            ("text me at 555.1234 please", "text me at [PHONE] please"),
            ("reach us on 555-1234", "reach us on [PHONE]"),
        ], with: redactor)
        assertKeeps(["call 866-2550 for help", "call me at 3pm", "call me at 10 30", "meet me at 555-1234"], with: redactor)
    }

    func testLocalNumbersAfterCallingAPersonOrBackAreRedacted() {
        assertRedacts([
            ("call her at 555-1234", "call her at [PHONE]"),
            ("reach Maria at 555-1234 today", "reach Maria at [PHONE] today"),
            ("call back 555-1234", "call back [PHONE]"),
            ("cb 555-1234", "cb [PHONE]"),
        ], with: redactor)
        assertKeeps(["meet her at 555-1234", "reach page at 555-1234", "call back in 10 minutes"], with: redactor)
    }

    func testLaterItemsOfAListOfLocalNumbersAreRedacted() {
        assertRedacts([
            ("call 555-1234 or 555-9876 about her locked account", "call [PHONE] or [PHONE] about her locked account"),
            ("call me at 555-1234 or 555-9876", "call me at [PHONE] or [PHONE]"),
            ("please call 555-0101, 555-0102 or 555-0103", "please call [PHONE], [PHONE] or [PHONE]"),
            ("phone 555-0101 and 555-0102", "phone [PHONE] and [PHONE]"),
        ], with: redactor)
        assertKeeps([
            "call 866-2550 for help", "ticket number 5551234 or 5559876", "steps 1234567 or 7654321",
            "call me at 3 or 4",
        ], with: redactor)
    }

    /// 7 to 15 digits after one of the knowledge base's `phone_number_labels` ("her #", "my number"), maybe linked by
    /// `is`, `was` or `:`, are a phone number: "her # is 555-1234" and "his # 555-1234" were kept.
    func testLocalNumbersAfterAPhoneNumberLabelAreRedacted() {
        let labeled = Redactor().finding(namesIn: NameContexts(introductions: [], signOffs: [], headerLabels: [], knownWords: [],
                                                               phoneLabels: ["her #", "His #", "my number"]))
        assertRedacts([
            ("her # is 555-1234", "her # is [PHONE]"),
            ("his # 555-1234", "his # [PHONE]"),
            ("her #5551234 thanks", "her #[PHONE] thanks"),
            ("my number is 555 1234", "my number is [PHONE]"),
            ("my number: 555.1234", "my number: [PHONE]"),
            ("HER # WAS 555-1234", "HER # WAS [PHONE]"),
        ], with: labeled)
        assertKeeps(["ticket # 555-1234", "her # is 1234", "other # is 555-1234", "my number is 2024",
                     "her # is 555-1234"].dropLast(), with: labeled)
        assertKeeps(["her # is 555-1234"], with: Redactor())
    }

    /// The shipped lexicon's `phone_number_labels` reach the matcher's redactor, and a file name's surname goes with its
    /// given name.
    func testTheShippedMatcherRedactsNumbersAfterAPhoneNumberLabel() throws {
        let redactor = try ShippedMatcher.get().redactor
        for (input, expected) in [
            ("her # is 555-1234", "her # is [PHONE]"),
            ("his # 555-1234", "his # [PHONE]"),
            ("cell#5551234", "cell#[PHONE]"),
            ("ticket # 555-1234", "ticket # 555-1234"),
            ("file Smith_John_5551234567.csv failed", "file [NAME]_5551234567.csv failed"),
            // A signature's or a note's labels of a line: direct, landline, contact no, "reached at".
            ("Direct: 555-0143", "Direct: [PHONE]"),
            ("landline 555-0156", "landline [PHONE]"),
            ("contact no: 555-0157", "contact no: [PHONE]"),
            ("my number's 555-0146", "my number's [PHONE]"),
            ("she can be reached at 555.0153", "she can be reached at [PHONE]"),
            ("direct deposit 5550143 failed", "direct deposit 5550143 failed"),
        ] {
            XCTAssertEqual(redactor.redact(input), expected, input)
        }
    }
}

