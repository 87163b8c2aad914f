/// Nine digits read out one by one after an SSN, ITIN or EIN label: "my ssn is 1 2 3 4 5 6 7 8 9",
/// "ssn: 1-2-3-4-5-6-7-8-9", "EIN 1 2 3 4 5 6 7 8 9".
///
/// Nine single digits, each split from the next by one space or one dash, with no digit glued on either side and
/// no further digit after a separator (ten spoken digits are something else). They are redacted only with a label:
/// an EIN label (`isEINLabel`) among the four words before them gives `[EIN]`; an SSN label (`ssn`, `ssns`, `itin`,
/// `itins`, `tin`, `tins`, `taxpayer`) among the four words before them, `social security` written in the `contextReach` bytes before them
/// (`mentionsSocialSecurity`), or `social` right before them or before a link word (`social is 1 2 3 ...`) gives
/// `[SSN]`, or `[ITIN]` when its digits make one (`nineDigitKind`). Unlabeled, nine spoken digits are kept, as
/// before: they may be a count, a list, or a code the caller reads back.
extension RedactorScanner {
    func spokenNineDigits(at start: Int) -> Hit? {
        guard digitRun(at: start) == 1, !isSpokenSeparator(byte(start - 1)) || !isDigit(byte(start - 2)) else {
            return nil
        }
        var end = start + 1
        for _ in 0..<8 {
            guard isSpokenSeparator(byte(end)), digitRun(at: end + 1) == 1 else { return nil }
            end += 2
        }
        guard endsToken(end), !(isSpokenSeparator(byte(end)) && isDigit(byte(end + 1))) else { return nil }
        if precedingWords(before: start, limit: 4, include: isEINLabel) {
            return Hit(kind: .ein, start: start, end: end)
        }
        guard precedingWords(before: start, limit: 4, include: isSpokenSSNLabel) || followsSocial(start)
                || mentionsSocialSecurity(before: start) else { return nil }
        let group = number(at: start + 6, length: 1) * 10 + number(at: start + 8, length: 1)
        return Hit(kind: nineDigitKind(first: byte(start), group: group), start: start, end: end)
    }

    /// `ssn`, `ssns`, `itin`, `itins`, and the words for a taxpayer's number whichever kind it is: `tin`, `tins`,
    /// `taxpayer` ("my TIN is 1 2 3 ...").
    private func isSpokenSSNLabel(_ word: [UInt8]) -> Bool {
        isSSNLabel(word) || ["itin", "itins", "tin", "tins", "taxpayer"].contains { word.elementsEqual($0.utf8) }
    }

    /// Whether `social` is the word right before `start`, or right before a link word (`is`, `was`, `no`, `number`,
    /// `num`, `#`) that is right before it.
    private func followsSocial(_ start: Int) -> Bool {
        let isSocial: ([UInt8]) -> Bool = { $0.elementsEqual("social".utf8) }
        if precedingWords(before: start, limit: 1, include: isSocial) { return true }
        var linkEnd = start
        while byte(linkEnd - 1) == ASCII.space { linkEnd -= 1 }
        if byte(linkEnd - 1) == 0x23 {  // `#` alone: "social # 1 2 3 ..."
            return precedingWords(before: linkEnd - 1, limit: 1, include: isSocial)
        }
        let isLink: ([UInt8]) -> Bool = { word in
            ["is", "was", "no", "number", "num"].contains { word.elementsEqual($0.utf8) }
        }
        return precedingWords(before: start, limit: 1, include: isLink)
            && precedingWords(before: start, limit: 2, include: isSocial)
    }

    @inline(__always) private func isSpokenSeparator(_ byte: UInt8) -> Bool { byte == ASCII.space || byte == ASCII.dash }
}
