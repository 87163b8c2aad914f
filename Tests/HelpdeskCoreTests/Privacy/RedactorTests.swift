import XCTest
@testable import HelpdeskCore

/// The redactor replaces every kind of personal data it documents, and leaves ordinary helpdesk questions untouched.
final class RedactorTests: XCTestCase {
    private let redactor = Redactor()

    // MARK: Cases

    /// Input and the exact text the redactor must return.
    static let redactedCases: [(input: String, expected: String)] = [
        // SSN
        ("SSN 123-45-6789", "SSN [SSN]"),
        ("server 192.168.1.10", "server [IP]"),
        ("my ssn is 123 45 6789", "my ssn is [SSN]"),
        ("123456789", "[SSN]"),
        ("SSN: 123-45-6789.", "SSN: [SSN]."),
        ("SSN 123.45.6789", "SSN [SSN]"),
        ("SSN 123 - 45 - 6789", "SSN [SSN]"),
        ("placeholder 000-00-0000 on file", "placeholder [SSN] on file"),
        ("area 666: 666-12-3456", "area 666: [SSN]"),
        ("SSN 123\u{2013}45\u{2013}6789 (pasted from Word)", "SSN [SSN] (pasted from Word)"),
        ("SSN#123456789", "SSN#[SSN]"),
        ("ssn:123-45-6789,dob:01/02/1980", "ssn:[SSN],dob:[DOB]"),
        ("SSNs 123-45-6789 and 234-56-7890", "SSNs [SSN] and [SSN]"),
        ("zip+4 without dash 902101234", "zip+4 without dash [SSN]"),
        ("ssn 123/45/6789", "ssn [SSN]"),
        ("123/45/6789 is mine", "[SSN] is mine"),
        ("ITIN 912/78/1234", "ITIN [ITIN]"),
        ("ssn is 123-456-789", "ssn is [SSN]"),
        ("social 123 456 789", "social [SSN]"),
        ("my social security number is 123.456.789", "my social security number is [SSN]"),
        ("SSN: 123 - 456 - 789.", "SSN: [SSN]."),
        ("social: 123-456-789", "social: [SSN]"),
        ("Social-Security no 123 456 789", "Social-Security no [SSN]"),
        // Full-width and other compatibility forms are read as the ASCII they stand for; the rest is kept as typed.
        ("ssn is １２３-４５-６７８９", "ssn is [SSN]"),
        ("SSN 123\u{00AD}-45-6789 forgot my password", "SSN [SSN] forgot my password"),
        ("ssn 123\u{200B}45\u{200B}6789", "ssn [SSN]"),
        // A bracket that opens no placeholder is punctuation: the label after it counts.
        ("[1,\"SSN 123 456 789\"]", "[1,\"SSN [SSN]\"]"),
        ("ＳＳＮ １２３－４５－６７８９ thanks", "ＳＳＮ [SSN] thanks"),
        ("SSN\u{3000}１２３\u{3000}４５\u{3000}６７８９", "SSN\u{3000}[SSN]"),
        ("ssn \u{1D7CF}\u{1D7D0}\u{1D7D1}-45-6789", "ssn [SSN]"),
        ("call ８６６－２５５－０６５４ or", "call [PHONE] or"),
        ("Café: ssn １２３４５６７８９ ✓", "Café: ssn [SSN] ✓"),
        ("123﹣45﹣6789", "[SSN]"),
        ("ssn ¹²³-⁴⁵-⁶⁷⁸⁹ ok", "ssn [SSN] ok"),
        ("ssn ₁₂₃-₄₅-₆₇₈₉", "ssn [SSN]"),
        ("my ssn ①②③-④⑤-⑥⑦⑧⑨.", "my ssn [SSN]."),
        ("SSN 123\u{2015}45\u{FE58}6789", "SSN [SSN]"),
        ("SSN 123\u{00AD}45\u{00AD}6789", "SSN [SSN]"),
        ("ＳＳＮ １２３ ４５６ ７８９", "ＳＳＮ [SSN]"),
        ("ＰＴＩＮ Ｐ０１２３４５６７", "ＰＴＩＮ [PTIN]"),
        ("call ⁸⁶⁶.²⁵⁵.⁰⁶⁵⁴\u{205F}now", "call [PHONE]\u{205F}now"),
        ("jane﹫firm.com", "[EMAIL]"),
        ("DOB ⓪①/⓪②/①⑨⑧⓪", "DOB [DOB]"),
        // ITIN
        ("ITIN 912-78-1234", "ITIN [ITIN]"),
        ("itin 912 90 1234", "itin [ITIN]"),
        ("912701234", "[ITIN]"),
        ("ITIN 900-50-1234", "ITIN [ITIN]"),
        ("ITIN 900-99-1234", "ITIN [ITIN]"),
        ("ITIN 900-93-1234", "ITIN [SSN]"),
        ("900-66-1234", "[SSN]"),
        // EIN
        ("TIN 12 3456789", "TIN [EIN]"),
        ("client's federal tax ID 12 3456789", "client's federal tax ID [EIN]"),
        ("fed id 12 3456789", "fed id [EIN]"),
        ("Tax ID: 12 3456789, locked out", "Tax ID: [EIN], locked out"),
        ("EIN 12-3456789", "EIN [EIN]"),
        ("EIN 123456789", "EIN [EIN]"),
        ("FEIN: 987654321", "FEIN: [EIN]"),
        ("the employer identification number is 123456789", "the employer identification number is [EIN]"),
        ("EIN#123456789", "EIN#[EIN]"),
        ("ein 12\u{2013}3456789", "ein [EIN]"),
        ("EIN 12 3456789", "EIN [EIN]"),
        ("our employer ID is 98 7654321.", "our employer ID is [EIN]."),
        ("FEIN:12\u{00A0}3456789", "FEIN:[EIN]"),
        // PTIN
        ("PTIN P01234567", "PTIN [PTIN]"),
        ("ptin p12345678.", "ptin [PTIN]."),
        ("PTIN: P 01234567", "PTIN: [PTIN]"),
        ("PTIN P-01234567", "PTIN [PTIN]"),
        ("my ptin is p\u{2013}01234567, thanks", "my ptin is [PTIN], thanks"),
        ("preparer P 01234567 signed", "preparer [PTIN] signed"),
        ("ptins p 01234567 and p-76543210", "ptins [PTIN] and [PTIN]"),
        // Phone
        ("866-255-0654", "[PHONE]"),
        ("(866) 255-0654", "[PHONE]"),
        ("866.255.0654", "[PHONE]"),
        ("866 255 0654", "[PHONE]"),
        ("+1 866 255 0654", "[PHONE]"),
        ("1-866-255-0654", "[PHONE]"),
        ("8662550654", "[PHONE]"),
        ("18662550654", "[PHONE]"),
        ("+18662550654", "[PHONE]"),
        ("(866)255-0654", "[PHONE]"),
        ("1 (212) 555-0199", "[PHONE]"),
        ("call 866-255-0654 ext 123 today", "call [PHONE] today"),
        ("(555) 201-3344 x12", "[PHONE]"),
        ("555-201-3344, ext. 7", "[PHONE]"),
        ("tel: 866\u{00A0}255\u{00A0}0654", "tel: [PHONE]"),
        ("+44 20 7946 0958", "[PHONE]"),
        ("+49 (0)30 1234567", "[PHONE]"),
        ("tel +1-866-255-0654;", "tel [PHONE];"),
        ("123-456-7890", "[PHONE]"),
        ("call (866)2550654", "call [PHONE]"),
        ("866-2550654", "[PHONE]"),
        ("866 2550654 ext 12", "[PHONE]"),
        ("phone 212.5550134", "phone [PHONE]"),
        ("(212) 5550134.", "[PHONE]."),
        ("+1 866 2550654", "[PHONE]"),
        ("1-866-2550654", "[PHONE]"),
        ("ref (866)2550654", "ref [PHONE]"),
        ("call me at 202-5551234", "call me at [PHONE]"),
        ("cell: 212 5550134", "cell: [PHONE]"),
        ("my number is 212.5550134.", "my number is [PHONE]."),
        ("you can reach me on 212-5550134 after 5", "you can reach me on [PHONE] after 5"),
        ("case 202-5551234 x12", "case [PHONE]"),
        // Email
        ("jane@firm.com", "[EMAIL]"),
        // An office mail server's address has no dotted domain.
        ("send it to jane@firm please", "send it to [EMAIL] please"),
        ("user: jdoe@cpaoffice1,", "user: [EMAIL],"),
        ("Email: j.doe+tax@mail.example.co.uk.", "Email: [EMAIL]."),
        ("<bob_smith99@cpa-firm.net>", "<[EMAIL]>"),
        ("123456789@example.com", "[EMAIL]"),
        ("o'brien@firm.com", "[EMAIL]"),
        ("send to 'jane@firm.com' now", "send to '[EMAIL]' now"),
        ("jane.doe＠example.com", "[EMAIL]"),
        ("mail ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ now", "mail [EMAIL] now"),
        // Email spelled out
        ("its jtorres at gmail dot com but", "its [EMAIL] but"),
        ("JANE AT FIRM DOT COM", "[EMAIL]"),
        ("jane (at) firm (dot) co (dot) uk", "[EMAIL]"),
        ("mail jane[at]firm.com today", "mail [EMAIL] today"),
        ("jane {at} tax-firm.net", "[EMAIL]"),
        ("jane [ at ] gmail [ dot ] com", "[EMAIL]"),
        ("jane [at] gmail [.] com", "[EMAIL]"),
        ("jane@gmail dot com", "[EMAIL]"),
        ("jane @ gmail.com", "[EMAIL]"),
        ("jane.doe at kellertax.com, thanks", "[EMAIL], thanks"),
        ("m_keller2 at firm.org", "[EMAIL]"),
        ("my email is jane at kellertax.com.", "my email is [EMAIL]."),
        ("reach me: jane at gmail.com", "reach me: [EMAIL]"),
        ("jane at firm.com dot net", "[EMAIL]"),
        ("jane at firm dot solutions", "[EMAIL]"),
        ("jane dot doe at gmail dot com", "[EMAIL]"),
        ("reach me at jane dot doe at gmail dot com", "reach [EMAIL]"),
        ("write me at jane.doe@gmail dot com", "write me at [EMAIL]"),
        ("jane (dot) doe (at) gmail (dot) com", "[EMAIL]"),
        ("jane\u{00A0}at\u{00A0}gmail\u{00A0}dot\u{00A0}com", "[EMAIL]"),
        // Addresses glued by dots, the next one's name to this one's domain: one finding over all, never overlapping.
        ("jane at gmail dot com.bob at gmail dot com", "[EMAIL]"),
        ("jane at gmail dot com.bob at gmail dot com.sue at gmail dot com", "[EMAIL]"),
        ("jane at gmail dot com.sue_x at yahoo dot com", "[EMAIL]"),
        // What looked like a domain is the next address's name: a sign-in site before it is kept.
        ("log in at id.me at jane.doe@gmail.com", "log in at [EMAIL]"),
        ("email jane at gmail.com. at yahoo.com", "email [EMAIL]"),  // "gmail.com" reads as the next one's name
        ("Send it to jane at gmail. At irs.gov the page says locked.", "Send it to [EMAIL]. At irs.gov the page says locked."),
        ("jane at gmail dot", "[EMAIL] dot"),
        // Date of birth
        ("DOB 01/02/1980", "DOB [DOB]"),
        ("d.o.b. 1/2/80", "d.o.b. [DOB]"),
        ("date of birth: 1980-01-02", "date of birth: [DOB]"),
        ("born January 5, 1980 in Ohio", "born [DOB] in Ohio"),
        ("Her birthday is 5 Jan 1980", "Her birthday is [DOB]"),
        ("Birth date (MM/DD/YYYY): 12/31/1975", "Birth date (MM/DD/YYYY): [DOB]"),
        ("born on the 5th of January 1980", "born on the [DOB]"),
        ("DOB: Jan. 5, 1980", "DOB: [DOB]"),
        ("DOB 31.12.1975", "DOB [DOB]"),
        ("dob 05-Jan-1980", "dob [DOB]"),
        ("birthdate:12-31-75", "birthdate:[DOB]"),
        ("DOB 01/02/1980 and 03/04/1985", "DOB [DOB] and [DOB]"),
        ("01/02/1980 (DOB)", "[DOB] (DOB)"),
        ("my birthday: Sept 9 1999", "my birthday: [DOB]"),
        ("birthdate 19800102", "birthdate [DOB]"),
        ("DOB: 01021980.", "DOB: [DOB]."),
        ("born 31121975 in Ohio", "born [DOB] in Ohio"),
        ("19800102 (DOB)", "[DOB] (DOB)"),
        // Card numbers
        ("card 4111 1111 1111 1111", "card [CARD]"),
        ("4111-1111-1111-1111", "[CARD]"),
        ("5555555555554444", "[CARD]"),
        ("Amex 3782 822463 10005", "Amex [CARD]"),
        ("378282246310005", "[CARD]"),
        ("Visa 4222222222222 expired", "Visa [CARD] expired"),
        ("MC 2223 0031 2200 3222", "MC [CARD]"),
        ("Discover 6011 1111 1111 1117", "Discover [CARD]"),
        // Mixed caller pastes
        (
            "Hi, this is Jane, SSN 123-45-6789, call me at (555) 201-3344 or jane@firm.com, DOB 01/02/1980, my PTIN is P01234567",
            "Hi, this is Jane, SSN [SSN], call me at [PHONE] or [EMAIL], DOB [DOB], my PTIN is [PTIN]"
        ),
        (
            "Client EIN 12-3456789 and her ITIN 912-78-1234; deadline is 04/15/2026",
            "Client EIN [EIN] and her ITIN [ITIN]; deadline is 04/15/2026"
        ),
        (
            "Form 8821 for tax year 2024, client SSN 123456789, phone 866.255.0654",
            "Form 8821 for tax year 2024, client SSN [SSN], phone [PHONE]"
        ),
        (
            "Name: John Doe\nSSN: 123-45-6789\nDOB: 03/04/1965\nPhone: 1 (212) 555-0199\nEmail: john.doe@example.com",
            "Name: John Doe\nSSN: [SSN]\nDOB: [DOB]\nPhone: [PHONE]\nEmail: [EMAIL]"
        ),
        ("Café owner, SSN 123-45-6789 ✓ — thanks", "Café owner, SSN [SSN] ✓ — thanks"),
        (
            "The ID.me code 123456 never arrived for jane.doe@gmail.com, step 2 of 5, SSN 123 45 6789",
            "The ID.me code [CODE] never arrived for [EMAIL], step 2 of 5, SSN [SSN]"
        ),
        (
            "Card 4111 1111 1111 1111 exp 04/27, paid $1,234.56 on 04/15/2026",
            "Card [CARD] exp [CARD], paid $1,234.56 on 04/15/2026"
        ),
    ]

    /// Inputs the redactor must return unchanged.
    static let keptCases: [String] = [
        // An @ with no name before it, or no letter after it, is no address.
        "follow @IRSnews for updates",
        "meet@5 tomorrow",
        "How do I add step 2 to Form 8821?",
        "1. Open e-Services 2. Click Sign In 3. Choose ID.me",
        "Enter the 6-digit code from the app",
        "It takes 30 minutes to sync",
        "usually 5\u{2013}10 minutes",
        "for tax year 2024",
        "returns for 2021, 2022 and 2023",
        "tax years 2021 2022 2023 2024",
        "Form 8821 and Form 2848",
        "shared with 21 federal agencies",
        "the deadline is 04/15/2026",
        "filed on January 5, 2024",
        "May 5, 1980 was a Monday",
        "+1 800 FLOWERS",
        "ZIP+4 90210-1234",
        "balance due $1,234.56",
        "a refund of $123,456,789.00",
        "version 2.3.1 of the app",
        "call back at 10:30 am",
        "the reset email had 123456 in it",
        "order AB123456789XY was shipped",
        "ref INV-2024-000123",
        "Publication 1075, section 6103",
        "1099-NEC and W-2 forms",
        "ticket ending 6789",
        "card ending in 1111",
        "4111 1111 1111 1112",
        "order number 1234567890",
        "P0123456 is one digit short",
        "born in 1980 in Ohio",
        "Born and raised in Ohio, the client says the deadline is 04/15/2026",
        "ping me @ 5pm",
        "sign in at id.me",
        "log in at irs.gov with ID.me",
        "sign in at e-services.irs.gov",
        "log in at id dot me",
        "the site at irs dot gov",
        "look at the id.me page",
        "at home dot com",
        "meet at noon dot",
        "arrived at 9 dot 30",
        "jane at firm",
        "that (at) least works",
        "what dot com era",
        "I tried that already. At id.me it still says locked",
        "It worked on the phone. At login.gov I get an error",
        "I set up 2FA at id.me but lost my phone",
        "Step 2 at id.me says enter the code",
        "Form 2848 at irs.gov",
        "got error 403 at irs.gov",
        "my 1099 at irs.gov",
        "code sent at 3:15 at id.me",
        "I checked my inbox at gmail.com",
        "I log in at outlook.com",
        "e.g. at id.me",
        "the U.S. at irs.gov",
        "at",
        "(at",
        "x (at",
        "jane at",
        "(dot) at",
        "ref 12 3456789",
        "amount 1.123456789",
        "see Rev. Proc. 2024-40",
        "extension until 10/15/2025",
        "The IRS updated e-Services on 2024-03-01",
        "lines 1-3 and 5-7",
        "CP2000 notice",
        "no digits here at all",
        // SSN shapes that are not one: slashed dates, 3-3-3 without an SSN label, slashes that do not group 3-2-4.
        "01/02/2025",
        "due 12/31/2025",
        "ref 123-456-789",
        "order 123 456 789 shipped",
        "ratio 123/45/678",
        "page 1/123/45/6789",
        "ssn 123-456-7890x",
        // "social" labels a 3-3-3 number only right before it or as "social security".
        "I saw it on social media, ref 123-456-789",
        "social media post 123 456 789",
        "security social club 123-456-789",
        "Form 1040-X for the 2025 return",
        "1040-X",
        "2025 return",
        // A 2-7 grouping by a space is an EIN only after an EIN label.
        "12 3456789",
        "step 12 3456789",
        "12 345678",
        // A PTIN's P stands alone, then one space or dash, then exactly 8 digits.
        "P 0123456 is one digit short",
        "P-0123456 is one digit short",
        "AP 01234567",
        "P  01234567 has two spaces",
        "P 01234567x",
        "P-0123-4567",
        // Spaced or dashed, a PTIN needs an uppercase P or a PTIN label.
        "page p 20251127",
        "see p-12345678 below",
        // An area code then 7 digits must form a valid North American number, or follow a phone word, and stand alone.
        "call 866-2550",
        "order 866 2550654x",
        "ref 123-4567890",
        "(066)2550654",
        "866-25506540",
        "tracking 8662-550654",
        // Without a phone word before it or an extension after it, an area code then 7 digits is some other number.
        "amount 212.5550134",
        "case 202-5551234 opened",
        "agent id 212 5550134",
        "202-5551234 is the case",
        "the call dropped, my ticket number is one, then case 202-5551234",
        // 8 digits are a date of birth only after a birth word, and only when they read as a date.
        "order 19800102",
        "the update on 20250115",
        "birthdate 12345678",
        "DOB 19801302",
        "DOB 1980010",
        "born in 1980, ticket 20251340",
        "birthday ref 13131980",
        // Full-width text without personal data stays as typed.
        "Form ８８２１ for tax year ２０２４",
        "ｓｔｅｐ ２ of ５ at ｉｄ．ｍｅ",
        "全角スペース\u{3000}テスト",
        "x² + y² = 10²",
        "step ① then ②, 30 minutes",
        "H₂O costs $1,234.56",
        "Ｆｏｒｍ １０４０－Ｘ",
    ]

    // MARK: Tests

    func testRedactsEveryDocumentedShape() {
        XCTAssertGreaterThanOrEqual(Self.redactedCases.count, 40)
        for (input, expected) in Self.redactedCases {
            XCTAssertEqual(redactor.redact(input), expected, "input: \(input)")
        }
    }

    func testKeepsTextWithoutPersonalData() {
        XCTAssertGreaterThanOrEqual(Self.keptCases.count, 25)
        for input in Self.keptCases {
            XCTAssertEqual(redactor.redact(input), input)
            XCTAssertEqual(redactor.findings(in: input), [], "input: \(input)")
        }
    }

    func testFindingsLocateTheReplacedText() {
        let text = "SSN 123-45-6789, call (555) 201-3344 or jane@firm.com"
        let findings = redactor.findings(in: text)
        XCTAssertEqual(findings.map(\.kind), [.ssn, .phone, .email])
        XCTAssertEqual(findings.map { String(text[$0.range]) }, ["123-45-6789", "(555) 201-3344", "jane@firm.com"])
    }

    func testFindingsAreOrderedDisjointAndMatchRedact() {
        for (input, expected) in Self.redactedCases {
            let findings = redactor.findings(in: input)
            XCTAssertFalse(findings.isEmpty, "input: \(input)")
            var rebuilt = ""
            var position = input.startIndex
            for finding in findings {
                XCTAssertLessThanOrEqual(position, finding.range.lowerBound, "overlap in: \(input)")
                rebuilt += input[position..<finding.range.lowerBound]
                rebuilt += finding.kind.placeholder
                position = finding.range.upperBound
            }
            rebuilt += input[position...]
            XCTAssertEqual(rebuilt, expected)
        }
    }

    func testOverlapsBecomeOneReplacementOfTheLongestKind() {
        let text = "123456789@example.com"
        XCTAssertEqual(redactor.findings(in: text), [Redaction(kind: .email, range: text.startIndex..<text.endIndex)])
    }

    func testRedactingTwiceChangesNothing() {
        // A placeholder is no label: "[EMAIL]" does not make the plain "at" after it an address on a second pass.
        let kept = ["jane@x.com cc bob at firm.com cant reset my password"]
        for input in Self.redactedCases.map(\.input) + Self.keptCases + kept {
            let once = redactor.redact(input)
            XCTAssertEqual(redactor.redact(once), once)
        }
    }

    func testEveryKindHasItsOwnDigitFreePlaceholder() {
        let placeholders = Redaction.Kind.allCases.map(\.placeholder)
        XCTAssertEqual(placeholders, ["[SSN]", "[ITIN]", "[EIN]", "[PTIN]", "[PHONE]", "[EMAIL]", "[DOB]", "[CARD]", "[PASSWORD]", "[CODE]",
                                      "[ACCOUNT]", "[LICENSE]", "[USERNAME]", "[EFIN]", "[CAF]", "[ADDRESS]", "[NAME]",
                                      "[ROUTING]", "[MEDICARE]", "[IP]", "[MAC]"])
        XCTAssertFalse(placeholders.joined().contains { $0.isNumber })
    }

    /// A 64 KB line without spaces is read once, not once per number on it: labels are looked for only in the
    /// `contextReach` bytes around a number, so the numbers near the label are redacted and the rest of a line of
    /// label-dependent shapes is kept. (Its time is measured by the test run, not asserted.)
    func testLongLinesWithoutSpacesAreHandled() {
        let size = 64 * 1024
        func line(_ prefix: String, _ unit: String) -> String {
            prefix + String(repeating: unit, count: (size - prefix.utf8.count) / unit.utf8.count)
        }
        let triples = line("", "123-456-789;")
        XCTAssertEqual(redactor.redact(triples), triples)
        let labeledTriples = redactor.redact(line("ssn ", "123-456-789;"))
        XCTAssertTrue(labeledTriples.hasPrefix("ssn [SSN];[SSN];"), String(labeledTriples.prefix(80)))
        XCTAssertTrue(labeledTriples.hasSuffix(";123-456-789;"))
        let births = redactor.redact(line("born ", "19800102;"))
        XCTAssertTrue(births.hasPrefix("born [DOB];[DOB];"), String(births.prefix(80)))
        XCTAssertTrue(births.hasSuffix(";19800102;"))
        let ssns = line("", "123-45-6789;")
        XCTAssertEqual(redactor.findings(in: ssns).count, ssns.utf8.count / 12)
        let letters = line("", "abc123456789;")
        XCTAssertEqual(redactor.redact(letters), letters)
    }

    /// A word cut by the `contextReach` bytes before a number ends the look for its labels: read again, its cut part
    /// was skipped again, and "60 letters: a b 212 5550134" never finished.
    func testAWordCutByTheReachEndsTheLookBack() {
        let long = String(repeating: "x", count: 60)
        XCTAssertEqual(redactor.redact(long + ": a b 212 5550134"), long + ": a b 212 5550134")
        XCTAssertEqual(redactor.redact(long + ": call 212 5550134"), long + ": call [PHONE]")
    }

    /// A label is read as the words just before the text; it is not written, and a label holding data labels nothing.
    func testALabelMakesLabelDependentShapesData() {
        let cases: [(text: String, label: String?, expected: String)] = [
            ("123 456 789", "ssn", "[SSN]"),
            ("123 456 789", "client_ssns", "[SSN]"),
            ("12 3456789", "EIN", "[EIN]"),
            ("19800102", "dob", "[DOB]"),
            ("212 5550134", "cell", "[PHONE]"),
            ("123 456 789", "ref", "123 456 789"),
            ("123 456 789", nil, "123 456 789"),
            ("123-45-6789", nil, "[SSN]"),
            ("12 3456789", "ein 123-45-6789", "12 3456789"),
            ("Form 8821", "ssn", "Form 8821"),
        ]
        for (text, label, expected) in cases {
            XCTAssertEqual(redactor.redact(text, labelledBy: label), expected, "\(label ?? "nil"): \(text)")
        }
    }

    func testACellIsLabelledByTheCellBeforeIt() {
        XCTAssertEqual(redactor.redact(cells: ["SSN", "123 456 789", "x"]), ["SSN", "[SSN]", "x"])
        XCTAssertEqual(redactor.redact(cells: ["ssn 123-45-6789", "12 3456789"]), ["ssn [SSN]", "12 3456789"])
        XCTAssertEqual(redactor.redact(cells: ["ref", "123 456 789"]), ["ref", "123 456 789"])
        XCTAssertEqual(redactor.redact(cells: []), [])
    }

    func testEmptyTextIsKept() {
        XCTAssertEqual(redactor.redact(""), "")
        XCTAssertEqual(redactor.findings(in: ""), [])
    }
}
