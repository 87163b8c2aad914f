/// Replaces personal data in pasted caller text with one placeholder per kind, so that nothing personal is stored, logged or echoed back.
///
/// What is redacted (each finding is replaced by its placeholder):
///
/// - `[SSN]` Social Security numbers: `123-45-6789`, `123 45 6789`, `123.45.6789`, `123/45/6789` (a 3-2-4 grouping
///   is never a date), and any 9 digits standing alone (`123456789`); 9 digits grouped 3-3-3 (`123-456-789`,
///   `123 456 789`) only when `SSN` is among the four words before them, `social security` is written in the 64
///   bytes before them, or `social` is the word right before them. Every number of that shape is redacted, even one the SSA never issues (area 000,
///   666 or 9xx, group 00, serial 0000): a mistyped SSN is still personal. So a ZIP+4 written without its dash (`902101234`)
///   is redacted too. Read out piece by piece (`RedactorScanner.spokenNumbers()`): grouped 3-2-4 by dashes typed or
///   spoken, with any spaces or tabs, in digits or words (`1 2 3 - 4 5 - 6 7 8 9`, `123 dash 45 dash 6789`, `one two
///   three dash ...`); in other pieces
///   (`1 2 3 4 5 6 7 8 9`, `123 45 67 89`) only after an SSN, ITIN, TIN, `tax id` or `social` label (an EIN label or
///   `federal id` makes them `[EIN]`), or before one (`1 2 3 4 5 6 7 8 9 is my ssn`, `... (ssn)`:
///   `RedactorScanner.kindNamed(after:)`); without a label only read out digit by digit, as `123456789` typed is
///   (`my number is 5 1 8 2 2 7 3 9 4`: `RedactorScanner.isDigitByDigit(_:)`), unless they count up or down (`1 2 3 4 5
///   6 7 8 9`) or follow an id's label (`case number 5 1 8 ...`). Teens, tens, `double` and `triple` count their
///   digits (`twelve`, `double five`).
/// - `[ITIN]` Individual taxpayer identification numbers: the same shapes, starting with 9, with 4th–5th digits
///   50–65, 70–88, 90–92 or 94–99 (`912-78-1234`). Other numbers starting with 9 are redacted as `[SSN]`, and so is
///   an ITIN's shape after an SSN label (`my ssn is 987-65-4321`: `RedactorScanner.nineDigitKind(at:first:group:)`).
/// - `[EIN]` Employer identification numbers: `12-3456789`, also read out (`1 2 - 3 4 5 6 7 8 9`, `12 dash
///   3456789`); and 9 digits in a row, or grouped 2-7 by a space
///   (`12 3456789`), labeled as an EIN in the four words before them (`EIN 123456789`, `FEIN: 123456789`,
///   `employer ID 12 3456789`); the 2-7 grouping also after `TIN`, `tax`, `federal`
///   or `fed` (`tax ID 12 3456789`, `federal tax return 12 3456789`).
/// - `[PTIN]` Preparer tax identification numbers: `P` or `p` and exactly 8 digits, glued (`P01234567`); after
///   one space or dash (`P 01234567`, `P-01234567`) only with an uppercase `P` or `PTIN` among the four words
///   before it; on the same terms read out (`P 0 1 2 3 4 5 6 7`), or 8 digits read out after a PTIN label.
/// - `[PHONE]` North American phone numbers grouped 3-3-4 by spaces, dashes or dots, or with the area code in
///   parentheses, optionally after `1`, `1-` or `+1`: `866-255-0654`, `(866) 255-0654`, `866.255.0654`,
///   `866 255 0654`, `+1 866 255 0654`, `1-866-255-0654`. Ten digits in a row (`8662550654`), or eleven starting
///   with 1, and an area code in parentheses then 7 digits in a row (`(866)2550654`), when they form a valid NANP
///   number (area code and exchange start with 2–9), follow a phone word (`call me at 5551234567`:
///   `RedactorScanner.isLabeledPhone(_:)`) or come before an extension (`5551234567x12`). Grouped 3-3-4 by slashes
///   (`555/123/4567`). An area code set apart from 7 digits by a dash, dot or space
///   (`866-2550654`, `212.5550134`) only with a word about phoning among the four words before it (`call`,
///   `phone`, `cell`, `tel`, `number`, `reach`...), an extension after it, or nothing else in the text. International numbers
///   starting with `+` and holding 8–15 digits (`+44 20 7946 0958`). An extension after the number (`ext 123`,
///   `ext. 123`, `extension 123`, `x123`, `#123`) is redacted with it. Numbers without a country code from elsewhere
///   (a trunk `0`: `07700 900123`, `020 7946 0958`, `0412 345 678`; Indian mobiles: `98765 43210`) and any 7 to 15
///   digits after a phone label (`phone: 555 0100`) or `call me at`, `text me at`, `call her at`, `call back` (`call me at 555-1234`,
///   every item of a list: `call 555-1234 or 555-9876`:
///   `RedactorScanner.localPhone(at:length:)`, `followsCallMeAt(_:)`, `followsListedPhone(_:)`). Read out: grouped
///   3-3-4 by breaks (`8 6 6 - 2 5 5 - 0 6 5 4`, `555 dot 123 dot 4567`), or after a phone word (`call me at 8 6 6 2
///   5 5 0 6 5 4`, a phone word misspelt by one edit too: `phoen five five five ...`), valid number or not, unless the
///   digits count up (`1 2 3 4 5 6 7 8 9 0`). Toll-free and business numbers are redacted as well: the redactor cannot
///   tell whose number it is, except the public numbers it is given (`init(publicPhoneNumbers:)`: a knowledge base's
///   own, `866-255-0654` in "should I call 866-255-0654?"), which are kept however they are written.
/// - `[EMAIL]` Email addresses `local@domain.tld`: letters, digits and `._%+-'` before the `@`, a dotted domain
///   after it whose last label has 2 or more letters; letters of any script count (`jöhn@exämple.de`, `名前@example.jp`:
///   `RedactorScanner.nonASCIILetterWidth(at:)`). The addresses a knowledge base gives are kept
///   (`keeping(publicEmailAddresses:)`). Addresses spelled out to dodge spam filters:
///   `jane (at) firm (dot) com`, `jane [ at ] firm [.] com`, `jane@firm dot com`, `jane at firm dot com`,
///   `jane dot doe at firm dot com`, `jane -at- firm -dot- com`, `jane @ firm . com`, `jane . doe @ firm . com`, `jane at firm period com`,
///   `j a n e @ gmail.com`, and a mail provider alone for the domain (`jane (at) gmail`, `jane at yahoo`); with a
///   plain ` at ` and written dots, only when the name holds `.`, `_` or `+` (`jane.doe at firm.com`), one of the
///   four words before it is `email`, `mail`, `address`, `reach` or `contact` (`my email is jane at firm.com`), or
///   the domain is a mail provider's and the name no ordinary word (`jane at gmail.com`; "look at gmail" is kept). A plain ` at ` before `id.me` or a `.gov` site is where someone
///   signs in: "sign in at id.me", "log in at irs dot gov" are kept. Addresses glued into a chain ("reach me at
///   jane dot doe at gmail dot com", "jane at x dot com.bob at y dot com") become one finding.
/// - `[DOB]` Dates of birth: a full date (`01/02/1980`, `1/2/80`, `3/4/'71`, `01-02-1980`, `01.02.1980`, `01 02 1980`, `1 / 2 / 1980`,
///   `1980-01-02`, `January 5, 1980`, `Jan. 5th 1980`, `5 Jan 1980`, `5-Jan-1980`, `Jan-5-1980`,
///   `5th of January 1980`, in words or with
///   a two-digit year (`2 Jan 80`, `january second nineteen eighty`: `RedactorScanner.writtenBirthDates()`), and 8 digits read as
///   `19800102` YYYYMMDD or `01021980` MMDDYYYY/DDMMYYYY with a year 1900–2099, and 6 as `030471` MMDDYY/DDMMYY:
///   `RedactorScanner.isShortCompactDate(at:)`), only when one of the
///   four words before it, or the word right after it (`01/02/1980 (DOB)`), speaks of birth: `DOB`, `D.O.B.`,
///   `date of birth`, `birth date`, `birthdate`, `birthday`, `born`, `bday`; or such a label after it and its links
///   (`01/02/1980 is her date of birth`: `RedactorScanner.kindNamed(after:)`). The same date without that context
///   (`the deadline is 04/15/2026`) is kept, unless it is numeric with a four-digit year from 1900 to fifteen years ago
///   (`7/4/1980 can't verify`: `RedactorScanner.birthYearDate(at:length:)`).
/// - `[CARD]` Payment card numbers: 13–19 digits in a row, or grouped by spaces or dashes as 4-4-4-4 (from 4-4-4-1
///   to 4-4-4-4-3) or 4-6-5 / 4-6-4, that pass the Luhn check and start like a card (3, 4, 5, 6, or 2221–2720); and a
///   card's expiry date after `exp`, `expiry`, `expires`, `expiration` (`card exp 04/27`: `RedactorScanner.cardExpiry(at:length:)`).
/// - `[SSN]`, `[ITIN]`, `[EIN]`, `[PTIN]` for 7 to 11 digits right after their label, an id mistyped (`my ssn is
///   123-45-678`, `ein 12-345678`: `RedactorScanner.mistypedID(at:length:)`).
/// - `[PASSWORD]` and `[CODE]` Passwords, one-time codes and PINs a caller reads out, right after their label:
///   `her password is Summer2024!`, `the code 482913 didn't work`, `IP PIN 123456` (see
///   `RedactorScanner.credentials()` for the labels and the shapes), read out in digits or words too (`code was four
///   eight two nine one seven`, `my pin is 4 8 2 1`: `spokenCode(_:)`); or among the eight words after it in the same
///   sentence and line, when they have a password's shape or are a code of six to eight digits: `forgot my password,
///   old one was Summer2024!`, `the code i got is 482913` (see `RedactorScanner.looseCredentials()`); or before it,
///   linked by `as`, `is` or `was`: `i typed Summer2024 as the password`, `482913 is the code`. A misspelt label
///   counts (`pasword`, `passwrd`). Error numbers, ids, forms and notices are kept (`error code 100012`, `see ticket
///   inc004471`, `password Form8821 signed`, `pin number 1099 form`). Passwords with spaces after a label and a link
///   (`my password is Summer 2024!`, `password: correct horse battery staple`, `passphrase: blue monkey sky`, `my
///   password is hunter two`, `password is the word fluffy`: `spacedPassword(at:)`), one word of any length that
///   closes the clause and says no state (`my password is hunter`, `pw is letmein`, `password: abc`; "my password is
///   wrong" is kept: `singleWordPassword(from:)`), words only a
///   password looks like (`Password123!`, `P@ssw0rd`: `strongPasswords()`; `Password123`: `numberedPassword(in:)`), one
///   word after a verb of using and a password label (`I used the password tigers`: `usedPassword(at:)`; the
///   knowledge base's `not_password_words` are kept: `knowing(notPasswordWords:)`), values right after `typed`, `entered`,
///   `tried`... (`I typed 482913`: `typedValues()`), and backup and recovery codes, every one of a list (`recovery code
///   ABCD-EFGH-IJKL`, `recovery codes: 1a2b3c4d 5e6f7g8h`: `recoveryCode(at:)`, `nextRecoveryCode(after:)`), and an
///   authenticator's seed or setup key (`totp seed JBSWY3DPEHPK3PXP`: `authenticatorSeed(at:)`). Four or five digits
///   right after `code` are a code (`code 4417`) unless a word before names a system's code (`zip code 90210`, `tax
///   code 1234`) or they are a year (`isSystemCode(_:labelAt:value:)`).
/// - `[LICENSE]`, `[ACCOUNT]`, `[USERNAME]` Driver's license and account numbers and user names after their label:
///   `driver license D1234567`, `account number 000123456789`, `my username is jdoe1975` (`accountID(at:)`), an account
///   number a few words on (`my account number at the bank is 000123456789`: `accountNumberAfterWords(from:link:)`),
///   `user: jsmith`, `signed in as jdoe`, `usr nm: jdoe99`; a user
///   name of letters alone after a link and no common word (`username: jdoe`, `her login is jdoe`:
///   `plainUserNameEnd(from:link:login:)`), or right after the label when no word of the knowledge base's nor an
///   English one (`username jdoe`: `unlinkedUserNameEnd(from:)`). User names and recovery codes said before their label (`jdoe42 is my
///   username`, `1a2b3c4d is my recovery code`: `idBefore(labelAt:)`).
/// - `[SSN]` for the last four digits after an SSN label (`snn`, `socsec` and `sn#` too) or `last 4` (`SSN ending in
///   6789`, `last four 6789`, `snn 6789`), and an
///   SSN masked but for them (`xxx-xx-6789`): `RedactorScanner.partialSSN(at:)`.
/// - `[EFIN]`, `[CAF]` An EFIN after its label (`my efin is 123456`, `EFIN123456`, `EFIN: 123 456`, `E-FIN 123456`) and a CAF number
///   (`0301-12345R`, `CAF number 0301-12345`, `CAF0301-12345R`): `RedactorScanner.efin(at:)`, `spacedEFIN(at:)`,
///   `cafNumber(at:length:)`; a PTIN's 8 digits after its label without the `P` (`PTIN 01234567`:
///   `labeledPTINDigits(at:)`).
/// - `[NAME]` A person's name after a label the knowledge base lists (`name_labels`: "my name is Maria Lopez", "MY
///   NAME IS MARIA LOPEZ", "my name is maria lopez"), and the whole value of a column or key that holds one
///   (`name_fields`: `caller`, `customer`; at any depth of a JSON value, `JSONLeafRedactor`):
///   `init(publicPhoneNumbers:nameLabels:notNameWords:abbreviations:nameFields:)`, `RedactorScanner.names(after:endings:notNames:abbreviations:)`,
///   `redact(_:labelledBy:)`. Without a label, a capitalized name where the knowledge base's lists place one
///   (`finding(namesIn:)`, `RedactorScanner.unlabeledNames()`): after a self-introduction ("this is Maria Gomez from ABC
///   Tax", "Hi, Maria Gomez here"), on the line after a sign-off or after its comma ("Thanks," then "Maria Gomez",
///   "Regards, John Smith", "-- " then "John Smith, EA"; in lowercase or capitals too: "thanks," then "maria gomez",
///   "THANKS, JOHN SMITH": `RedactorScanner.uncasedNameEnd(from:before:_:)`), in a `From:`, `To:` or `Cc:` header line; a sentence's
///   first word, months, weekdays, products and the knowledge base's own words are kept ("It's Google Authenticator").
///   And a capitalized given name of the knowledge base's list wherever it stands, with the surname after it ("Bob says
///   the code never came", "reset Dana's password", "Priya Nair can't get in": `RedactorScanner.givenNames()`); and
///   two or three capitalized words opening a sentence that are no English, common or knowledge-base word ("Giselle
///   Durand can't get her code": `RedactorScanner.unknownNamePairs()`).
/// - `[ROUTING]` 9 digits after a routing label (`routing number 021000021`: `RedactorScanner.followsRoutingLabel(_:)`).
/// - `[MEDICARE]` Medicare beneficiary identifiers by their shape (`1EG4-TE5-MK73`: `RedactorScanner.medicareNumber(at:)`).
/// - `[IP]` IPv4 addresses standing alone (`192.168.1.20`: `RedactorScanner.ipAddress(at:length:)`), and IPv6 ones
///   (`2001:db8:85a3::8a2e:370:7334`, `fe80::1ff:fe23:4567:890a`: `RedactorScanner.ipv6Address(around:)`).
/// - `[MAC]` MAC addresses standing alone (`00:1A:2B:3C:4D:5E`, `00-1a-2b-3c-4d-5e`, `0050.56c0.0001`:
///   `RedactorScanner.macAddress(around:)`), and 12 hex digits in a row after a MAC label (`mac 001A2B3C4D5E`:
///   `labeledMACAddress(at:)`).
/// - `[ACCOUNT]` IBANs that pass their mod-97 check (`GB82 WEST 1234 5698 7654 32`: `RedactorScanner.iban(checkDigitsAt:)`).
/// - `[ADDRESS]` Postal addresses: a house number, a street's name and type, maybe a unit and the place (`123 Main St,
///   Springfield IL 62704`, `45 Oak Avenue Apt 3`: `RedactorScanner.streetAddress(at:length:)`), `PO Box 1234`
///   (`poBox(at:length:)`), a ZIP code after its state (`Austin, TX 78701`, `Boise ID 83702`: `stateZIPCode(at:)`) or
///   its label (`my zip is 90210`: `labeledZIPCode(at:)`; a Canadian or UK postcode too, `postal code K1A 0B1`, and
///   after a street's city, `London NW1 6XE`: `postcodeEnd(at:)`), and the value
///   after an address label (`mailing address: ...`, `my address is 45 Oak`: `addressValue(at:)`).
///
/// Text is read as the matcher's normalizer reads it (`FoldedText`): every character whose compatibility form is
/// one ASCII character (full-width `１２３－４５－６７８９` and `jane＠firm.com`, superscript `¹²³`, subscript `₁₂₃`,
/// circled `①②③`, small `﹣`, mathematical `𝟏`), and the separators word processors paste (no-break, thin and
/// ideographic spaces, en and em dashes, non-breaking hyphens, the minus sign), count as that ASCII character, and
/// the invisible characters it drops (soft hyphen, zero-width space and joiners) count as nothing, so every rule
/// applies to them; the replacement covers the characters as typed.
///
/// What is kept:
///
/// - Digits in a row right after a reference label: `ticket #123456789`, `ref number 2024031512`, and an id typed in an
///   SSN's, EIN's or phone's shape there (`ticket number 555-123-4567`, `case # 123-45-6789`); and digits in a row after
///   an error label: `error code 518227394` (`RedactorScanner.followsReferenceLabel(_:errors:)`).
/// - Digits glued to letters or inside a longer number: order ids such as `AB123456789XY`, `protein123456789`,
///   `1.123456789`, `$123456789`, `12-123-45-6789`. Numbers must stand alone; only a PTIN starts with a letter, and
///   only a label typed against its number counts as set apart from it (`SSN123456789` becomes `SSN[SSN]`, as
///   `SSN:123456789` becomes `SSN:[SSN]`; `EIN123456789`, `ITIN…`, `FEIN…`, `PTINP01234567` likewise).
/// - Numbers of other shapes: step numbers, counts, `6-digit code`, `123456` without a code label, `30 minutes`,
///   `5–10 minutes`, years,
///   form numbers (`Form 8821`), money (`$1,234.56`), versions (`2.3.1`), times (`10:30`),
///   ZIP codes without their label (`90210`), and ZIP+4 with its dash (`90210-1234`: a 5-4 number is neither an SSN nor an EIN).
/// - Dates without birth context (`04/15/2026`, `order 19800102`), partial dates (`born in 1980`, `DOB Jan 1980`),
///   last-four fragments without an SSN label or `last 4` (`account ending 6789`), local phone numbers without an
///   area code (`201-3344`), ten digits
///   in a row, or an area code and 7 digits, that cannot be a NANP number, without a phone word (`1234567890`,
///   `123-4567890`),
///   card-length numbers that fail the Luhn check or the card prefix.
/// - Shapes that need a label, without it: 9 digits grouped 3-3-3 (`ref 123-456-789`, `on social media, ref
///   123-456-789`), 2-7 (`12 3456789`), a lowercase `p` and 8 digits apart (`page p 20251127`), an area code and
///   7 digits apart (`amount 212.5550134`, `case 202-5551234 opened`).
/// - Hundreds and thousands in words (`eight hundred`: `RedactorScanner.numberWord(at:)`) and digits of other
///   scripts (Arabic-Indic, Devanagari...); `at` a mail provider after an ordinary word ("I checked my inbox at
///   gmail.com", "look at gmail").
///
/// A number wrapped after one of its dashes, as a pasted email wraps a long line (`123-45-` then `6789` on the next
/// line), is read as on one line (`RedactorScanner.skipSeparator(_:)`); wrapped at a space between its groups, an
/// SSN or phone number only after its label (`my SSN is 123 45` then `6789`: `RedactorScanner.groupBreak(_:)`).
/// `social` misspelt by one edit (`socail`) and `soc sec` label an SSN as `social` and `social security` do
/// (`RedactorScanner.isSocialWord(_:short:)`).
///
/// "The four words before" a number are the words in the 64 bytes before it (`RedactorScanner.contextReach`),
/// so a long line without spaces is read once, not once per number on it.
///
/// Overlapping findings become one replacement covering all of them, labeled with the kind of the longest
/// (ties go to the more specific kind), so replacements never overlap and nothing leaks at their edges.
public struct Redactor: Sendable {
    /// Email addresses that are nobody's personal data, lowercased: those a knowledge base gives in its answers
    /// (`keeping(publicEmailAddresses:)`). An `[EMAIL]` finding of one of them is kept.
    var publicEmailAddresses: Set<String> = []
    /// Words that follow a password label in a sentence without being the password, lowercased: the knowledge base's
    /// `not_password_words` (`knowing(notPasswordWords:)`).
    var notPasswordWords: Set<String> = []
    /// The labels a security question's answer follows: the knowledge base's `security_answer_labels`
    /// (`knowing(securityAnswerLabels:)`).
    var securityAnswerLabels = SecurityAnswerLabels()
    /// Phone numbers that are nobody's personal data, as their digits alone (a leading `1` of eleven dropped): a help
    /// desk's number that the knowledge base publishes. A `[PHONE]` finding whose digits are one of them is kept.
    let publicPhoneNumbers: Set<String>
    /// The knowledge base's lists for names, in one shared object (`RedactorNames`), read through the properties
    /// below.
    var names = RedactorNames.none
    /// Labels that say a person's name follows ("my name is", "name:"), lowercase ASCII bytes: the knowledge base's
    /// `name_labels` (`init(publicPhoneNumbers:nameLabels:notNameWords:abbreviations:nameFields:)`). Without them no
    /// name is redacted.
    var nameLabels: [[UInt8]] { names.labels }
    /// Lowercase words that are no name after a name label when typed in lowercase or capitals ("tin", "mismatch"):
    /// the knowledge base's `not_name_words`.
    var notNameWords: Set<String> { names.notNameWords }
    /// Lowercase words, without their dot, that a name may hold with a dot before another name word ("dr", "jr"): the
    /// knowledge base's `abbreviations`, so "my name is Dr. Maria Gomez" is one name.
    var nameAbbreviations: Set<String> { names.abbreviations }
    /// Lowercase words of the CSV columns and JSON keys that hold a person's name ("caller", "customer name"): the
    /// knowledge base's `name_fields`. Their values are redacted whole (`redact(_:labelledBy:)`).
    var nameFields: [String] { names.fields }
    /// Where a name stands without a label (an introduction, a signature, an email header) and which words are none
    /// there: the knowledge base's lists and words (`finding(namesIn:)`). Empty, no such name is redacted.
    var nameContexts: NameContexts { names.contexts }
    /// The word lists the scanners read: the knowledge base's `redaction` lists (`knowing(redactionWords:)`), held in
    /// `names` so that a redactor grows by no field for them; nil, the shipped knowledge base's
    /// (`RedactionWords.standard`).
    var redactionWords: RedactionWords? { names.words }

    /// A redactor that redacts every phone number it finds (`init(publicPhoneNumbers:)` keeps some), and no name.
    public init() {
        publicPhoneNumbers = []
    }

    /// `text` with every finding replaced by its kind's placeholder; `text` itself when nothing is found.
    public func redact(_ text: String) -> String {
        redaction(of: text).text
    }

    /// `redact(text)`, and whether anything was found. When nothing was, `text` itself comes back, and the matcher
    /// need not look for personal data in it again (`removingPlaceholders(fromClean:labels:)`).
    public func redaction(of text: String) -> (text: String, foundAny: Bool) {
        Self.withBytes(text) { bytes in
            let hits = scan(bytes)
            guard !hits.isEmpty else { return (text, false) }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 8 * hits.count)
            var position = 0
            for hit in hits {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<hit.start]))
                output.append(contentsOf: hit.kind.placeholder.utf8)
                position = hit.end
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position...]))
            return (String(decoding: output, as: UTF8.self), true)
        }
    }

    /// The personal data in `text`, in order, never overlapping; `redact(_:)` replaces exactly these ranges.
    public func findings(in text: String) -> [Redaction] {
        let hits = Self.withBytes(text, scan)
        let utf8 = text.utf8
        return hits.map { hit in
            let lower = utf8.index(utf8.startIndex, offsetBy: hit.start)
            let upper = utf8.index(lower, offsetBy: hit.end - hit.start)
            return Redaction(kind: hit.kind, range: lower..<upper)
        }
    }

    /// The scanner's hits over `bytes` (with the names after `nameLabels`), read through `FoldedText` when it holds
    /// forms of ASCII, in `bytes`' offsets; without the public phone numbers and email addresses.
    private func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [RedactorScanner.Hit] {
        let names = names
        let words = redactionWords ?? .standard
        func hits(in bytes: UnsafeBufferPointer<UInt8>) -> [RedactorScanner.Hit] {
            let scanner = RedactorScanner(bytes: bytes, notPasswordWords: notPasswordWords, answerLabels: securityAnswerLabels,
                                          contexts: names.contexts, words: words)
            return withoutPublicData(scanner.scan(nameLabels: names.labels, labelEndings: names.labelEndings,
                                                  notNames: names.notNameWords, abbreviations: names.abbreviations), in: bytes)
        }
        guard let folded = FoldedText(bytes) else { return hits(in: bytes) }
        return folded.bytes.withUnsafeBufferPointer(hits(in:)).map(folded.original)
    }

    /// `body` of `text`'s UTF-8 bytes: its own contiguous storage where it has one, else a copy.
    static func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }
}
