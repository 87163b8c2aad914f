/// Codes and passwords named only by the verb that entered them: "I typed 482913 but it said invalid", "entered
/// Summer2024 twice".
///
/// Right after `typed`, `entered`, `tried`, `input`, `inputted`, `keyed`, `used` or `put in`, six to eight digits in
/// one word (not a date in 8 digits, not before `form`) are a code, and a word of a password's shape
/// (`isPasswordShaped`, which keeps names such as `office365` and `Form8821`) a password. "tried 3 times", "entered
/// 2024 as the year" are kept.
extension RedactorScanner {
    func typedValues() -> [Hit] {
        var hits: [Hit] = []
        var index = 0
        let count = bytes.count
        while index < count {
            // `ty`, `tr`, `en`, `in`, `ke`, `us`, `pu`: most words are passed over on two bytes.
            let pair = (bytes[index] | 0x20, byte(index + 1) | 0x20)
            guard pair == (ASCII.lowerT, 0x79) || pair == (ASCII.lowerT, ASCII.lowerR) || pair == (0x65, ASCII.lowerN)
                    || pair == (0x69, ASCII.lowerN) || pair == (0x6B, 0x65) || pair == (0x75, ASCII.lowerS)
                    || pair == (ASCII.lowerP, 0x75),
                  startsToken(index), let verbEnd = entryVerbEnd(at: index) else {
                index += 1
                continue
            }
            var start = verbEnd
            while isSpace(byte(start)) { start += 1 }
            if let end = wordEnd(at: start), case let value = valueCore(start..<end), let hit = typedValue(value) {
                hits.append(hit)
            }
            index = verbEnd
        }
        return hits
    }

    /// End of an entry verb at `index`, or nil.
    private func entryVerbEnd(at index: Int) -> Int? {
        for verb in words.entryVerbs where hasWord(verb, at: index) {
            let end = index + verb.utf8.count
            if !isWordByte(byte(end)) { return end }
        }
        return nil
    }

    /// End of the word at `start` on its line, within `contextReach` bytes; nil when there is none.
    private func wordEnd(at start: Int) -> Int? {
        let limit = min(bytes.count, start + Self.contextReach)
        var end = start
        while end < limit, !isSpaceOrBreak(bytes[end]) { end += 1 }
        return end > start && (end < limit || end == bytes.count) ? end : nil
    }

    private func typedValue(_ value: Range<Int>) -> Hit? {
        guard !value.isEmpty else { return nil }
        let digits = digitRun(at: value.lowerBound)
        if digits == value.count {
            guard (6...8).contains(digits), !(digits == 8 && isCompactDate(at: value.lowerBound)),
                  !namesForm(after: value.upperBound) else { return nil }
            return Hit(kind: .oneTimeCode, start: value.lowerBound, end: value.upperBound)
        }
        return isPasswordShaped(value) ? Hit(kind: .password, start: value.lowerBound, end: value.upperBound) : nil
    }
}
