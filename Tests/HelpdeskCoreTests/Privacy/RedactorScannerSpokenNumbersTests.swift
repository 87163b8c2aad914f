import XCTest
@testable import HelpdeskCore

/// Numbers read out piece by piece: nine digits grouped like an SSN or an EIN by typed or spoken dashes are redacted,
/// other nine-digit readings only after a label; without one, or when they are not nine digits, they are kept.
final class RedactorScannerSpokenNumbersTests: XCTestCase {
    private let redactor = Redactor()

    func testSpokenNineDigitsAfterTheirLabelAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("my ssn is 1 2 3 4 5 6 7 8 9 and im locked out", "my ssn is [SSN] and im locked out"),
            ("ssn: 1-2-3-4-5-6-7-8-9", "ssn: [SSN]"),
            ("my TIN is 1 2 3 4 5 6 7 8 9", "my TIN is [SSN]"),
            ("taxpayer id 1-2-3-4-5-6-7-8-9", "taxpayer id [SSN]"),
            ("SSN 1 2 3 4 5 6 7 8 9.", "SSN [SSN]."),
            ("ssn:1 2 3 4 5 6 7 8 9", "ssn:[SSN]"),
            ("SSN 1 2 3-4 5-6 7 8 9 forgot my password", "SSN [SSN] forgot my password"),
            ("my social security number is 1 2 3 4 5 6 7 8 9", "my social security number is [SSN]"),
            ("social 1 2 3 4 5 6 7 8 9", "social [SSN]"),
            ("social: 1-2-3-4-5-6-7-8-9", "social: [SSN]"),
            ("my social is 1 2 3 4 5 6 7 8 9", "my social is [SSN]"),
            ("social # 1 2 3 4 5 6 7 8 9", "social # [SSN]"),
            ("itin 9 1 2 7 8 1 2 3 4", "itin [ITIN]"),
            ("ITIN: 9 0 0 9 3 1 2 3 4", "ITIN: [SSN]"),
            ("EIN 1 2 3 4 5 6 7 8 9", "EIN [EIN]"),
            ("fein is 9-8-7-6-5-4-3-2-1", "fein is [EIN]"),
            ("employer id 1 2 3 4 5 6 7 8 9", "employer id [EIN]"),
            ("ssn 1 2 3 4 5 6 7 8 9, spouse ssn 2-3-4-5-6-7-8-9-0", "ssn [SSN], spouse ssn [SSN]"),
            // Groups the scanner already read.
            ("ssn is 123 45 6789", "ssn is [SSN]"),
            ("ssn 123 456 789", "ssn [SSN]"),
            // Any spaces or tabs between the digits; nine digits in groups of any size after a label.
            ("ssn 1  2  3  4  5  6  7  8  9", "ssn [SSN]"),
            ("ssn\t1\t2\t3\t4\t5\t6\t7\t8\t9", "ssn\t[SSN]"),
            ("SSN 1 2 3   4 5   6 7 8 9 thanks", "SSN [SSN] thanks"),
            ("ssn 12 3 4 5 6 7 8 9", "ssn [SSN]"),
            ("ssn 123 45 67 89", "ssn [SSN]"),
            ("ssn 123   45   6789", "ssn [SSN]"),
            ("my ssn is 1 2 3, 4 5, 6 7 8 9", "my ssn is [SSN]"),
            // After a line break, in a CSV field, at the start and the end of the text.
            ("SSN:\n1 2 3 4 5 6 7 8 9", "SSN:\n[SSN]"),
            ("ssn,1 2 3 4 5 6 7 8 9,locked", "ssn,[SSN],locked"),
            ("\"ssn\",\"1 2 3 - 4 5 - 6 7 8 9\"", "\"ssn\",\"[SSN]\""),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testDigitsGroupedLikeAnSSNOrAnEINAreRedactedWithoutALabel() {
        let cases: [(input: String, expected: String)] = [
            ("my ssn is 1 2 3 - 4 5 - 6 7 8 9", "my ssn is [SSN]"),
            ("1 2 3 - 4 5 - 6 7 8 9 is mine", "[SSN] is mine"),
            ("it's 1 2 3-4 5-6 7 8 9", "it's [SSN]"),
            ("123 dash 45 dash 6789", "[SSN]"),
            ("my ssn is 123 Dash 45 DASH 6789 thanks", "my ssn is [SSN] thanks"),
            ("1 2 3 hyphen 4 5 hyphen 6 7 8 9", "[SSN]"),
            ("9 1 2 - 7 8 - 1 2 3 4", "[ITIN]"),
            ("1 2 - 3 4 5 6 7 8 9", "[EIN]"),
            ("ein 1 2 - 3 4 5 6 7 8 9", "ein [EIN]"),
            ("12 dash 3456789 is the firm", "[EIN] is the firm"),
            ("ssn 1 2 - 3 4 5 6 7 8 9", "ssn [EIN]"),
            ("a,1 2 3 - 4 5 - 6 7 8 9,b", "a,[SSN],b"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testDigitsReadOutAfterATaxIDAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("tax id 1 2 3 4 5 6 7 8 9", "tax id [SSN]"),
            ("my tax ID number is 1 2 3 4 5 6 7 8 9", "my tax ID number is [SSN]"),
            ("tax identification number: 1-2-3-4-5-6-7-8-9", "tax identification number: [SSN]"),
            ("tax id 9 1 2 7 8 1 2 3 4", "tax id [ITIN]"),
            ("federal id 1 2 3 4 5 6 7 8 9", "federal id [EIN]"),
            ("federal tax id: 1-2-3-4-5-6-7-8-9", "federal tax id: [EIN]"),
            ("fed id is 12 345 67 89", "fed id is [EIN]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testPhoneNumbersAndPTINsReadOutAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("call me at 8 6 6 2 5 5 0 6 5 4", "call me at [PHONE]"),
            ("call me at 866 dash 255 dash 0654", "call me at [PHONE]"),
            ("8 6 6 - 2 5 5 - 0 6 5 4 is my cell", "[PHONE] is my cell"),
            ("866 dot 255 dot 0654", "[PHONE]"),
            ("phone 866 dot 255 dot 0654", "phone [PHONE]"),
            ("my cell is 1 8 6 6 2 5 5 0 6 5 4", "my cell is [PHONE]"),
            ("1 - 8 6 6 - 2 5 5 - 0 6 5 4", "[PHONE]"),
            ("text me 866  255  0654", "text me [PHONE]"),
            ("reach me at 212 555 01 34", "reach me at [PHONE]"),
            ("P 0 1 2 3 4 5 6 7", "[PTIN]"),
            ("my ptin is P 0 1 2 3 4 5 6 7", "my ptin is [PTIN]"),
            ("ptin p 0123 4567", "ptin [PTIN]"),
            ("my ptin is 0 1 2 3 4 5 6 7", "my ptin is [PTIN]"),
            ("P-0 1 2 3 4 5 6 7 expired", "[PTIN] expired"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testNumbersReadOutInWordsAreReadLikeDigits() {
        let cases: [(input: String, expected: String)] = [
            ("my ssn is one two three four five six seven eight nine", "my ssn is [SSN]"),
            ("SSN: One Two Three Four Five Six Seven Eight Nine.", "SSN: [SSN]."),
            ("ssn is oh one two three four five six seven eight", "ssn is [SSN]"),
            ("one two three dash four five dash six seven eight nine", "[SSN]"),
            ("my social is one two three four five six seven eight nine", "my social is [SSN]"),
            ("itin nine one two seven eight one two three four", "itin [ITIN]"),
            ("ein one two dash three four five six seven eight nine", "ein [EIN]"),
            ("tax id 1 2 three 4 5 six 7 8 nine", "tax id [SSN]"),
            ("my number is eight six six two five five zero six five four", "my number is [PHONE]"),
            ("eight six six dash two five five dash oh six five four", "[PHONE]"),
            ("P zero one two three four five six seven", "[PTIN]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testUnlabeledOrOtherSpokenDigitsAreKept() {
        let kept = [
            // No label: nine single digits may be something else.
            "1 2 3 4 5 6 7 8 9",
            "steps 1 2 3 4 5 6 7 8 9 all done",
            "on social media 1 2 3 4 5 6 7 8 9",
            "1-2-3-4-5-6-7-8-9",
            // Not nine single digits.
            "ssn 1 2 3 4 5 6 7 8",
            "ssn 1 2 3 4 5 6 7 8 9 0",
            "ssn 0 1 2 3 4 5 6 7 8 9",
            "ssn 1.2.3.4.5.6.7.8.9",
            "ssn 1 2 3 4 5 6 7 8 9a",
            "ssn x1 2 3 4 5 6 7 8 9",
            "ssn 1 2 3 - 4 5 - 6 7 8 9 0",
            // Groups that need a label, without one; a comma may split a list.
            "ref 1 2 3 - 4 5 6 - 7 8 9",
            "steps 1 2 3, 4 5, 6 7 8 9",
            "tax return 1 2 3 4 5 6 7 8 9",
            "id 1 2 3 4 5 6 7 8 9",
            // A ZIP+4, even near a label; dates, times, money, counts.
            "ssn changed on 04 15 2026",
            "tax id 1099 form, 3 times in 30 minutes",
            "paid $1 234 567 890 on 1 2 3",
            // Words: counting, a few digits, words that only hold a number word.
            "one two three four five six seven eight nine",
            "ssn question: one or two things, oh and five more",
            "my ssn, one of two, was stolen and someone filed 3 times",
            "ssn someone nine tone often",
            "password one two three four five six seven eight Summer2024",
            // Ten digits that count up, need a phone word, or belong to a ticket.
            "call 1 2 3 4 5 6 7 8 9 0",
            "8 6 6 2 5 5 0 6 5 4",
            "ticket number 2 3 4 5 6 7 8 9 0 1",
            "case 8 6 6 - 2 5 5 0 6 5 4",
            "call 2 5 5 - 0 6 5 4",
            // Eight digits after a lowercase p alone, or split by a dash.
            "page p 2 0 2 5 1 1 2 7",
            "P-0123-4567",
            "P 0 1 2 3 - 4 5 6 7",
            // Out of reach of the label.
            "my ssn was fine but the steps one two three were 1 2 3 4 5 6 7 8 9",
        ]
        assertKeeps(kept, with: redactor)
    }
}
