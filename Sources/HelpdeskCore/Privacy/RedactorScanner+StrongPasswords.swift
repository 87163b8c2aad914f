/// Passwords said without a label, in the shape only a password has: "Password123! is what I use", "I reset it to
/// Hunter2! and it still fails", "i used P@ssw0rd and it says wrong".
///
/// A word of six to 64 characters with a capital, a lowercase letter, a digit and one of `! @ # $ % ^ & * + = ~ ?`
/// (`passwordMarks`), that names nothing (`isNamingWord`: `Windows11!`, `Form8821?`; a `password_shaped_products` name:
/// `1Password?`) and holds no `/` or `\` (a path or
/// link) and no `"` inside it (a formula: `calc"!A1`), is a password wherever it stands; after a label glued to it (`PWD=Tax2026!`) only the value is. An address
/// with a dotted domain (`Jane.Doe1@firm.com`) is an email.
extension RedactorScanner {
    func strongPasswords() -> [Hit] {
        var hits: [Hit] = []
        var index = 0
        let count = bytes.count
        while index < count {
            guard !isSpaceOrBreak(bytes[index]) else {
                index += 1
                continue
            }
            var end = index
            var classes = 0
            while end < count, !isSpaceOrBreak(bytes[end]) {
                classes |= Self.characterClass(bytes[end])
                end += 1
            }
            if classes == 0b1111, end - index <= Self.contextReach, let hit = strongPassword(in: index..<end) {
                hits.append(hit)
            } else if classes & 0b0100 != 0, classes & 0b0011 != 0, let hit = numberedPassword(in: index..<end) {
                hits.append(hit)
            }
            index = end
        }
        return hits
    }

    /// 1 for a capital, 2 a lowercase letter, 4 a digit, 8 a password's mark; 0 for anything else.
    @inline(__always)
    private static func characterClass(_ byte: UInt8) -> Int {
        if byte &- 0x41 < 26 { return 1 }
        if byte &- 0x61 < 26 { return 2 }
        if byte &- 0x30 < 10 { return 4 }
        switch byte {
        case 0x21, 0x40, 0x23, 0x24, 0x25, 0x5E, 0x26, 0x2A, 0x2B, 0x3D, 0x7E, 0x3F: return 8
        default: return 0
        }
    }

    /// The word `range` as a password, without the quotes and brackets around it and the `.`, `,`, `;`, `:` after it.
    private func strongPassword(in range: Range<Int>) -> Hit? {
        var word = range
        // A label glued to its value ("PWD=Tax2026season") is left to `credentials()`; an id's label before `#` to the
        // id's rule ("ptin#P01234567", "Efin#123456").
        var labelEnd = word.lowerBound
        while labelEnd < word.upperBound, isLetter(bytes[labelEnd]) { labelEnd += 1 }
        if labelEnd > word.lowerBound, byte(labelEnd) == ASCII.equals || byte(labelEnd) == ASCII.colon
            || (byte(labelEnd) == ASCII.hash && isWord(word.lowerBound..<labelEnd, in: Self.idLabelsBeforeHash)) {
            word = labelEnd + 1..<word.upperBound
        }
        let value = valueCore(word)
        // A `"` inside a word quotes (a spreadsheet formula's `calc"!A1`); a password seldom holds one.
        guard value.count >= 6, !value.contains(where: { bytes[$0] == ASCII.slash || bytes[$0] == 0x5C || bytes[$0] == 0x22 }),
              email(atSign: value) == nil else { return nil }
        var classes = 0
        var letters = 0
        for position in value {
            classes |= Self.characterClass(bytes[position])
            if isLetter(bytes[position]) { letters += 1 }
        }
        guard classes == 0b1111 else { return nil }
        // A name with a question or exclamation mark after it: "Windows11!", "Form8821?".
        var nameEnd = value.upperBound
        while nameEnd > value.lowerBound, bytes[nameEnd - 1] == 0x21 || bytes[nameEnd - 1] == 0x3F { nameEnd -= 1 }
        if nameEnd < value.upperBound, nameEnd > value.lowerBound,
           !bytes[value.lowerBound..<nameEnd].contains(where: { Self.characterClass($0) == 8 }),
           isNamingWord(value.lowerBound..<nameEnd, letters: letters)
            || words.passwordShapedProducts.contains(lowercased(value.lowerBound..<nameEnd)) {
            return nil
        }
        return Hit(kind: .password, start: value.lowerBound, end: value.upperBound)
    }

    /// An email address with a dotted domain in `value`.
    private func email(atSign value: Range<Int>) -> Hit? {
        guard let at = value.first(where: { bytes[$0] == ASCII.at }), let hit = email(at: at) else { return nil }
        return (hit.start..<hit.end).contains { bytes[$0] == ASCII.period } ? hit : nil
    }
}
