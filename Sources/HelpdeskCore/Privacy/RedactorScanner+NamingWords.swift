/// Words and numbers that name something rather than hide it, which the credential rules keep after a password or code
/// label: products with a version (`office365`), forms and IRS notices (`Form8821`, `CP2000`, `1099 form`), tickets and
/// error numbers (`ticket inc004471`, `error 500012`).
extension RedactorScanner {
    /// Words of letters and digits that name something rather than hide it:
    /// - starting with a digit, with three letters or fewer or a dash after the digits: `10:30am`, `5071C`, `2nd`,
    ///   `2-step`, `12-person`, `1099-NEC`;
    /// - capitals, digits and dashes alone: `CP2000`, `IND-031`, `TY2024`;
    /// - a product and its version: `office365`, `Windows11`, `iPhone15`, `Drake2024` (`productNames`);
    /// - a number after `#`: `ticket#4471`;
    /// - a web address: a dot then two to four letters at its end (`sa.www4.irs.gov`);
    /// - a form or an IRS notice (`isFormName`): `Form8821`, `cp2000`.
    func isNamingWord(_ value: Range<Int>, letters: Int) -> Bool {
        let start = value.lowerBound
        let end = value.upperBound
        if isFormName(value) { return true }
        if isDigit(bytes[start]) {
            let afterDigits = start + digitRun(at: start)
            if letters <= 3 || byte(afterDigits) == ASCII.dash { return true }
        }
        if !value.contains(where: { isLetter(bytes[$0]) && bytes[$0] >= 0x61 || !isLetterOrDigit(bytes[$0]) && bytes[$0] != ASCII.dash }) {
            return true
        }
        var letterEnd = start
        while isLetter(byte(letterEnd)) { letterEnd += 1 }
        if letterEnd > start, digitRun(at: letterEnd) == end - letterEnd,
           words.productNames.contains(where: { $0.utf8.count == letterEnd - start && hasWord($0, at: start) }) {
            return true
        }
        var position = end - 1
        while position > start, isDigit(bytes[position]) { position -= 1 }
        if position < end - 1, bytes[position] == ASCII.hash { return true }
        position = end - 1
        while position > start, isLetter(bytes[position]) { position -= 1 }
        return bytes[position] == ASCII.period && (2...4).contains(end - 1 - position)
    }

    /// A form, schedule or IRS notice or letter named with its number: `form`, `schedule`, `sch`, `cp`, `ltr`, `letter`
    /// or `notice`, then one to five digits and at most two letters (`Form8821`, `form1040x`, `Schedule1`, `CP2000`,
    /// `ltr12c`), in any case.
    func isFormName(_ value: Range<Int>) -> Bool {
        for prefix in words.formPrefixes where hasWord(prefix, at: value.lowerBound) {
            let digits = value.lowerBound + prefix.utf8.count
            let run = digitRun(at: digits)
            guard (1...5).contains(run) else { continue }
            var end = digits + run
            while end < value.upperBound, isLetter(bytes[end]) { end += 1 }
            if end == value.upperBound, end - digits - run <= 2 { return true }
        }
        return false
    }

    /// Whether the word after `end` is `form`, `forms` or `schedule`: the number before it is a form's ("my pin number
    /// 1099 form question").
    func namesForm(after end: Int) -> Bool {
        followingWord(after: end) { word in
            word.elementsEqual("form".utf8) || word.elementsEqual("forms".utf8) || word.elementsEqual("schedule".utf8)
        }
    }

    /// `error`, `errors`, `err`: a `code` after them is an error's ("error code 100012").
    func isErrorWord(_ word: [UInt8]) -> Bool {
        word.elementsEqual("error".utf8) || word.elementsEqual("errors".utf8) || word.elementsEqual("err".utf8)
    }

    /// `ticket`, `case`, `incident`, `order`, `ref`, `reference`, `invoice`, `account`, `acct`, `error`: the number or id
    /// after them is theirs ("see ticket inc004471", "case cs-2024-118", "says error 500012").
    func isOtherNumberLabel(_ word: [UInt8]) -> Bool {
        words.otherNumberLabels.contains { word.elementsEqual($0.utf8) }
    }
}
