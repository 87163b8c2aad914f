extension RedactorScanner {
    // MARK: Dates (redacted only with birth context)

    /// `01/02/1980`, `1/2/80`, `3/4/'71`, `01-02-1980`, `01.02.1980`, `01 02 1980`: month and day either way round.
    func numericDate(at start: Int, length: Int) -> Range<Int>? {
        let separator = byte(start + length)
        let width = dateSeparatorWidth(at: start + length)
        guard width > 0 else { return nil }
        let second = start + length + width
        let secondLength = digitRun(at: second)
        guard (1...2).contains(secondLength), byte(second + secondLength) == separator else { return nil }
        var year = second + secondLength + dateSeparatorWidth(at: second + secondLength)
        // A two-digit year after an apostrophe: "3/4/'71", "3/4/’71".
        let apostrophe = byte(year) == 0x27 ? 1 : byte(year) == 0xE2 && byte(year + 1) == 0x80 && byte(year + 2) == 0x99 ? 3 : 0
        year += apostrophe
        let yearLength = digitRun(at: year)
        let first = number(at: start, length: length)
        let other = number(at: second, length: secondLength)
        guard yearLength == 2 || yearLength == 4 && apostrophe == 0, (1...31).contains(first), (1...31).contains(other),
              min(first, other) <= 12, endsToken(year + yearLength) else { return nil }
        return start..<year + yearLength
    }

    /// `1980-01-02`, `1980/1/2`, `1980.01.02`, `1980 01 02`.
    func isoDate(at start: Int) -> Int? {
        let separator = byte(start + 4)
        let width = dateSeparatorWidth(at: start + 4)
        guard width > 0 else { return nil }
        let month = start + 4 + width
        let monthLength = digitRun(at: month)
        guard (1...2).contains(monthLength), byte(month + monthLength) == separator else { return nil }
        let day = month + monthLength + dateSeparatorWidth(at: month + monthLength)
        let dayLength = digitRun(at: day)
        guard (1...2).contains(dayLength), (1...12).contains(number(at: month, length: monthLength)),
              (1...31).contains(number(at: day, length: dayLength)), endsToken(day + dayLength) else { return nil }
        return day + dayLength
    }

    /// Bytes taken by a separator between the parts of a date at `index`: a `/`, `-` or `.`, or one or two spaces or
    /// tabs ("dob 01 02 1980"), or such a mark between spaces ("dob 1 / 2 / 1980"); read only with birth context like
    /// every date; 0 if none.
    private func dateSeparatorWidth(at index: Int) -> Int {
        switch byte(index) {
        case ASCII.slash, ASCII.dash, ASCII.period: return 1
        case ASCII.space, ASCII.tab:
            let mark = skipSpaces(index, limit: 2)
            let between = byte(mark)
            guard between == ASCII.slash || between == ASCII.dash || between == ASCII.period, isSpace(byte(mark + 1)) else {
                return mark - index
            }
            return skipSpaces(mark + 1, limit: 2) - index
        default: return 0
        }
    }

    /// `19800102` (YYYYMMDD), `01021980` (MMDDYYYY or DDMMYYYY): 8 digits at `start`, years 1900–2099.
    func isCompactDate(at start: Int) -> Bool {
        let (month, day) = (number(at: start + 4, length: 2), number(at: start + 6, length: 2))
        if (1900...2099).contains(number(at: start, length: 4)), (1...12).contains(month), (1...31).contains(day) {
            return true
        }
        let (first, other) = (number(at: start, length: 2), number(at: start + 2, length: 2))
        return (1900...2099).contains(number(at: start + 4, length: 4)) && (1...31).contains(first)
            && (1...31).contains(other) && min(first, other) <= 12
    }

    /// Whether the 6 digits at `start` read as a date with a two-digit year, `030471` MMDDYY or `310571` DDMMYY:
    /// the first two and the next two from 1 to 31, one of them at most 12. A birth word must say so
    /// (`addBirthDate(_:into:)`): six digits alone are a code far more often.
    func isShortCompactDate(at start: Int) -> Bool {
        let (first, other) = (number(at: start, length: 2), number(at: start + 2, length: 2))
        return (1...31).contains(first) && (1...31).contains(other) && min(first, other) <= 12
    }

    /// `5 Jan 1980`, `5th of January, 1980`, `05-Jan-1980`, `5/Jan/80`.
    func dayFirstDate(at start: Int, length: Int) -> Range<Int>? {
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

    /// `January 5, 1980`, `Jan. 5th 1980`, `Mar-14-1972`, `Mar/14/72`: found from the day, looking back for the month.
    func monthFirstDate(dayAt start: Int, length: Int) -> Range<Int>? {
        guard (1...31).contains(number(at: start, length: length)) else { return nil }
        var wordEnd = start
        // "Mar-14-1972": a dash or slash on both sides of the day, as `dayFirstDate(at:length:)` reads "14-Mar-1972".
        if byte(start - 1) == ASCII.dash || byte(start - 1) == ASCII.slash {
            let joiner = byte(start - 1)
            var wordStart = start - 1
            while isLetter(byte(wordStart - 1)) { wordStart -= 1 }
            let yearLength = digitRun(at: start + length + 1)
            guard byte(start + length) == joiner, yearLength == 2 || yearLength == 4,
                  endsToken(start + length + 1 + yearLength), startsToken(wordStart), monthWordEnd(at: wordStart) == start - 1
            else { return nil }
            return wordStart..<start + length + 1 + yearLength
        }
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
    func monthWordEnd(at index: Int) -> Int? {
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
    func skipOrdinal(_ index: Int) -> Int {
        let pair = (lower(byte(index)), lower(byte(index + 1)))
        let isSuffix = pair == (ASCII.lowerS, ASCII.lowerT) || pair == (ASCII.lowerN, ASCII.lowerD)
            || pair == (ASCII.lowerR, ASCII.lowerD) || pair == (ASCII.lowerT, ASCII.lowerH)
        return isSuffix && !isLetter(byte(index + 2)) ? index + 2 : index
    }
}
