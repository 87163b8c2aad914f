/// Numbers a caller reads out rather than types (`SpokenNumberReader`): "my ssn is 1 2 3 - 4 5 - 6 7 8 9",
/// "123 dash 45 dash 6789", "EIN 1 2 - 3 4 5 6 7 8 9", "tax id 1 2 3 4 5 6 7 8 9", "ssn one two three four ...".
///
/// A reading of one piece (`123456789`, `123-45-6789` is three) is typed and left to `scanNumber`. Of two pieces or
/// more, nine digits are:
/// - grouped 3-2-4 by breaks (`1 2 3 - 4 5 - 6 7 8 9`, `123 dash 45 dash 6789`): `[SSN]`, or `[ITIN]` when its digits
///   make one (`nineDigitKind`), as `123-45-6789` is;
/// - grouped 2-7 (`1 2 - 3 4 5 6 7 8 9`): `[EIN]`, as `12-3456789` is;
/// - otherwise after a label, since nine digits read out in a few pieces may be a list or a code read back: an EIN
///   label (`isEINLabel`) or `federal id` (`fed id`, `federal tax id`) among the four words before them gives `[EIN]`;
///   an SSN label (`ssn`, `ssns`, `itin`, `itins`, `tin`, `tins`, `taxpayer`) or `tax id` among the four words before
///   them, `social security` written in the `contextReach` bytes before them (`mentionsSocialSecurity`), or `social`
///   right before them or before a link word (`social is 1 2 3 ...`) gives `[SSN]` (`[ITIN]` when its digits make
///   one, except in three pieces of three, which `labeledTripleGroups` reads as `[SSN]`). A ZIP+4 (`90210-1234`) is
///   no SSN even then, and two pieces of 2 and 7 digits need the label `labeledSpacedEIN` reads (`isSpacedEINLabel`);
///   without a label, read out digit by digit (five pieces or more, not counting `1 2 3 ... 9`: `isDigitByDigit`) they
///   are `[SSN]` or `[ITIN]`, as typed whole.
/// Ten digits, or eleven starting with 1, that do not count up or down (`isCountingRun`) are `[PHONE]`, whether or not
/// they make a valid North American number (`555 dot 123 dot 4567`, as `555-123-4567` is), grouped 3-3-4 by breaks
/// (`8 6 6 - 2 5 5 - 0 6 5 4`, `866 dash 255 dash 0654`, `866 dot 255 dot 0654`), or in any pieces with a phone word (`isPhoneLabel`) among the four words before them and no word that
/// names another number (`isOtherNumberLabel`: `ticket number 2 3 4 ...` is kept): `call me at 8 6 6 2 5 5 0 6 5 4`.
/// Eight digits in pieces without breaks are `[PTIN]` after a `P` and one space or dash, on the terms `ptinEnd` sets
/// (`P 0 1 2 3 4 5 6 7`, `ptin p 0123 4567`), or with a PTIN label among the four words before them.
/// Four digits after an SSN label or `last 4` are the last four of an SSN (`lastFour`: "last four of my social are six
/// seven eight nine"), as typed.
/// Four to eight digits right after a code or PIN label are `[CODE]` (`spokenCode(_:)`: "code was four eight two nine
/// one seven", "my pin is 4 8 2 1").
/// A `,` between groups (`1 2 3, 4 5, 6 7 8 9`) may split a list, so such a reading counts only with a label.
/// A label said after the number counts as one before it (`kindNamed(after:)`): "1 2 3 4 5 6 7 8 9 is my ssn",
/// "8 6 6 2 5 5 0 6 5 4 (cell)", as "123456789 is my ssn" is redacted.
extension RedactorScanner {
    func spokenNumbers() -> [Hit] {
        var hits: [Hit] = []
        var index = 0
        let count = bytes.count
        let wordStarts = Self.numberWordStarts
        while index < count {
            let current = bytes[index]
            // Most bytes are rejected here: a reading starts at a digit, or at a word whose first letter may start a
            // number word of its length; other words are skipped whole.
            if isLetter(current) {
                var wordEnd = index + 1
                while wordEnd < count, isLetter(bytes[wordEnd]) { wordEnd += 1 }
                let candidate = mayStartNumberWord(current, length: wordEnd - index, among: wordStarts)
                guard candidate, let number = spokenNumber(at: index), !isLastFourLabel(index..<wordEnd) else {
                    index = wordEnd
                    continue
                }
                if let hit = spokenHit(number) { hits.append(hit) }
                index = number.end
                continue
            }
            guard isDigit(current) else {
                index += 1
                continue
            }
            guard !continuesSpokenNumber(index) || followsLastFourLabel(index), let number = spokenNumber(at: index),
                  !isLastFourLabel(index..<index + digitRun(at: index)) else {
                index += digitRun(at: index)
                continue
            }
            if let hit = spokenHit(number) { hits.append(hit) }
            index = number.end
        }
        return hits
    }

    /// What `number` is, when it is personal data.
    private func spokenHit(_ number: SpokenNumber) -> Hit? {
        // "case # 123-45-6789", "ticket number 555 123 4567": an SSN's, EIN's or phone's groups right after a reference
        // label are its id, as typed (`addUnlessReferenceID(_:into:)`).
        if number.digits.count >= 9, Self.idShapes.contains(where: { $0 == number.groups || $0 == number.pieces }),
           followsReferenceLabel(number.start, errors: false) {
            return nil
        }
        return switch number.digits.count {
        case 4: spokenCode(number) ?? spokenLastFour(number)
        case 5...7: spokenCode(number)
        case 8: spokenPTIN(number) ?? spokenCode(number)
        case 9: spokenNineDigits(number).map { Hit(kind: $0, start: number.start, end: number.end) }
        case 10, 11: isSpokenPhone(number) ? Hit(kind: .phone, start: number.start, end: number.end) : nil
        default: nil
        }
    }

    /// "last four of my social are six seven eight nine": four digits after an SSN label or `last 4` (`lastFour`); as
    /// typed, a year after a weak link is kept ("verified my ssn in nineteen ninety nine").
    private func spokenLastFour(_ number: SpokenNumber) -> Hit? {
        let digits = number.digits
        let mayBeYear = (digits[0], digits[1]) == (1, 9) || (digits[0], digits[1]) == (2, 0)
        return lastFour(number.start..<number.end, mayBeYear: mayBeYear)
    }

    /// The groups of an SSN, an EIN and a North American phone number.
    private static let idShapes: [[Int]] = [[3, 2, 4], [2, 7], [3, 3, 4], [1, 3, 3, 4]]

    private func spokenNineDigits(_ number: SpokenNumber) -> Redaction.Kind? {
        let digits = number.digits
        let personal = nineDigitKind(at: number.start, first: ASCII.zero + digits[0], group: Int(digits[3] * 10 + digits[4]))
        let groups = number.groups
        if !number.commaBreak, groups == [3, 2, 4] { return personal }
        if !number.commaBreak, groups == [2, 7] { return .ein }
        if groups == [5, 4] { return nil }
        let start = number.start
        let named = kindNamed(after: number.end)
        if number.pieces == [2, 7] {
            return precedingWords(before: start, limit: 4, include: isSpacedEINLabel) || named == .ein ? .ein : nil
        }
        if precedingWords(before: start, limit: 4, include: isEINLabel) || followsTaxID(start, federal: true)
            || named == .ein {
            return .ein
        }
        guard precedingWords(before: start, limit: 4, include: isSpokenSSNLabel) || followsTaxID(start, federal: false)
                || followsSocial(start) || mentionsSocialSecurity(before: start) || named == .ssn
                || precedingWords(before: start, limit: 4, include: isMisspelledSSNLabel) else {
            return isDigitByDigit(number) ? personal : nil
        }
        if groups == [2, 7] { return .ein }
        return number.pieces == [3, 3, 3] ? .ssn : personal
    }

    private func isSpokenPhone(_ number: SpokenNumber) -> Bool {
        var digits = number.digits[...]
        var groups = number.groups
        if digits.count == 11 {
            guard digits.removeFirst() == 1 else { return false }
            if groups[0] == 1 { groups.removeFirst() } else { groups[0] -= 1 }
        }
        guard !isCountingRun(Array(digits)) else { return false }
        if !number.commaBreak, groups == [3, 3, 4] { return true }
        return isLabeledPhone(number.start) || kindNamed(after: number.end) == .phone
            || precedingWords(before: number.start, limit: 4, include: isMisspelledPhoneLabel)
                && !precedingWords(before: number.start, limit: 4, include: isOtherNumberLabel)
    }

    private func spokenPTIN(_ number: SpokenNumber) -> Hit? {
        guard number.groups.count == 1 else { return nil }
        let letter = number.start - 2
        if lower(byte(letter)) == ASCII.lowerP, startsToken(letter),
           isSpace(byte(letter + 1)) || byte(letter + 1) == ASCII.dash {
            guard byte(letter) == ASCII.upperP || precedingWords(before: letter, limit: 4, include: isPTINLabel) else {
                return nil
            }
            return Hit(kind: .ptin, start: letter, end: number.end)
        }
        guard precedingWords(before: number.start, limit: 4, include: isPTINLabel) || kindNamed(after: number.end) == .ptin
        else { return nil }
        return Hit(kind: .ptin, start: number.start, end: number.end)
    }

    /// `ssn`, `ssns`, `itin`, `itins`, and the words for a taxpayer's number whichever kind it is: `tin`, `tins`,
    /// `taxpayer` ("my TIN is 1 2 3 ...").
    private func isSpokenSSNLabel(_ word: [UInt8]) -> Bool {
        isSSNLabel(word) || ["itin", "itins", "tin", "tins", "taxpayer"].contains { word.elementsEqual($0.utf8) }
    }

    /// Whether `id` or `identification` is among the four words before `start`, and `tax` among the five ("tax ID
    /// number is ..."); with `federal` or `fed` instead ("federal tax id: ...", "fed id").
    private func followsTaxID(_ start: Int, federal: Bool) -> Bool {
        let names: [String] = federal ? ["federal", "fed"] : ["tax"]
        return precedingWords(before: start, limit: 4) { $0.elementsEqual("id".utf8) || $0.elementsEqual("identification".utf8) }
            && precedingWords(before: start, limit: 5) { word in names.contains { word.elementsEqual($0.utf8) } }
    }

    /// Whether `social` (or `social` misspelt: `socail`) is the word right before `start`, or right before a link word (`is`, `was`, `no`, `number`,
    /// `num`, `#`) that is right before it.
    private func followsSocial(_ start: Int) -> Bool {
        let isSocial: ([UInt8]) -> Bool = { isSocialWord($0, short: false) }
        if precedingWords(before: start, limit: 1, include: isSocial) { return true }
        var linkEnd = start
        while byte(linkEnd - 1) == ASCII.space { linkEnd -= 1 }
        if byte(linkEnd - 1) == ASCII.hash {  // `#` alone: "social # 1 2 3 ..."
            return precedingWords(before: linkEnd - 1, limit: 1, include: isSocial)
        }
        let isLink: ([UInt8]) -> Bool = { word in
            ["is", "was", "no", "number", "num"].contains { word.elementsEqual($0.utf8) }
        }
        return precedingWords(before: start, limit: 1, include: isLink)
            && precedingWords(before: start, limit: 2, include: isSocial)
    }
}
