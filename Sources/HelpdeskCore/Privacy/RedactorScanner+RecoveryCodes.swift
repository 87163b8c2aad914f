/// Backup and recovery codes read out after their label: "backup code 1234-5678-9012", "recovery code
/// ABCD-EFGH-IJKL", "recovery key: 4F7Q 9ZKD 2MXP".
///
/// After `backup`, `recovery` or `reset` then `code`, `codes`, `key` or `keys` (and `is`, `was`, `:`, `=`, `-` as in
/// `credentials()`), groups of 3 to 6 letters and digits split by one dash or space, two groups or more, each of
/// capitals and digits or holding a digit ("ABCD-EFGH-IJKL", "a1b2-c3d4"), are redacted as one code; so is a single
/// word of 8 to 40 letters and digits with a digit, or of capitals alone; so is every further code of a list holding a
/// digit ("recovery codes: 1a2b3c4d 5e6f7g8h": `nextRecoveryCode(after:)`). "recovery code not working" is kept. The
/// label has no digit and nor may the code, so `valuesWithoutDigits()` reads them in every text.
extension RedactorScanner {
    /// The code after a label that starts at `index` (a token's start), or nil.
    func recoveryCode(at index: Int) -> Hit? {
        // `ba…` or `re…`: most words are passed over on two bytes.
        let pair = (bytes[index] | 0x20, byte(index + 1) | 0x20)
        guard pair == (ASCII.lowerB, ASCII.lowerA) || pair == (ASCII.lowerR, 0x65),
              let labelEnd = recoveryLabelEnd(at: index) else { return nil }
        var start = labelEnd
        while isSpace(byte(start)) || byte(start) == ASCII.colon || byte(start) == ASCII.equals || byte(start) == ASCII.dash {
            start += 1
        }
        for link in ["is", "was"] where hasWord(link, at: start) && isSpace(byte(start + link.utf8.count)) {
            start += link.utf8.count
            while isSpace(byte(start)) || byte(start) == ASCII.colon { start += 1 }
        }
        guard let end = recoveryCodeEnd(from: start) else { return nil }
        return Hit(kind: .oneTimeCode, start: start, end: end)
    }

    /// The next code of a list after a code that ends at `end`, past spaces, a `,` or `;`, `and` or `or`: one of the
    /// recovery code's shapes holding a digit ("recovery codes: 1a2b3c4d 5e6f7g8h, 9i0j1k2l"), or nil.
    func nextRecoveryCode(after end: Int) -> Hit? {
        var start = end
        while isSpace(byte(start)) || byte(start) == ASCII.comma || byte(start) == 0x3B { start += 1 }
        for word in ["and", "or"] where hasWord(word, at: start) && isSpace(byte(start + word.utf8.count)) {
            start += word.utf8.count
            while isSpace(byte(start)) { start += 1 }
        }
        guard start > end, let codeEnd = recoveryCodeEnd(from: start),
              bytes[start..<codeEnd].contains(where: isDigit) else { return nil }
        return Hit(kind: .oneTimeCode, start: start, end: codeEnd)
    }

    /// End of `backup code`, `recovery keys`... at `index`, or nil.
    func recoveryLabelEnd(at index: Int) -> Int? {
        guard let first = ["backup", "recovery", "reset"].first(where: { hasWord($0, at: index) }) else { return nil }
        var position = index + first.utf8.count
        guard isSpace(byte(position)) || byte(position) == ASCII.dash else { return nil }
        position += 1
        for noun in ["codes", "code", "keys", "key"] where hasWord(noun, at: position) {
            let end = position + noun.utf8.count
            if !isWordByte(byte(end)) { return end }
        }
        return nil
    }

    /// End of a recovery code at `start`, or nil.
    func recoveryCodeEnd(from start: Int) -> Int? {
        var groups = 0
        var position = start
        var end = start
        while groups < 8 {
            var groupEnd = position
            while isLetterOrDigit(byte(groupEnd)), groupEnd - position <= 40 { groupEnd += 1 }
            let group = position..<groupEnd
            guard !group.isEmpty, !isWordByte(byte(groupEnd)) else { break }
            let hasDigit = group.contains { isDigit(bytes[$0]) }
            let isCapitals = !group.contains { bytes[$0] &- 0x61 < 26 }
            // A word too long to be a group is a code alone, whatever follows it ("1a2b3c4d didnt work").
            if groups == 0, (8...40).contains(group.count), hasDigit || isCapitals {
                return endsToken(groupEnd) ? groupEnd : nil
            }
            guard (3...6).contains(group.count), hasDigit || isCapitals else { break }
            groups += 1
            end = groupEnd
            guard isRecoveryGroupStart(groupEnd) else { break }
            position = groupEnd + 1
        }
        return groups >= 2 ? end : nil
    }

    /// Whether another group follows at `index`: one dash or space, then a letter or digit.
    private func isRecoveryGroupStart(_ index: Int) -> Bool {
        (byte(index) == ASCII.dash || byte(index) == ASCII.space) && isLetterOrDigit(byte(index + 1))
    }
}
