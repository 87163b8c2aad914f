/// The byte-level matcher behind `Redactor`: tries each pattern where a number, `+`, `(`, `P`, `@`, `:`, `-`, `.` or `%` starts, email
/// addresses spelled out around an `at`, numbers read out piece by piece, passwords and codes after their labels or in
/// a password's shape, and ids after theirs, then merges overlaps.
struct RedactorScanner {
    struct Hit {
        var kind: Redaction.Kind
        var start: Int
        var end: Int
        var length: Int { end - start }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    /// Words that follow a password label without being the password (`usedPassword(at:)`), lowercased.
    var notPasswordWords: Set<String> = []
    /// The labels a security question's answer follows (`securityAnswer(at:)`).
    var answerLabels = SecurityAnswerLabels()
    /// Where names stand without a label, and the knowledge base's words (`unlabeledNames()`,
    /// `unlinkedUserNameEnd(from:)`).
    var contexts = NameContexts()
    /// The knowledge base's word lists: labels, link words, street and state words, common words (`RedactionWords`).
    var words = RedactionWords.none

    /// The hits over `bytes`, merged; with the names after `nameLabels` (lowercase ASCII bytes), none of `notNames`,
    /// maybe holding `abbreviations` (`names(after:endings:notNames:abbreviations:)`), those `contexts` place
    /// (`unlabeledNames()`), those its given names find (`givenNames()`), names written surname first
    /// (`surnameFirstNames()`), names their particles mark (`particleNames()`), capitalized words of other alphabets
    /// (`otherScriptNames()`), unknown words that open a sentence as a name does (`unknownNamePairs()`) and @-mentions
    /// (`mention(at:)`).
    func scan(nameLabels: [[UInt8]] = [], labelEndings: LabelEndings? = nil, notNames: Set<String> = [],
              abbreviations: Set<String> = []) -> [Hit] {
        // Spelled-out addresses, numbers read out in words, passwords with spaces, recovery codes, user names,
        // dates of birth in words and names need no digit.
        let (mayHoldPersonalData, mentionsBirth, hasCapital) = prescan()
        var unguarded = spelledEmails() + spokenNumbers() + valuesWithoutDigits()
        if mentionsBirth { unguarded += writtenBirthDates() }
        if !nameLabels.isEmpty { unguarded += names(after: nameLabels, endings: labelEndings ?? LabelEndings(nameLabels), notNames: notNames,
                                                          abbreviations: abbreviations) }
        if !contexts.isEmpty { unguarded += unlabeledNames(signOffsOnly: !hasCapital) }
        if contexts.findsGivenNames {
            if hasCapital { unguarded += givenNames() + surnameFirstNames() + particleNames() + otherScriptNames() }
            unguarded += unknownNamePairs()
        }
        guard mayHoldPersonalData else { return merged(unguarded) }
        var hits: [Hit] = []
        var index = 0
        let count = bytes.count
        while index < count {
            let current = bytes[index]
            if isDigit(current) {
                let length = digitRun(at: index)
                scanNumber(at: index, length: length, datesMatter: mentionsBirth, into: &hits)
                // "?q=ssn%20123456789": the digits after an encoded space are a number of their own.
                if length > 2, encodedSpaceBefore(index + 2) {
                    scanNumber(at: index + 2, length: length - 2, datesMatter: mentionsBirth, into: &hits)
                }
                index += length
                continue
            }
            switch current {
            case ASCII.plus:
                scanPlus(at: index, into: &hits)
            case ASCII.openParenthesis:
                if startsToken(index), let core = phoneCore(at: index), let end = phoneEnd(after: core) {
                    hits.append(Hit(kind: .phone, start: index, end: end))
                } else if startsToken(index), let hit = localPhone(at: index, length: 0) {
                    hits.append(hit)
                }
            case ASCII.upperP, ASCII.lowerP:
                if startsToken(index), let end = ptinEnd(at: index) {
                    hits.append(Hit(kind: .ptin, start: index, end: end))
                }
            case ASCII.at:
                if let hit = email(at: index) ?? mention(at: index) { hits.append(hit) }
            case ASCII.percent:
                // "jdoe%40gmail.com": an address in a web address, its `@` encoded.
                if byte(index + 1) == ASCII.four, byte(index + 2) == ASCII.zero, let hit = email(at: index, atWidth: 3) {
                    hits.append(hit)
                }
            case ASCII.colon, ASCII.dash, ASCII.period:
                // IPv6 and MAC addresses, read once from their first mark.
                if let hit = macAddress(around: index) ?? (current == ASCII.colon ? ipv6Address(around: index) : nil) {
                    hits.append(hit)
                    index = max(index, hit.end - 1)
                }
            default:
                break
            }
            index += 1
        }
        let credentials = credentials() + strongPasswords()
        if !credentials.isEmpty {
            // A password right after its label, or of a password's shape, wins over an address without a dotted
            // domain: "my password is P@ssw0rd", "i used P@ssw0rd".
            hits.removeAll { hit in
                hit.kind == .email && !(hit.start..<hit.end).contains { bytes[$0] == ASCII.period }
                    && credentials.contains { $0.kind == .password && $0.start <= hit.start && hit.end <= $0.end }
            }
        }
        return merged(hits + unguarded + credentials + looseCredentials() + typedValues())
    }

    // MARK: Numbers

    /// Tries every number pattern that can start at the digit run `start..<start+length`.
    func scanNumber(at start: Int, length: Int, datesMatter: Bool, into hits: inout [Hit]) {
        scanNumberInContext(at: start, length: length, into: &hits)
        guard startsNumber(start, length: length) || followsGluedLabel(start) else {
            if let hit = gluedPTIN(digitsAt: start, length: length) { hits.append(hit) }
            return
        }
        if let hit = localPhone(at: start, length: length) { hits.append(hit) }
        if let hit = mistypedID(at: start, length: length) { hits.append(hit) }
        // Shapes that stand alone: "192.168.1.20", a Medicare number "1EG4-TE5-MK73", a date in a birth year "7/4/1980".
        if let hit = ipAddress(at: start, length: length) { hits.append(hit) }
        if length == 1, let hit = medicareNumber(at: start) { hits.append(hit) }
        if let hit = birthYearDate(at: start, length: length) { hits.append(hit) }
        // "Hauptstraße 12, 10115 Berlin": a postcode after a street written as in Germany or France.
        if length == 5, let hit = europeanAddress(postcodeAt: start) { hits.append(hit) }
        // "14 Rue des Lilas, Lyon", "Hauptstraße 12, Berlin": a street with its city and no postcode.
        if let hit = europeanStreet(numberAt: start, length: length) { hits.append(hit) }
        // "ticket #123456789", "ref number 2024031512": digits in a row after a reference label are its id.
        if (9...11).contains(length), followsReferenceLabel(start) { return }
        switch length {
        case 1:
            if byte(start) == ASCII.one, let core = phoneCore(at: skipSeparator(start + 1) ?? start + 1),
               let end = phoneEnd(after: core) {
                addUnlessReferenceID(Hit(kind: .phone, start: start, end: end), into: &hits)
            }
        case 2:
            // "12-3456789", and wrapped after its dash in a pasted email ("12-\n3456789").
            let rest = dashWidth(start + 2) > 0 ? skipLineWrap(start + 3) : start + 2
            if rest > start + 2, digitRun(at: rest) == 7, endsToken(rest + 7) {
                addUnlessReferenceID(Hit(kind: .ein, start: start, end: rest + 7), into: &hits)
            } else if let hit = labeledSpacedEIN(at: start) {
                hits.append(hit)
            }
        case 3:
            if let hit = groupedNineDigits(at: start) ?? slashedNineDigits(at: start) ?? labeledTripleGroups(at: start) {
                addUnlessReferenceID(hit, into: &hits)
            }
            if let end = areaCodePhoneEnd(at: start) ?? slashedPhoneEnd(at: start) {
                addUnlessReferenceID(Hit(kind: .phone, start: start, end: end), into: &hits)
            }
        case 9:
            if endsToken(start + 9) {
                let kind: Redaction.Kind = precedingWords(before: start, limit: 4, include: isEINLabel) ? .ein
                    : followsRoutingLabel(start) ? .routingNumber
                    : nineDigitKind(at: start, first: byte(start), group: number(at: start + 3, length: 2))
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
        if datesMatter, length == 8, endsToken(start + 8), isCompactDate(at: start) {
            addBirthDate(start..<start + 8, into: &hits)
        }
        if datesMatter, length == 6, endsToken(start + 6), isShortCompactDate(at: start) {
            addBirthDate(start..<start + 6, into: &hits)
        }
        if datesMatter, length <= 2 {
            addBirthDate(numericDate(at: start, length: length), into: &hits)
            addBirthDate(dayFirstDate(at: start, length: length), into: &hits)
            addBirthDate(monthFirstDate(dayAt: start, length: length), into: &hits)
        }
    }

    /// Records `date` as a date of birth when the four words before it, the word right after it (`01/02/1980 (DOB)`),
    /// or a label after it and its links (`01/02/1980 is her date of birth`: `kindNamed(after:)`) say so.
    func addBirthDate(_ date: Range<Int>?, into hits: inout [Hit]) {
        guard let date,
              precedingWords(before: date.lowerBound, limit: 4, include: isBirthLabel)
                || followingWord(after: date.upperBound, include: isBirthLabel)
                || kindNamed(after: date.upperBound) == .dateOfBirth
        else { return }
        hits.append(Hit(kind: .dateOfBirth, start: date.lowerBound, end: date.upperBound))
    }

    /// End of a PTIN whose `P` is at `index`: `P01234567` or `p01234567`; with one space or dash, `P 01234567`,
    /// `P-01234567`, only after an uppercase `P` or a PTIN label among the four words before (`page p 20251127`
    /// is a page and a date).
    func ptinEnd(at index: Int) -> Int? {
        let separator = max(spaceWidth(index + 1), dashWidth(index + 1))
        let digits = index + 1 + separator
        guard digitRun(at: digits) == 8, endsToken(digits + 8) else { return nil }
        guard separator == 0 || byte(index) == ASCII.upperP
                || precedingWords(before: index, limit: 4, include: isPTINLabel) else { return nil }
        return digits + 8
    }

    /// `123-45-6789`, `123 45 6789`, `123.45.6789` (any separator mix): an ITIN when its digits say so, else an SSN.
    /// Wrapped at a line break without a dash only after an SSN label (`groupBreak(_:)`).
    func groupedNineDigits(at start: Int) -> Hit? {
        guard let (groupStart, bareGroup) = groupBreak(start + 3), digitRun(at: groupStart) == 2,
              let (serialStart, bareSerial) = groupBreak(groupStart + 2), digitRun(at: serialStart) == 4,
              endsToken(serialStart + 4), !(bareGroup || bareSerial) || hasSSNLabel(before: start) else { return nil }
        let kind = nineDigitKind(at: start, first: byte(start), group: number(at: groupStart, length: 2))
        return Hit(kind: kind, start: start, end: serialStart + 4)
    }

    /// `123/45/6789`: slashes on both sides; a 3-2-4 grouping is never a date.
    func slashedNineDigits(at start: Int) -> Hit? {
        guard byte(start + 3) == ASCII.slash, digitRun(at: start + 4) == 2, byte(start + 6) == ASCII.slash,
              digitRun(at: start + 7) == 4, endsToken(start + 11) else { return nil }
        return Hit(kind: nineDigitKind(at: start, first: byte(start), group: number(at: start + 4, length: 2)), start: start, end: start + 11)
    }

    /// `123-456-789`, `123 456 789` (wrapped at a line break too, `groupBreak(_:)`): nine digits grouped 3-3-3, only when an SSN label is among the four words
    /// before them, `social security` is written in the `contextReach` bytes before them (`mentionsSocialSecurity`),
    /// or `social` (or `social` misspelt: `socail`) is the word right before them (`social: 123 456 789`), or an SSN label comes after them
    /// (`123 456 789 is my ssn`: `kindNamed(after:)`);
    /// unlabeled, the shape is too common to redact ("on social media, ref 123-456-789").
    func labeledTripleGroups(at start: Int) -> Hit? {
        guard let (middle, _) = groupBreak(start + 3), digitRun(at: middle) == 3,
              let (last, _) = groupBreak(middle + 3), digitRun(at: last) == 3, endsToken(last + 3),
              precedingWords(before: start, limit: 4, include: isSSNLabel)
                || precedingWords(before: start, limit: 1, include: { isSocialWord($0, short: false) })
                || mentionsSocialSecurity(before: start) || kindNamed(after: last + 3) == .ssn else { return nil }
        return Hit(kind: .ssn, start: start, end: last + 3)
    }

    /// `12 3456789`: an EIN with a space (or a line break) for its dash (`12.3456789`: a dot, after an EIN label alone), only when an EIN label or a word of another name for it
    /// (`TIN`, `tax`, `federal`, `fed`: `tax ID`, `federal ID`) is among the four words before it.
    func labeledSpacedEIN(at start: Int) -> Hit? {
        // "EIN 12.3456735": a dot for the dash, after an EIN label only.
        if byte(start + 2) == ASCII.period, digitRun(at: start + 3) == 7, endsToken(start + 10) {
            return precedingWords(before: start, limit: 4, include: isEINLabel) ? Hit(kind: .ein, start: start, end: start + 10) : nil
        }
        let spaced = skipSpaces(start + 2, limit: 2)
        // Wrapped at a line break too ("EIN 12" then "3456789"): the label is needed either way.
        let rest = spaced > start + 2 ? spaced : skipLineWrap(spaced)
        guard rest > start + 2, digitRun(at: rest) == 7, endsToken(rest + 7),
              precedingWords(before: start, limit: 4, include: isSpacedEINLabel) else { return nil }
        return Hit(kind: .ein, start: start, end: rest + 7)
    }

    /// ITIN when the number starts with 9 and its middle group is 50–65, 70–88, 90–92 or 94–99; SSN otherwise.
    func nineDigitKind(first: UInt8, group: Int) -> Redaction.Kind {
        guard first == ASCII.nine else { return .ssn }
        switch group {
        case 50...65, 70...88, 90...92, 94...99: return .itin
        default: return .ssn
        }
    }

    // MARK: Merging

    /// Sorted, non-overlapping hits: overlapping ones become their union, labeled by the longest (then most specific).
    func merged(_ hits: [Hit]) -> [Hit] {
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
