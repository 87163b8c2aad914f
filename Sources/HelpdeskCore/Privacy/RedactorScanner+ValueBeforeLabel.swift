/// Secrets said before their label: "i typed Summer2024 as the password", "482913 is the code", "1234 is my pin".
///
/// Before a label `credentials()` knows, on the same line, up to three words: at least one link (`as`, `is`, `was`,
/// `=`), the others words such as `the`, `my`, `her`, `new`, `old` (`valueBeforeLabelFillers`); and before them the value, in one
/// word, of the shape its label reads: a password's (`isPasswordShaped`) before a password label, six to eight digits
/// before `code`, four to eight before `pin`, `otp` or `passcode` (which reads a password's shape too). A value named
/// by the word before it (`ticket 482913 is the code`: `isOtherNumberLabel`), a date in 8 digits, and a year before a
/// PIN ("in 2024 is the pin still needed") are kept.
extension RedactorScanner {
    func valueBefore(label: CredentialLabel, at labelStart: Int) -> Hit? {
        guard let word = linkedWord(before: labelStart) else { return nil }
        return valueHit(valueCore(word), label: label, wordStart: word.lowerBound)
    }

    /// The word linked to a label that starts at `labelStart`: before it on the same line, up to three words, at least
    /// one of them a link (`as`, `is`, `was`, `=`) and the others fillers (`the`, `my`, `new`...); nil when none is.
    func linkedWord(before labelStart: Int) -> Range<Int>? {
        let reach = max(0, labelStart - Self.contextReach)
        var end = labelStart
        var links = 0
        for _ in 0...3 {
            var wordEnd = end
            while wordEnd > reach, bytes[wordEnd - 1] == ASCII.space || bytes[wordEnd - 1] == ASCII.tab { wordEnd -= 1 }
            guard wordEnd < end else { return nil }
            var wordStart = wordEnd
            while wordStart > reach, bytes[wordStart - 1] > ASCII.space { wordStart -= 1 }
            guard wordStart < wordEnd, wordStart > reach || reach == 0 else { return nil }
            let word = wordStart..<wordEnd
            if isWord(word, in: Self.linkWords) {
                links += 1
            } else if !isWord(word, in: words.valueBeforeLabelFillers) {
                return links > 0 ? word : nil
            }
            end = wordStart
        }
        return nil
    }

    private static let linkWords = ["as", "is", "was", "="]
    /// Whether the bytes of `range`, lowercased, are one of `words`.
    private func isWord(_ range: Range<Int>, in words: [String]) -> Bool {
        words.contains { $0.utf8.count == range.count && hasWord($0, at: range.lowerBound) }
    }

    /// `value` as a secret of `label`'s shape, or nil.
    private func valueHit(_ value: Range<Int>, label: CredentialLabel, wordStart: Int) -> Hit? {
        guard !value.isEmpty, !precedingWords(before: wordStart, limit: 1, include: isOtherNumberLabel) else { return nil }
        let digits = digitRun(at: value.lowerBound)
        if label.kind == .oneTimeCode, digits == value.count, (label.fewestDigits...8).contains(digits) {
            if digits == 8, isCompactDate(at: value.lowerBound) { return nil }
            if digits == 4, case let century = number(at: value.lowerBound, length: 2), century == 19 || century == 20 {
                return nil
            }
            return Hit(kind: .oneTimeCode, start: value.lowerBound, end: value.upperBound)
        }
        guard label.kind == .password || label.word.hasPrefix("passcode"), isPasswordShaped(value) else { return nil }
        return Hit(kind: .password, start: value.lowerBound, end: value.upperBound)
    }
}
