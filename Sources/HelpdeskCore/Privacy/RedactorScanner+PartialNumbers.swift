/// The last four digits of an SSN, and SSNs masked but for them: "SSN ending in 6789", "last 4 of ssn 6789", "last four
/// 6789", "last 4 digits of her social: 6789", "ssn 6789", "SSN xxx-xx-6789", "***-**-6789".
///
/// - Masked: `xxx-xx-6789`, `XXX XX 6789`, `***-**-6789`, `###-##-6789` (any of `-`, space, `.` between the groups),
///   or five mask characters glued to the digits (`xxxxx6789`, `*****6789`), always, as `[SSN]`.
/// - Four digits standing alone, or read out (`six seven eight nine`), after an SSN label (`ssn`, `ssns`, `social`,
///   `social security`, `itin`, `tin`, `ss#`, `sn#`, `soc sec`, `socsec`, `snn`, `social` misspelt: `socail`)
///   or after `last 4` / `last four` / `last4`, with only link words between them (`ending`, `ends`, `in`, `with`, `of`,
///   `digits`, `number`, `is`, `are`, `was`, `my`, `her`, `client's`...: `partialLinks`) and marks (`:`, `#`, `-`).
///   After `last 4`, a card, account or phone word among them gives `[CARD]`, `[ACCOUNT]` or `[PHONE]` ("last 4 of my
///   card 1234"); otherwise `[SSN]`. After a phone word and `ending` without `last 4`, `[PHONE]` ("phone ending 0199"). A year (1900–2099) right after the label, or after `in`, `with`, `of` only, is
///   kept ("ssn 2024", "verified my SSN in 2024"); after `ending`, `last 4`, `is` or `:` it is not.
extension RedactorScanner {
    /// The partial SSN whose last four digits are the run at `start` (4 digits), or nil.
    func partialSSN(at start: Int) -> Hit? {
        guard endsToken(start + 4) else { return nil }
        if let maskStart = ssnMaskStart(before: start) { return Hit(kind: .ssn, start: maskStart, end: start + 4) }
        guard startsNumber(start, length: 4) else { return nil }
        return lastFour(start..<start + 4, mayBeYear: isYear(at: start))
    }

    /// The last four digits of a number at `digits`, typed or read out (`six seven eight nine`: `spokenHit`), when an
    /// SSN label or `last 4` stands before them with only links between; nil otherwise, or for a year (`mayBeYear`)
    /// after a weak link only.
    func lastFour(_ digits: Range<Int>, mayBeYear: Bool) -> Hit? {
        let start = digits.lowerBound
        var position = start
        var strong = false
        var four = false
        var kind = Redaction.Kind.ssn
        var ending = false
        for _ in 0..<8 {
            guard let (word, marked) = wordBefore(position, origin: start) else { return nil }
            strong = strong || marked
            if isPartialSSNLabel(word, marked: marked) {
                return strong || !mayBeYear ? Hit(kind: .ssn, start: start, end: digits.upperBound) : nil
            }
            if four, word.count == 4, hasWord("last", at: word.lowerBound) {
                return Hit(kind: kind, start: start, end: digits.upperBound)
            }
            // `last4` typed as one word, as in a field's name (`ssn_last4`).
            if word.count == 5, hasWord("last4", at: word.lowerBound) {
                return Hit(kind: kind, start: start, end: digits.upperBound)
            }
            four = isWord(word, in: words.fourWords)
            if four || isWord(word, in: words.strongPartialLinks) {
                strong = true
                ending = ending || isWord(word, in: words.endingLinks)
            } else if let named = Self.lastFourKinds.first(where: { word.count == $0.word.utf8.count && hasWord($0.word, at: word.lowerBound) }) {
                // A phone's last digits need no `last 4`: "phone number ending in 0136".
                if named.kind == .phone, ending { return Hit(kind: .phone, start: start, end: digits.upperBound) }
                kind = named.kind
            } else if !isWord(word, in: words.partialLinks), !isWord(word, in: words.possessives), !endsPossessive(word) {
                return nil
            }
            position = word.lowerBound
        }
        return nil
    }

    /// Whether `piece` is the `four` or `4` of `last four` / `last 4`: a label, never the first digit of a number read
    /// out after it ("ssn last four six seven eight nine").
    func isLastFourLabel(_ piece: Range<Int>) -> Bool {
        // Most pieces are passed over on their length and first byte.
        let first = lower(byte(piece.lowerBound))
        guard piece.count == 4 ? first == 0x66 && hasWord("four", at: piece.lowerBound) : piece.count == 1 && first == 0x34,
              isSpace(byte(piece.lowerBound - 1)) else { return false }
        var end = piece.lowerBound - 1
        while isSpace(byte(end - 1)) { end -= 1 }
        return end >= 4 && lower(byte(end - 1)) == ASCII.lowerT && hasWord("last", at: end - 4) && startsToken(end - 4)
    }

    /// Whether the digit at `start` comes right after `last 4` (`isLastFourLabel`), which ends no number it starts.
    func followsLastFourLabel(_ start: Int) -> Bool {
        var end = start
        while isSpace(byte(end - 1)) { end -= 1 }
        return end < start && isLastFourLabel(end - 1..<end) && !isDigit(byte(end - 2))
    }

    /// Where an SSN mask before the four digits at `start` begins: `xxx-xx-`, `*** ** `, `xxxxx`; nil for none.
    private func ssnMaskStart(before start: Int) -> Int? {
        if (1...5).allSatisfy({ isMask(byte(start - $0)) }), !isMask(byte(start - 6)), !isWordByte(byte(start - 6)) {
            return start - 5
        }
        guard isMaskSeparator(byte(start - 1)), isMask(byte(start - 2)), isMask(byte(start - 3)),
              isMaskSeparator(byte(start - 4)), (5...7).allSatisfy({ isMask(byte(start - $0)) }),
              !isMask(byte(start - 8)), !isWordByte(byte(start - 8)) else { return nil }
        return start - 7
    }

    /// `x`, `X`, `*`, `#`: what stands for a hidden digit.
    private func isMask(_ byte: UInt8) -> Bool {
        byte | 0x20 == ASCII.lowerX || byte == 0x2A || byte == ASCII.hash
    }

    private func isMaskSeparator(_ byte: UInt8) -> Bool {
        byte == ASCII.dash || byte == ASCII.space || byte == ASCII.period
    }

    /// `ssn`, `ssns`, `snn`, `social`, `security`, `socsec`, `itin`, `tin`, `ss` or `sn` before `#`, `s.s.n`, `social`
    /// misspelt (`socail`), and `sec` after `soc` or `social` (`soc sec`, `soc. sec.`).
    private func isPartialSSNLabel(_ word: Range<Int>, marked: Bool) -> Bool {
        if word.count == 2, hasWord("ss", at: word.lowerBound) || hasWord("sn", at: word.lowerBound) {
            return marked && byte(word.upperBound) == ASCII.hash
        }
        if word.count == 1 { return word.lowerBound >= 4 && hasWord("s.s.n", at: word.lowerBound - 4) && startsToken(word.lowerBound - 4) }
        if word.count == 3, hasWord("sec", at: word.lowerBound) {
            guard let (before, _) = wordBefore(word.lowerBound, origin: word.lowerBound) else { return false }
            return isSocialWord(before, short: true)
        }
        return isWord(word, in: words.partialSSNLabels) || isSocialWord(word, short: false)
    }

    /// Whether the four digits at `start` could be a year, 1900–2099.
    func isYear(at start: Int) -> Bool {
        let first = (byte(start), byte(start + 1))
        return first == (ASCII.one, ASCII.nine) || first == (UInt8(ascii: "2"), ASCII.zero)
    }

    /// Words after `last 4` that name what the four digits end, other than an SSN.
    private static let lastFourKinds: [(word: String, kind: Redaction.Kind)] = [
        ("card", .cardNumber), ("credit", .cardNumber), ("debit", .cardNumber), ("account", .accountNumber),
        ("acct", .accountNumber), ("bank", .accountNumber), ("phone", .phone), ("cell", .phone), ("mobile", .phone),
    ]
}
