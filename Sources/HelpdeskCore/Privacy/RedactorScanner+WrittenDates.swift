/// Dates of birth written with the month's name and the day or year in words, or the year in two digits: "DOB 2 Jan
/// 80", "dob jan 2 80", "date of birth is january second nineteen eighty", "born the 2nd of January nineteen eighty",
/// "birthday: Jan 2nd '80".
///
/// A month's name or abbreviation (`monthWordEnd(at:)`) with a day before it (`2 Jan`, `2nd of January`, `the second of
/// january`) or after it (`jan 2`, `january the second`, `January twenty-first`) and then a year (`nineteen eighty`,
/// `nineteen eighty two`, `nineteen oh five`, `two thousand one`, `twenty ten`, `eighty`, `1980`, `80`, `'80`). A day
/// is 1 to 31 in digits (an ordinal's `st`, `nd`, `rd`, `th` after them too) or in words (`two`, `twenty one`,
/// `second`, `twenty-first`). Like every date, it is redacted only with a birth word before or after it
/// (`addBirthDate(_:into:)`); a month and a year alone ("DOB Jan 1980") are kept. The rules need no digit, so `scan()`
/// reads every text that mentions birth (`prescan()`) this way.
extension RedactorScanner {
    func writtenBirthDates() -> [Hit] {
        var hits: [Hit] = []
        var index = 0
        let count = bytes.count
        while index < count {
            guard isLetterOrDigit(bytes[index]), startsToken(index) else {
                index += 1
                continue
            }
            if let date = monthFirstWrittenDate(at: index) ?? dayFirstWrittenDate(at: index) {
                let before = hits.count
                addBirthDate(date, into: &hits)
                if hits.count > before {
                    index = date.upperBound
                    continue
                }
            }
            while index < count, isWordByte(bytes[index]) { index += 1 }
        }
        return hits
    }

    /// `january second nineteen eighty`, `jan 2 80`, `January the 2nd, 1980` at `start`.
    private func monthFirstWrittenDate(at start: Int) -> Range<Int>? {
        guard var position = monthWordEnd(at: start) else { return nil }
        if byte(position) == ASCII.period { position += 1 }
        position = skipWord("the", from: skipSpaces(position, limit: 2)) ?? skipSpaces(position, limit: 2)
        guard let day = writtenDayEnd(at: position) else { return nil }
        var yearStart = day
        let hasComma = byte(yearStart) == ASCII.comma
        if hasComma { yearStart += 1 }
        yearStart = skipSpaces(yearStart, limit: 2)
        guard yearStart > day, let year = writtenYearEnd(at: yearStart) else { return nil }
        // "may nineteen eighty" is May 1980, a month and a year: `nineteen` or `twenty` then a year in words is a year.
        if !hasComma, isLetter(byte(yearStart)), let (end, value, _) = numberWord(at: position), end == day,
           value == 19 || value == 20 {
            return nil
        }
        return start..<year
    }

    /// `2 Jan 80`, `second of january nineteen eighty`, `2nd January 1980` at `start` (a day's start).
    private func dayFirstWrittenDate(at start: Int) -> Range<Int>? {
        guard let day = writtenDayEnd(at: start) else { return nil }
        var position = skipSpaces(day, limit: 2)
        guard position > day else { return nil }
        position = skipWord("of", from: position) ?? position
        guard var monthEnd = monthWordEnd(at: position) else { return nil }
        if byte(monthEnd) == ASCII.period { monthEnd += 1 }
        var yearStart = monthEnd
        if byte(yearStart) == ASCII.comma { yearStart += 1 }
        yearStart = skipSpaces(yearStart, limit: 2)
        guard yearStart > monthEnd, let year = writtenYearEnd(at: yearStart) else { return nil }
        return start..<year
    }

    /// Past `word` and the spaces after it at `index`, or nil when `word` does not stand there.
    private func skipWord(_ word: String, from index: Int) -> Int? {
        let end = index + word.utf8.count
        guard hasWord(word, at: index), !isWordByte(byte(end)) else { return nil }
        let next = skipSpaces(end, limit: 2)
        return next > end ? next : nil
    }

    /// End of a day of the month at `index`: 1 to 31 in digits, maybe with an ordinal's ending, or in words.
    private func writtenDayEnd(at index: Int) -> Int? {
        let digits = digitRun(at: index)
        if digits > 0 {
            guard digits <= 2, (1...31).contains(number(at: index, length: digits)) else { return nil }
            let end = skipOrdinal(index + digits)
            return isWordByte(byte(end)) ? nil : end
        }
        // "twenty first", "thirty-first".
        if let tens = Self.tensWords.first(where: { hasWord($0.0, at: index) }) {
            let tensEnd = index + tens.0.utf8.count
            let unit = byte(tensEnd) == ASCII.dash ? tensEnd + 1 : skipSpaces(tensEnd, limit: 2)
            if unit > tensEnd, let (end, value) = ordinalWord(at: unit), value < 10, tens.1 + value <= 31 { return end }
        }
        if let (end, _) = ordinalWord(at: index) { return end }
        guard let (end, value, _) = numberWord(at: index), (1...31).contains(value), !hasWord("oh", at: index) else {
            return nil
        }
        return end
    }

    private static let tensWords = [("twenty", 20), ("thirty", 30)]

    /// The ordinal word at `index` (`first` to `nineteenth`, `twentieth`, `thirtieth`), where it ends and its value.
    private func ordinalWord(at index: Int) -> (Int, Int)? {
        guard !isWordByte(byte(index - 1)) else { return nil }
        for (value, word) in Self.ordinalWords.enumerated() where hasWord(word, at: index) {
            let end = index + word.utf8.count
            if !isWordByte(byte(end)) { return (end, value == 19 ? 20 : value == 20 ? 30 : value + 1) }
        }
        return nil
    }

    private static let ordinalWords = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth", "thirtieth",
    ]

    /// End of a year at `index`: 4 digits from 1900 to 2099, 2 digits (`80`, `'80`), or in words (`nineteen eighty`,
    /// `nineteen oh five`, `two thousand one`, `twenty ten`, `eighty two`).
    private func writtenYearEnd(at index: Int) -> Int? {
        let start = byte(index) == 0x27 ? index + 1 : index
        let digits = digitRun(at: start)
        if digits > 0 {
            guard digits == 2 || (digits == 4 && start == index && (1900...2099).contains(number(at: start, length: 4))),
                  endsToken(start + digits) else { return nil }
            return start + digits
        }
        guard start == index, let (end, value, places) = numberWord(at: index) else { return nil }
        // "two thousand", "two thousand one", "two thousand and five".
        let afterTwo = skipSpaces(end, limit: 2)
        if value == 2, afterTwo > end, hasWord("thousand", at: afterTwo), !isWordByte(byte(afterTwo + 8)) {
            let thousandEnd = afterTwo + 8
            let next = skipSpaces(thousandEnd, limit: 2)
            let unit = skipWord("and", from: next) ?? next
            if unit > thousandEnd, let (unitEnd, unitValue, _) = numberWord(at: unit), unitValue < 100 { return unitEnd }
            return thousandEnd
        }
        guard places == 2, value >= 10 else { return nil }
        guard value == 19 || value == 20 else { return end }
        // "nineteen eighty", "nineteen oh five", "twenty ten": a century, then two digits.
        let next = skipSpaces(end, limit: 2)
        guard next > end, let (nextEnd, nextValue, nextPlaces) = numberWord(at: next) else { return value == 19 ? nil : end }
        if nextPlaces == 2 { return nextEnd }
        guard nextValue == 0, hasWord("oh", at: next) || hasWord("zero", at: next), case let unit = skipSpaces(nextEnd, limit: 2),
              unit > nextEnd, let (unitEnd, unitValue, unitPlaces) = numberWord(at: unit), unitPlaces == 1, unitValue > 0
        else { return nil }
        return unitEnd
    }
}
