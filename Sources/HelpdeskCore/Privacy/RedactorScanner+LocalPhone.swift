/// Phone numbers written without a country code the way other countries write them, and any number under a phone
/// label.
///
/// - A trunk `0` then 10 or 11 digits in all, in a row or in groups of two or more split by a space, dash or dot, the
///   first group maybe in parentheses: UK `07700 900123`, `07700900123`, `020 7946 0958`; Australian `0412 345 678`,
///   `0412345678`, `(02) 9876 5432`.
/// - Indian mobiles: ten digits starting 6–9, as 5-5 (`98765 43210`, not after `zip`) or in a row (`9876543210`).
/// - After a phone label among the three words before it (`phone`, `mobile`, `cell`, `tel`, `ph`, `fax`...:
///   `isStrictPhoneLabel`), 7 to 15 digits in any such groups that are no date: `mobile: 555 0100 22`. A column or JSON key so named
///   labels its value (`Redactor.redact(_:labelledBy:)`), so every number under it is redacted. So does one of the
///   knowledge base's `phone_number_labels` right before it ("her # is 555-1234": `followsPhoneNumberLabel(_:)`).
/// Numbers right after a reference label (`ticket`, `ref`, `case`...) are kept (`followsReferenceLabel`).
extension RedactorScanner {
    /// A phone number of these shapes at `start`: a digit run of `length`, or a `(` when `length` is 0.
    func localPhone(at start: Int, length: Int) -> Hit? {
        // Most numbers are short and stand alone: a year, a count, a form. They need no further look.
        guard length >= 7 || continuesGroups(start + length) || byte(start) == ASCII.openParenthesis else { return nil }
        guard let groups = digitGroups(from: start) else { return nil }
        let firstDigit = byte(start) == ASCII.openParenthesis ? start + 1 : start
        let first = byte(firstDigit)
        let isTrunk = first == ASCII.zero && byte(firstDigit + 1) != ASCII.zero && groups.shortest >= 2
            && (10...11).contains(groups.digits)
        let isIndian = first >= UInt8(ascii: "6") && groups.digits == 10
            && (groups.count == 1 || (groups.count == 2 && groups.shortest == 5))
            && !precedingWords(before: start, limit: 2, include: isZIPLabel)
        if (isTrunk || isIndian), !followsReferenceLabel(start) {
            return Hit(kind: .phone, start: start, end: groups.end)
        }
        // "phone call on 01.02.2024": a date after the label is none.
        if (7...15).contains(groups.digits),
           precedingWords(before: start, limit: 3, include: isStrictPhoneLabel) || followsCallMeAt(start)
            || followsListedPhone(start) || followsPhoneNumberLabel(start) || startsPhoneList(at: start, end: groups.end),
           numericDate(at: start, length: length) == nil, isoDate(at: start) == nil {
            return Hit(kind: .phone, start: start, end: groups.end)
        }
        return nil
    }

    /// Whether `call me at`, `text me at`, `reach us on`, `call her at`, `reach Maria at`, `call back`... comes right
    /// before `index`: a verb about phoning (`isPhoneLabel`), then `back`, or a person and `at` or `on`. After it a
    /// local number is one ("call me at 555-1234"); "call 866-2550" alone is kept.
    func followsCallMeAt(_ index: Int) -> Bool {
        // "text me @ 5551234567": an `@` standing for `at`.
        var mark = index
        while isSpace(byte(mark - 1)) { mark -= 1 }
        if mark < index, byte(mark - 1) == ASCII.at, isSpace(byte(mark - 2)) {
            guard let (person, _) = wordBefore(mark - 1, origin: index), let (verb, _) = wordBefore(person.lowerBound, origin: index) else { return false }
            return (isWord(person, in: words.callPersons) || isCapitalizedWord(person)) && isPhoneLabel(bytes[verb].map(lower))
        }
        guard let (link, _) = wordBefore(index, origin: index) else { return false }
        if isWord(link, in: words.callBackLinks) {
            guard let (verb, _) = wordBefore(link.lowerBound, origin: index) else { return false }
            return isPhoneLabel(bytes[verb].map(lower))
        }
        guard isWord(link, in: words.callLinks), let (person, _) = wordBefore(link.lowerBound, origin: index),
              let (verb, _) = wordBefore(person.lowerBound, origin: index) else { return false }
        let isPerson = isWord(person, in: words.callPersons) || isCapitalizedWord(person)
        return isPerson && isPhoneLabel(bytes[verb].map(lower))
    }

    /// Whether `word` is a capital and lowercase letters after it: a name in "reach Maria at".
    private func isCapitalizedWord(_ word: Range<Int>) -> Bool {
        bytes[word.lowerBound] &- 0x41 < 26 && word.dropFirst().allSatisfy { bytes[$0] &- 0x61 < 26 }
    }

    /// Whether the 7 to 15 digits at `start` are a later item of a list of local phone numbers: after `,`, `or`,
    /// `and` or `/` right after a number that `localPhone(at:length:)` reads ("call me at 555-1234 or 555-9876",
    /// "phone 555-0101, 555-0102 or 555-0103").
    func followsListedPhone(_ start: Int) -> Bool {
        var position = start
        while isSpace(byte(position - 1)) { position -= 1 }
        if let (link, _) = wordBefore(position, origin: start), isWord(link, in: words.listLinks) {
            position = link.lowerBound
            while isSpace(byte(position - 1)) { position -= 1 }
            if byte(position - 1) == ASCII.comma { position -= 1 }
        } else if byte(position - 1) == ASCII.comma || byte(position - 1) == ASCII.slash {
            position -= 1
        } else {
            return false
        }
        guard position < start, isDigit(byte(position - 1)) else { return false }
        let end = position
        var first = end
        while isDigit(byte(first - 1)) || (byte(first - 1) == ASCII.dash || byte(first - 1) == ASCII.period) && isDigit(byte(first - 2)) {
            first -= 1
        }
        return localPhone(at: first, length: digitRun(at: first))?.end == end
    }

    /// Whether the number at `start..<end` is the first of a list of local numbers after a word about phoning
    /// (`isLabeledPhone`): `,`, `or` or `and` and 7 to 15 more digits follow ("call 555-1234 or 555-9876"). Alone,
    /// "call 866-2550" is kept.
    private func startsPhoneList(at start: Int, end: Int) -> Bool {
        var position = skipSpaces(end, limit: 2)
        if byte(position) == ASCII.comma { position = skipSpaces(position + 1, limit: 2) }
        if let link = words.listLinks.first(where: { hasWord($0, at: position) }), isSpace(byte(position + link.utf8.count)) {
            position = skipSpaces(position + link.utf8.count, limit: 2)
        }
        guard position > end, let next = digitGroups(from: position), (7...15).contains(next.digits) else { return false }
        return isLabeledPhone(start)
    }

    /// Whether a digit group goes on at `index`: a space, dash, dot or `)` and then a digit.
    func continuesGroups(_ index: Int) -> Bool {
        let next = byte(index)
        guard next == ASCII.space || next == ASCII.dash || next == ASCII.period || next == ASCII.closeParenthesis else {
            return false
        }
        return isDigit(byte(index + 1)) || isDigit(byte(index + 2))
    }

    /// The digit groups from `start`: digit runs split by one separator (`skipSeparator`), the first maybe in
    /// parentheses and then a separator too (`(066)2550654` is no number of these shapes); the longest run of them
    /// that ends a token and holds at most 15 digits. Nil when none does.
    func digitGroups(from start: Int) -> (digits: Int, count: Int, shortest: Int, end: Int)? {
        var position = start
        var digits = 0
        var count = 0
        var shortest = Int.max
        var best: (digits: Int, count: Int, shortest: Int, end: Int)?
        while count < 6 {
            let parenthesized = count == 0 && byte(position) == ASCII.openParenthesis
            let runStart = parenthesized ? position + 1 : position
            let run = digitRun(at: runStart)
            guard run > 0, digits + run <= 15 else { break }
            var end = runStart + run
            if parenthesized {
                guard byte(end) == ASCII.closeParenthesis else { break }
                end += 1
            }
            digits += run
            count += 1
            shortest = min(shortest, run)
            if parenthesized || endsToken(end) { best = (digits, count, shortest, end) }
            guard let next = skipSeparator(end), isDigit(byte(next)) else { break }
            position = next
        }
        return best
    }

    /// `phone…`, `telephone…`, `mobile…`, `cell`, `cellphone…`, `tel`, `ph`, `mob`, `fax`, `whatsapp`, `callback`, `cb`: words
    /// that name a phone number and nothing else (unlike `call`, `number` or `text`, which `isPhoneLabel` reads too).
    func isStrictPhoneLabel(_ word: [UInt8]) -> Bool {
        words.strictPhoneWords.contains { word.elementsEqual($0.utf8) }
            || Self.strictPhonePrefixes.contains { word.starts(with: $0.utf8) }
    }
    private static let strictPhonePrefixes = ["phone", "telephone", "mobile", "cellphone", "cellnumber", "whatsapp"]

    /// `zip`, `zips`, `zipcode`, `postal`, `postcode`: two 5-digit numbers after them are ZIP codes.
    func isZIPLabel(_ word: [UInt8]) -> Bool {
        word.starts(with: "zip".utf8) || word.starts(with: "postal".utf8) || word.starts(with: "postcode".utf8)
    }
}
