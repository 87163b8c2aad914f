/// Replaces personal data in pasted caller text with one placeholder per kind, so that nothing personal is stored, logged or echoed back.
///
/// What is redacted (each finding is replaced by its placeholder):
///
/// - `[SSN]` Social Security numbers: `123-45-6789`, `123 45 6789`, `123.45.6789`, and any 9 digits standing alone
///   (`123456789`). Every number of that shape is redacted, even one the SSA never issues (area 000, 666 or 9xx,
///   group 00, serial 0000): a mistyped SSN is still personal. So a ZIP+4 written without its dash (`902101234`)
///   is redacted too.
/// - `[ITIN]` Individual taxpayer identification numbers: the same shapes, starting with 9, with 4th–5th digits
///   50–65, 70–88, 90–92 or 94–99 (`912-78-1234`). Other numbers starting with 9 are redacted as `[SSN]`.
/// - `[EIN]` Employer identification numbers: `12-3456789`; and 9 digits in a row labeled as an EIN in the four
///   words before them (`EIN 123456789`, `FEIN: 123456789`, `employer ID 123456789`).
/// - `[PTIN]` Preparer tax identification numbers: `P` or `p` and exactly 8 digits (`P01234567`).
/// - `[PHONE]` North American phone numbers grouped 3-3-4 by spaces, dashes or dots, or with the area code in
///   parentheses, optionally after `1`, `1-` or `+1`: `866-255-0654`, `(866) 255-0654`, `866.255.0654`,
///   `866 255 0654`, `+1 866 255 0654`, `1-866-255-0654`. Ten digits in a row (`8662550654`), or eleven starting
///   with 1, when they form a valid NANP number (area code and exchange start with 2–9). International numbers
///   starting with `+` and holding 8–15 digits (`+44 20 7946 0958`). An extension after the number (`ext 123`,
///   `ext. 123`, `extension 123`, `x123`, `#123`) is redacted with it. Toll-free and business numbers are
///   redacted as well: the redactor cannot tell whose number it is.
/// - `[EMAIL]` Email addresses `local@domain.tld`: letters, digits and `._%+-'` before the `@`, a dotted domain
///   after it whose last label has 2 or more letters.
/// - `[DOB]` Dates of birth: a full date (`01/02/1980`, `1/2/80`, `01-02-1980`, `01.02.1980`, `1980-01-02`,
///   `January 5, 1980`, `Jan. 5th 1980`, `5 Jan 1980`, `5-Jan-1980`, `5th of January 1980`), only when one of the
///   four words before it, or the word right after it (`01/02/1980 (DOB)`), speaks of birth: `DOB`, `D.O.B.`,
///   `date of birth`, `birth date`, `birthdate`, `birthday`, `born`, `bday`. The same date without that context
///   (`the deadline is 04/15/2026`) is kept.
/// - `[CARD]` Payment card numbers: 13–19 digits in a row, or grouped by spaces or dashes as 4-4-4-4 (from 4-4-4-1
///   to 4-4-4-4-3) or 4-6-5 / 4-6-4, that pass the Luhn check and start like a card (3, 4, 5, 6, or 2221–2720).
///
/// Separators may also be the Unicode ones that word processors paste: no-break, thin and narrow spaces, en and
/// em dashes, non-breaking hyphens, the minus sign.
///
/// What is kept:
///
/// - Digits glued to letters or inside a longer number: order ids such as `AB123456789XY`, `ssn123456789`,
///   `1.123456789`, `$123456789`, `12-123-45-6789`. Numbers must stand alone; only a PTIN starts with a letter.
/// - Numbers of other shapes: step numbers, counts, `6-digit code`, `123456`, `30 minutes`, `5–10 minutes`, years,
///   form numbers (`Form 8821`), money (`$1,234.56`), versions (`2.3.1`), times (`10:30`), IP addresses,
///   ZIP codes (`90210`), and ZIP+4 with its dash (`90210-1234`: a 5-4 number is neither an SSN nor an EIN).
/// - Dates without birth context, partial dates (`born in 1980`, `DOB Jan 1980`), last-four fragments
///   (`SSN ending 6789`), local phone numbers without an area code (`201-3344`), ten digits in a row that cannot
///   be a NANP number (`1234567890`), card-length numbers that fail the Luhn check or the card prefix.
/// - Data spelled out in words (`jane at firm dot com`), full-width or other non-ASCII digits, and numbers split
///   by zero-width characters.
///
/// Overlapping findings become one replacement covering all of them, labeled with the kind of the longest
/// (ties go to the more specific kind), so replacements never overlap and nothing leaks at their edges.
public struct Redactor: Sendable {
    public init() {}

    /// `text` with every finding replaced by its kind's placeholder; `text` itself when nothing is found.
    public func redact(_ text: String) -> String {
        Self.withBytes(text) { bytes in
            let hits = RedactorScanner(bytes: bytes).scan()
            guard !hits.isEmpty else { return text }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 8 * hits.count)
            var position = 0
            for hit in hits {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<hit.start]))
                output.append(contentsOf: hit.kind.placeholder.utf8)
                position = hit.end
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position...]))
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// The personal data in `text`, in order, never overlapping; `redact(_:)` replaces exactly these ranges.
    public func findings(in text: String) -> [Redaction] {
        let hits = Self.withBytes(text) { RedactorScanner(bytes: $0).scan() }
        let utf8 = text.utf8
        return hits.map { hit in
            let lower = utf8.index(utf8.startIndex, offsetBy: hit.start)
            let upper = utf8.index(lower, offsetBy: hit.end - hit.start)
            return Redaction(kind: hit.kind, range: lower..<upper)
        }
    }

    private static func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }
}

// MARK: - Scanner

/// The byte-level matcher behind `Redactor`: tries each pattern where a number, `+`, `(`, `P` or `@` starts, then merges overlaps.
private struct RedactorScanner {
    struct Hit {
        var kind: Redaction.Kind
        var start: Int
        var end: Int
        var length: Int { end - start }
    }

    let bytes: UnsafeBufferPointer<UInt8>

    func scan() -> [Hit] {
        guard mayHoldPersonalData() else { return [] }
        let mentionsBirth = mentionsBirth()
        var hits: [Hit] = []
        var index = 0
        let count = bytes.count
        while index < count {
            let current = bytes[index]
            if isDigit(current) {
                let length = digitRun(at: index)
                scanNumber(at: index, length: length, datesMatter: mentionsBirth, into: &hits)
                index += length
                continue
            }
            switch current {
            case ASCII.plus:
                scanPlus(at: index, into: &hits)
            case ASCII.openParenthesis:
                if startsToken(index), let core = phoneCore(at: index), let end = phoneEnd(after: core) {
                    hits.append(Hit(kind: .phone, start: index, end: end))
                }
            case ASCII.upperP, ASCII.lowerP:
                if startsToken(index), digitRun(at: index + 1) == 8, endsToken(index + 9) {
                    hits.append(Hit(kind: .ptin, start: index, end: index + 9))
                }
            case ASCII.at:
                if let hit = email(at: index) { hits.append(hit) }
            default:
                break
            }
            index += 1
        }
        return merged(hits)
    }

    /// Every pattern needs a digit or an `@`; most questions are rejected here.
    private func mayHoldPersonalData() -> Bool {
        for byte in bytes where isDigit(byte) || byte == ASCII.at { return true }
        return false
    }

    /// Dates only matter after a birth word, and every one has a `b`: `dob`, `d.o.b`, `born`, `birth…`, `bday`.
    /// A cheap superset of `isBirthLabel` over the whole text, so most questions skip date matching.
    private func mentionsBirth() -> Bool {
        for index in bytes.indices where lower(bytes[index]) == ASCII.lowerB {
            if hasWord("orn", at: index + 1) || hasWord("irth", at: index + 1) || hasWord("day", at: index + 1) {
                return true
            }
            var before = index - 1
            while byte(before) == ASCII.period { before -= 1 }
            guard lower(byte(before)) == ASCII.lowerO else { continue }
            before -= 1
            while byte(before) == ASCII.period { before -= 1 }
            if lower(byte(before)) == ASCII.lowerD { return true }
        }
        return false
    }

    // MARK: Numbers

    /// Tries every number pattern that can start at the digit run `start..<start+length`.
    private func scanNumber(at start: Int, length: Int, datesMatter: Bool, into hits: inout [Hit]) {
        guard startsNumber(start, length: length) else { return }
        switch length {
        case 1:
            if byte(start) == ASCII.one, let core = phoneCore(at: skipSeparator(start + 1) ?? start + 1),
               let end = phoneEnd(after: core) {
                hits.append(Hit(kind: .phone, start: start, end: end))
            }
        case 2:
            let dash = dashWidth(start + 2)
            if dash > 0, digitRun(at: start + 2 + dash) == 7, endsToken(start + 9 + dash) {
                hits.append(Hit(kind: .ein, start: start, end: start + 9 + dash))
            }
        case 3:
            if let hit = groupedNineDigits(at: start) { hits.append(hit) }
            if let core = phoneCore(at: start), let end = phoneEnd(after: core) {
                hits.append(Hit(kind: .phone, start: start, end: end))
            }
        case 9:
            if endsToken(start + 9) {
                let kind: Redaction.Kind = precedingWords(before: start, limit: 4, include: isEINLabel)
                    ? .ein : nineDigitKind(first: byte(start), group: number(at: start + 3, length: 2))
                hits.append(Hit(kind: kind, start: start, end: start + 9))
            }
        case 10:
            if let core = phoneCore(at: start), let end = phoneEnd(after: core) {
                hits.append(Hit(kind: .phone, start: start, end: end))
            }
        case 11:
            if byte(start) == ASCII.one, let core = phoneCore(at: start + 1), let end = phoneEnd(after: core) {
                hits.append(Hit(kind: .phone, start: start, end: end))
            }
        case 13...19:
            if endsToken(start + length), isCardNumber(Array(bytes[start..<start + length])) {
                hits.append(Hit(kind: .cardNumber, start: start, end: start + length))
            }
        default:
            break
        }
        if length == 4 {
            if let hit = groupedCardNumber(at: start) { hits.append(hit) }
            if datesMatter, let end = isoDate(at: start) {
                addBirthDate(start..<end, into: &hits)
            }
        }
        if datesMatter, length <= 2 {
            addBirthDate(numericDate(at: start, length: length), into: &hits)
            addBirthDate(dayFirstDate(at: start, length: length), into: &hits)
            addBirthDate(monthFirstDate(dayAt: start, length: length), into: &hits)
        }
    }

    /// Records `date` as a date of birth when the four words before it, or the word right after it (`01/02/1980 (DOB)`), say so.
    private func addBirthDate(_ date: Range<Int>?, into hits: inout [Hit]) {
        guard let date,
              precedingWords(before: date.lowerBound, limit: 4, include: isBirthLabel)
                || followingWord(after: date.upperBound, include: isBirthLabel)
        else { return }
        hits.append(Hit(kind: .dateOfBirth, start: date.lowerBound, end: date.upperBound))
    }

    /// `123-45-6789`, `123 45 6789`, `123.45.6789` (any separator mix): an ITIN when its digits say so, else an SSN.
    private func groupedNineDigits(at start: Int) -> Hit? {
        guard let groupStart = skipSeparator(start + 3), digitRun(at: groupStart) == 2,
              let serialStart = skipSeparator(groupStart + 2), digitRun(at: serialStart) == 4,
              endsToken(serialStart + 4) else { return nil }
        let kind = nineDigitKind(first: byte(start), group: number(at: groupStart, length: 2))
        return Hit(kind: kind, start: start, end: serialStart + 4)
    }

    /// ITIN when the number starts with 9 and its middle group is 50–65, 70–88, 90–92 or 94–99; SSN otherwise.
    private func nineDigitKind(first: UInt8, group: Int) -> Redaction.Kind {
        guard first == ASCII.nine else { return .ssn }
        switch group {
        case 50...65, 70...88, 90...92, 94...99: return .itin
        default: return .ssn
        }
    }

    // MARK: Phone numbers

    /// End of a North American number whose area code starts at `index`: `(866) 255-0654`, `866-255-0654`, `8662550654`.
    private func phoneCore(at index: Int) -> Int? {
        var position = index
        if byte(position) == ASCII.openParenthesis {
            guard digitRun(at: position + 1) == 3, byte(position + 4) == ASCII.closeParenthesis else { return nil }
            position += 5
            position = skipSeparator(position) ?? position
        } else {
            let length = digitRun(at: position)
            if length == 10 {
                return isNANPDigit(byte(position)) && isNANPDigit(byte(position + 3)) ? position + 10 : nil
            }
            guard length == 3, let next = skipSeparator(position + 3) else { return nil }
            position = next
        }
        guard digitRun(at: position) == 3, let line = skipSeparator(position + 3), digitRun(at: line) == 4 else {
            return nil
        }
        return line + 4
    }

    /// Where a phone number ending at `core` really ends: after its extension if any, nil if it runs into more text.
    private func phoneEnd(after core: Int) -> Int? {
        if let end = extensionEnd(after: core), endsToken(end) { return end }
        return endsToken(core) ? core : nil
    }

    /// End of `ext 123`, `, ext. 123`, `extension 123`, `x123` or `#123` right after a phone number.
    private func extensionEnd(after core: Int) -> Int? {
        var position = core
        if byte(position) == ASCII.comma { position += 1 }
        position = skipSpaces(position, limit: 2)
        if hasWord("extension", at: position) {
            position += 9
        } else if hasWord("ext", at: position) {
            position += 3
        } else if lower(byte(position)) == ASCII.lowerX || byte(position) == ASCII.hash {
            position += 1
        } else {
            return nil
        }
        if byte(position) == ASCII.period || byte(position) == ASCII.colon { position += 1 }
        position = skipSpaces(position, limit: 2)
        let length = digitRun(at: position)
        return (1...6).contains(length) ? position + length : nil
    }

    /// `+1 …` North American numbers, and other international numbers of 8–15 digits.
    private func scanPlus(at index: Int, into hits: inout [Hit]) {
        guard startsToken(index), isDigit(byte(index + 1)), byte(index + 1) != ASCII.zero else { return }
        if byte(index + 1) == ASCII.one {
            let area = skipSeparator(index + 2) ?? index + 2
            if let core = phoneCore(at: area), let end = phoneEnd(after: core) {
                hits.append(Hit(kind: .phone, start: index, end: end))
                return
            }
        }
        var position = index + 1
        var digits = 0
        var best: Int?
        for _ in 0..<8 {
            if byte(position) == ASCII.openParenthesis {
                let length = digitRun(at: position + 1)
                guard (1...4).contains(length), byte(position + 1 + length) == ASCII.closeParenthesis else { break }
                digits += length
                position += length + 2
            } else {
                let length = digitRun(at: position)
                guard length > 0 else { break }
                digits += length
                position += length
            }
            if digits > 15 { break }
            if digits >= 8, let end = phoneEnd(after: position) { best = end }
            let next = skipSeparator(position) ?? position
            guard isDigit(byte(next)) || byte(next) == ASCII.openParenthesis,
                  next > position || byte(position - 1) == ASCII.closeParenthesis || byte(next) == ASCII.openParenthesis
            else { break }
            position = next
        }
        if let best { hits.append(Hit(kind: .phone, start: index, end: best)) }
    }

    // MARK: Card numbers

    /// `4111 1111 1111 1111`, `4111-1111-1111-1111`, `3782 822463 10005`: one separator kind throughout.
    private func groupedCardNumber(at start: Int) -> Hit? {
        let firstSeparator = max(spaceWidth(start + 4), dashWidth(start + 4))
        guard firstSeparator > 0, isDigit(byte(start + 4 + firstSeparator)) else { return nil }
        var starts = [start]
        var lengths = [4]
        var position = start + 4
        var separatorKind = 0
        while starts.count < 5 {
            var width = spaceWidth(position)
            var kind = 1
            if width == 0 {
                width = dashWidth(position)
                kind = 2
            }
            let length = digitRun(at: position + width)
            guard width > 0, separatorKind == 0 || separatorKind == kind, (1...6).contains(length) else { break }
            separatorKind = kind
            starts.append(position + width)
            lengths.append(length)
            position += width + length
        }
        guard starts.count >= 3 else { return nil }
        for groups in stride(from: starts.count, through: 3, by: -1) {
            let shape = lengths[..<groups]
            let total = shape.reduce(0, +)
            let isFours = shape.dropLast().allSatisfy { $0 == 4 } && shape[groups - 1] <= 4
            let isAmexLike = groups == 3 && shape[1] == 6 && (shape[2] == 5 || shape[2] == 4)
            let end = starts[groups - 1] + lengths[groups - 1]
            guard (13...19).contains(total), isFours || isAmexLike, endsToken(end) else { continue }
            var digits: [UInt8] = []
            for group in 0..<groups { digits.append(contentsOf: bytes[starts[group]..<starts[group] + lengths[group]]) }
            if isCardNumber(digits) { return Hit(kind: .cardNumber, start: start, end: end) }
        }
        return nil
    }

    /// Luhn check plus a card prefix: 3 (Amex, Diners, JCB), 4 (Visa), 5 (Mastercard), 6 (Discover, UnionPay), 2221–2720 (Mastercard).
    private func isCardNumber(_ digits: [UInt8]) -> Bool {
        let values = digits.map { Int($0 &- ASCII.zero) }
        switch values[0] {
        case 3...6: break
        case 2:
            let prefix = values[0] * 1000 + values[1] * 100 + values[2] * 10 + values[3]
            guard (2221...2720).contains(prefix) else { return false }
        default:
            return false
        }
        var sum = 0
        for (offset, value) in values.reversed().enumerated() {
            let doubled = offset % 2 == 1 ? value * 2 : value
            sum += doubled > 9 ? doubled - 9 : doubled
        }
        return sum % 10 == 0
    }

    // MARK: Dates (redacted only with birth context)

    /// `01/02/1980`, `1/2/80`, `01-02-1980`, `01.02.1980`: month and day either way round.
    private func numericDate(at start: Int, length: Int) -> Range<Int>? {
        let separator = byte(start + length)
        guard separator == ASCII.slash || separator == ASCII.dash || separator == ASCII.period else { return nil }
        let second = start + length + 1
        let secondLength = digitRun(at: second)
        guard (1...2).contains(secondLength), byte(second + secondLength) == separator else { return nil }
        let year = second + secondLength + 1
        let yearLength = digitRun(at: year)
        let first = number(at: start, length: length)
        let other = number(at: second, length: secondLength)
        guard yearLength == 2 || yearLength == 4, (1...31).contains(first), (1...31).contains(other),
              min(first, other) <= 12, endsToken(year + yearLength) else { return nil }
        return start..<year + yearLength
    }

    /// `1980-01-02`, `1980/1/2`, `1980.01.02`.
    private func isoDate(at start: Int) -> Int? {
        let separator = byte(start + 4)
        guard separator == ASCII.slash || separator == ASCII.dash || separator == ASCII.period else { return nil }
        let monthLength = digitRun(at: start + 5)
        guard (1...2).contains(monthLength), byte(start + 5 + monthLength) == separator else { return nil }
        let day = start + 6 + monthLength
        let dayLength = digitRun(at: day)
        guard (1...2).contains(dayLength), (1...12).contains(number(at: start + 5, length: monthLength)),
              (1...31).contains(number(at: day, length: dayLength)), endsToken(day + dayLength) else { return nil }
        return day + dayLength
    }

    /// `5 Jan 1980`, `5th of January, 1980`, `05-Jan-1980`, `5/Jan/80`.
    private func dayFirstDate(at start: Int, length: Int) -> Range<Int>? {
        guard (1...31).contains(number(at: start, length: length)) else { return nil }
        var position = skipOrdinal(start + length)
        var joiner: UInt8?
        if byte(position) == ASCII.dash || byte(position) == ASCII.slash {
            joiner = byte(position)
            position += 1
        } else {
            let afterSpaces = skipSpaces(position, limit: 2)
            guard afterSpaces > position else { return nil }
            position = afterSpaces
            if hasWord("of", at: position), spaceWidth(position + 2) > 0 {
                position = skipSpaces(position + 2, limit: 2)
            }
        }
        guard let monthEnd = monthWordEnd(at: position) else { return nil }
        position = monthEnd
        if byte(position) == ASCII.period { position += 1 }
        let yearLength: Int
        if let joiner {
            guard byte(position) == joiner else { return nil }
            position += 1
            yearLength = digitRun(at: position)
            guard yearLength == 2 || yearLength == 4 else { return nil }
        } else {
            let hasComma = byte(position) == ASCII.comma
            if hasComma { position += 1 }
            let afterSpaces = skipSpaces(position, limit: 2)
            guard afterSpaces > position || hasComma else { return nil }
            position = afterSpaces
            yearLength = digitRun(at: position)
            guard yearLength == 4 else { return nil }
        }
        guard endsToken(position + yearLength) else { return nil }
        return start..<position + yearLength
    }

    /// `January 5, 1980`, `Jan. 5th 1980`: found from the day, looking back for the month.
    private func monthFirstDate(dayAt start: Int, length: Int) -> Range<Int>? {
        guard (1...31).contains(number(at: start, length: length)) else { return nil }
        var wordEnd = start
        while wordEnd > start - 2, spaceWidth(wordEnd - 1) == 1 { wordEnd -= 1 }
        guard wordEnd < start else { return nil }
        if byte(wordEnd - 1) == ASCII.period { wordEnd -= 1 }
        var wordStart = wordEnd
        while isLetter(byte(wordStart - 1)) { wordStart -= 1 }
        guard wordStart < wordEnd, startsToken(wordStart), monthWordEnd(at: wordStart) == wordEnd else { return nil }
        var position = skipOrdinal(start + length)
        let hasComma = byte(position) == ASCII.comma
        if hasComma { position += 1 }
        let afterSpaces = skipSpaces(position, limit: 2)
        guard afterSpaces > position || hasComma else { return nil }
        position = afterSpaces
        guard digitRun(at: position) == 4, endsToken(position + 4) else { return nil }
        return wordStart..<position + 4
    }

    /// End of an English month name or abbreviation (`jan`, `sept`, `january`, any case) starting at `index`.
    private func monthWordEnd(at index: Int) -> Int? {
        var end = index
        while isLetter(byte(end)) { end += 1 }
        let length = end - index
        guard (3...9).contains(length), !isLetter(byte(index - 1)) else { return nil }
        let key = UInt32(lower(byte(index))) << 16 | UInt32(lower(byte(index + 1))) << 8 | UInt32(lower(byte(index + 2)))
        guard let name = Self.monthNames[key] else { return nil }
        if length == 3 || (length == name.utf8.count && hasWord(name, at: index)) { return end }
        return length == 4 && name == "september" && lower(byte(index + 3)) == ASCII.lowerT ? end : nil
    }

    /// Skips `st`, `nd`, `rd` or `th` after a day number.
    private func skipOrdinal(_ index: Int) -> Int {
        let pair = (lower(byte(index)), lower(byte(index + 1)))
        let isSuffix = pair == (ASCII.lowerS, ASCII.lowerT) || pair == (ASCII.lowerN, ASCII.lowerD)
            || pair == (ASCII.lowerR, ASCII.lowerD) || pair == (ASCII.lowerT, ASCII.lowerH)
        return isSuffix && !isLetter(byte(index + 2)) ? index + 2 : index
    }

    // MARK: Email

    /// `local@domain.tld` around the `@` at `index`.
    private func email(at index: Int) -> Hit? {
        var start = index
        while isEmailLocalByte(byte(start - 1)) { start -= 1 }
        while start < index, byte(start) == ASCII.period { start += 1 }
        guard start < index else { return nil }
        var end = index + 1
        while isLetterOrDigit(byte(end)) || byte(end) == ASCII.dash || byte(end) == ASCII.period { end += 1 }
        while end > index + 1, byte(end - 1) == ASCII.period || byte(end - 1) == ASCII.dash { end -= 1 }
        var lastDot = -1
        for position in index + 1..<max(index + 1, end) where byte(position) == ASCII.period {
            guard position > index + 1, byte(position - 1) != ASCII.period else { return nil }
            lastDot = position
        }
        guard lastDot > 0, end - lastDot > 2 else { return nil }
        for position in lastDot + 1..<end where !isLetter(byte(position)) { return nil }
        return Hit(kind: .email, start: start, end: end)
    }

    // MARK: Context

    /// True when a word in the `limit` whitespace-separated chunks before `index` satisfies `include`.
    /// A chunk is split into words at anything but letters and dots; dots are dropped, so `D.O.B.:` gives `dob`.
    private func precedingWords(before index: Int, limit: Int, include: ([UInt8]) -> Bool) -> Bool {
        var chunkEnd = index
        var chunks = 0
        while chunks < limit, chunkEnd > 0 {
            var chunkStart = chunkEnd
            while chunkStart > 0, bytes[chunkStart - 1] > ASCII.space { chunkStart -= 1 }
            if chunkStart < chunkEnd {
                if chunk(chunkStart..<chunkEnd, hasWord: include) { return true }
                chunks += 1
            }
            chunkEnd = chunkStart
            while chunkEnd > 0, bytes[chunkEnd - 1] <= ASCII.space { chunkEnd -= 1 }
        }
        return false
    }

    /// True when a word in the whitespace-separated chunk at or after `index` satisfies `include`.
    private func followingWord(after index: Int, include: ([UInt8]) -> Bool) -> Bool {
        var chunkStart = index
        while chunkStart < bytes.count, bytes[chunkStart] <= ASCII.space { chunkStart += 1 }
        var chunkEnd = chunkStart
        while chunkEnd < bytes.count, bytes[chunkEnd] > ASCII.space { chunkEnd += 1 }
        return chunk(chunkStart..<chunkEnd, hasWord: include)
    }

    /// Splits `range` into words at anything but letters and dots, drops the dots, lowercases, and asks `include`.
    private func chunk(_ range: Range<Int>, hasWord include: ([UInt8]) -> Bool) -> Bool {
        var word: [UInt8] = []
        for position in range.lowerBound...range.upperBound {
            let current = position < range.upperBound ? bytes[position] : ASCII.space
            if isLetter(current) {
                word.append(lower(current))
            } else if current != ASCII.period, !word.isEmpty {
                if include(word) { return true }
                word.removeAll(keepingCapacity: true)
            }
        }
        return false
    }

    // MARK: Boundaries and separators

    /// The byte at `index`, or 0 past either end, so that look-ahead and look-behind need no bounds checks.
    @inline(__always)
    private func byte(_ index: Int) -> UInt8 {
        index >= 0 && index < bytes.count ? bytes[index] : 0
    }

    /// Length of the run of ASCII digits starting at `index`.
    private func digitRun(at index: Int) -> Int {
        var end = index
        while isDigit(byte(end)) { end += 1 }
        return end - index
    }

    /// Value of the (short) digit run at `index`.
    private func number(at index: Int, length: Int) -> Int {
        var value = 0
        for position in index..<index + length { value = value * 10 + Int(byte(position) &- ASCII.zero) }
        return value
    }

    /// Whether `index` starts a token: not glued to a letter, digit or underscore before it.
    private func startsToken(_ index: Int) -> Bool {
        !isWordByte(byte(index - 1))
    }

    /// Whether a number starting at `index` stands alone on its left: not glued to a word, not after `$`,
    /// not the continuation of another number (`1.5`, `2024-123`, `10:30`, `1,234`).
    private func startsNumber(_ index: Int, length: Int) -> Bool {
        let previous = byte(index - 1)
        if isWordByte(previous) || previous == ASCII.dollar { return false }
        guard isDigit(byte(index - 2)) else { return true }
        switch previous {
        case ASCII.dash, ASCII.period, ASCII.slash, ASCII.colon: return false
        case ASCII.comma: return length != 3
        default: return true
        }
    }

    /// Whether a match ending at `index` stands alone on its right: no letter, digit or underscore next,
    /// and no `-`, `.`, `/` or `:` followed by a digit (`123456789.50`, `123-45-6789-1`).
    private func endsToken(_ index: Int) -> Bool {
        let next = byte(index)
        if isWordByte(next) { return false }
        switch next {
        case ASCII.dash, ASCII.period, ASCII.slash, ASCII.colon: return !isDigit(byte(index + 1))
        default: return true
        }
    }

    /// Skips one separator between digit groups: up to two spaces, an optional dash or dot, up to two spaces; nil if none.
    private func skipSeparator(_ index: Int) -> Int? {
        var position = skipSpaces(index, limit: 2)
        let dash = dashWidth(position)
        if dash > 0 || byte(position) == ASCII.period {
            position = skipSpaces(position + max(dash, 1), limit: 2)
        }
        return position > index ? position : nil
    }

    private func skipSpaces(_ index: Int, limit: Int) -> Int {
        var position = index
        for _ in 0..<limit {
            let width = spaceWidth(position)
            guard width > 0 else { break }
            position += width
        }
        return position
    }

    /// Bytes taken by a space at `index`: space, tab, no-break (U+00A0), figure (U+2007), thin (U+2009) or narrow no-break (U+202F); 0 if none.
    private func spaceWidth(_ index: Int) -> Int {
        switch byte(index) {
        case ASCII.space, ASCII.tab: return 1
        case 0xC2: return byte(index + 1) == 0xA0 ? 2 : 0
        case 0xE2:
            guard byte(index + 1) == 0x80 else { return 0 }
            switch byte(index + 2) {
            case 0x87, 0x89, 0xAF: return 3
            default: return 0
            }
        default: return 0
        }
    }

    /// Bytes taken by a dash at `index`: `-`, hyphen, non-breaking hyphen, figure, en or em dash (U+2010–2014), minus (U+2212); 0 if none.
    private func dashWidth(_ index: Int) -> Int {
        switch byte(index) {
        case ASCII.dash: return 1
        case 0xE2:
            switch (byte(index + 1), byte(index + 2)) {
            case (0x80, 0x90...0x94), (0x88, 0x92): return 3
            default: return 0
            }
        default: return 0
        }
    }

    /// Whether `word` (lowercase ASCII) appears at `index`, ignoring case.
    private func hasWord(_ word: String, at index: Int) -> Bool {
        var position = index
        for expected in word.utf8 {
            guard lower(byte(position)) == expected else { return false }
            position += 1
        }
        return true
    }

    // MARK: Merging

    /// Sorted, non-overlapping hits: overlapping ones become their union, labeled by the longest (then most specific).
    private func merged(_ hits: [Hit]) -> [Hit] {
        guard hits.count > 1 else { return hits }
        let sorted = hits.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var result: [Hit] = []
        var current = sorted[0]
        var label = sorted[0]
        for hit in sorted.dropFirst() {
            if hit.start < current.end {
                current.end = max(current.end, hit.end)
                if hit.length > label.length
                    || (hit.length == label.length && hit.kind.specificity > label.kind.specificity) {
                    label = hit
                }
                continue
            }
            result.append(Hit(kind: label.kind, start: current.start, end: current.end))
            current = hit
            label = hit
        }
        result.append(Hit(kind: label.kind, start: current.start, end: current.end))
        return result
    }
}

// MARK: - Byte classes

/// Members rather than free functions, so that no name here can clash with another file of the module.
private extension RedactorScanner {
    enum ASCII {
        static let tab: UInt8 = 0x09
        static let space: UInt8 = 0x20
        static let hash = UInt8(ascii: "#")
        static let dollar = UInt8(ascii: "$")
        static let openParenthesis = UInt8(ascii: "(")
        static let closeParenthesis = UInt8(ascii: ")")
        static let plus = UInt8(ascii: "+")
        static let comma = UInt8(ascii: ",")
        static let dash = UInt8(ascii: "-")
        static let period = UInt8(ascii: ".")
        static let slash = UInt8(ascii: "/")
        static let zero = UInt8(ascii: "0")
        static let one = UInt8(ascii: "1")
        static let nine = UInt8(ascii: "9")
        static let colon = UInt8(ascii: ":")
        static let at = UInt8(ascii: "@")
        static let upperP = UInt8(ascii: "P")
        static let lowerB = UInt8(ascii: "b")
        static let lowerD = UInt8(ascii: "d")
        static let lowerH = UInt8(ascii: "h")
        static let lowerN = UInt8(ascii: "n")
        static let lowerO = UInt8(ascii: "o")
        static let lowerP = UInt8(ascii: "p")
        static let lowerR = UInt8(ascii: "r")
        static let lowerS = UInt8(ascii: "s")
        static let lowerT = UInt8(ascii: "t")
        static let lowerX = UInt8(ascii: "x")
    }

    /// Month names by their first three letters packed into an integer; the three letters alone are an abbreviation, as is `sept`.
    static let monthNames: [UInt32: String] = Dictionary(uniqueKeysWithValues: [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ].map { name in (name.utf8.prefix(3).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }, name) })

    @inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    @inline(__always) func isLetterOrDigit(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }
    @inline(__always) func isWordByte(_ byte: UInt8) -> Bool { isLetterOrDigit(byte) || byte == 0x5F }
    @inline(__always) func lower(_ byte: UInt8) -> UInt8 { isLetter(byte) ? byte | 0x20 : byte }
    @inline(__always) func isNANPDigit(_ byte: UInt8) -> Bool { byte >= 0x32 && byte <= 0x39 }

    /// Characters allowed before the `@` of an email address: letters, digits and `._%+-'`.
    func isEmailLocalByte(_ byte: UInt8) -> Bool {
        isLetterOrDigit(byte) || byte == 0x2E || byte == 0x5F || byte == 0x25 || byte == 0x2B || byte == 0x2D || byte == 0x27
    }

    /// `dob`, `born`, `bday`, `birth…` (birthday, birthdate).
    func isBirthLabel(_ word: [UInt8]) -> Bool {
        word.elementsEqual("dob".utf8) || word.elementsEqual("born".utf8) || word.elementsEqual("bday".utf8)
            || word.starts(with: "birth".utf8)
    }

    /// `ein`, `fein`, `employer…` (employer identification number, employer's ID).
    func isEINLabel(_ word: [UInt8]) -> Bool {
        word.elementsEqual("ein".utf8) || word.elementsEqual("fein".utf8) || word.starts(with: "employer".utf8)
    }
}
