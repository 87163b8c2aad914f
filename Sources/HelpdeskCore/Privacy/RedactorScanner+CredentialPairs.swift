/// A user name and its password said as a pair: "u: jdoe p: Maple2023", "user/pass jdoe/Maple2023", "login jdoe /
/// Maple2023".
///
/// After one of the knowledge base's `pair_user_labels` (`u`, `user`, `login`...):
/// - a colon or `=`, the user name, then one of its `pair_password_labels` (`p`, `pass`, `pw`...), a colon or `=` and
///   the password ("u: jdoe p: Maple2023", "user=jdoe pw=Maple2023");
/// - a password label glued by a slash, maybe a colon, then the two values split by a slash ("user/pass jdoe/Maple2023",
///   "u/p: jdoe / Maple2023");
/// - maybe a colon, then the two values split by a slash with no password label ("login jdoe / Maple2023"): only when
///   the password holds more than letters ("login page / portal", "login issues / lockouts" are kept), and never after
///   a one-letter label.
/// No value is a common word, a word that carries a sentence on or one of the knowledge base's ("user: who p: what").
/// Each value is one word of up to 64 bytes without a slash, the marks that close a sentence after it left out.
extension RedactorScanner {
    /// The user name and the password of a pair whose label starts at `index` (a token's start), or nil.
    func credentialPair(at index: Int) -> (user: Hit, password: Hit)? {
        let first = lower(bytes[index])
        for label in words.pairUserLabels where label.utf8.first == first && hasWord(label, at: index) {
            let labelEnd = index + label.utf8.count
            guard !isWordByte(byte(labelEnd)) else { continue }
            if let pair = slashedPair(afterLabelEnd: labelEnd) ?? labeledPair(afterLabelEnd: labelEnd, oneLetter: label.utf8.count == 1) {
                return pair
            }
        }
        return nil
    }

    /// "user/pass jdoe/Maple2023": a password label glued by a slash after the user label, then the values.
    private func slashedPair(afterLabelEnd labelEnd: Int) -> (user: Hit, password: Hit)? {
        guard byte(labelEnd) == ASCII.slash, let passwordLabelEnd = pairPasswordLabelEnd(at: labelEnd + 1) else { return nil }
        return slashedValues(from: skipPairLink(from: passwordLabelEnd).position, requireSecrets: false)
    }

    /// "u: jdoe p: Maple2023" and "login jdoe / Maple2023".
    private func labeledPair(afterLabelEnd labelEnd: Int, oneLetter: Bool) -> (user: Hit, password: Hit)? {
        let (userStart, linked) = skipPairLink(from: labelEnd)
        guard userStart > labelEnd, !oneLetter || linked else { return nil }
        if !oneLetter, let pair = slashedValues(from: userStart, requireSecrets: true) { return pair }
        guard linked, let userEnd = pairValueEnd(from: userStart), !isPlainWord(userStart..<userEnd) else { return nil }
        var position = userEnd
        while isSpace(byte(position)) { position += 1 }
        guard position > userEnd, let passwordLabelEnd = pairPasswordLabelEnd(at: position) else { return nil }
        let (passwordStart, passwordLinked) = skipPairLink(from: passwordLabelEnd)
        guard passwordLinked, let passwordEnd = pairValueEnd(from: passwordStart), !isPlainWord(passwordStart..<passwordEnd)
        else { return nil }
        return (Hit(kind: .username, start: userStart, end: userEnd), Hit(kind: .password, start: passwordStart, end: passwordEnd))
    }

    /// Two values split by a slash with spaces or none around it ("jdoe/Maple2023", "jdoe / Maple2023"); with
    /// `requireSecrets`, neither a common word nor one of the knowledge base's.
    private func slashedValues(from start: Int, requireSecrets: Bool) -> (user: Hit, password: Hit)? {
        guard let userEnd = pairValueEnd(from: start) else { return nil }
        var position = userEnd
        while isSpace(byte(position)) { position += 1 }
        guard byte(position) == ASCII.slash else { return nil }
        position += 1
        while isSpace(byte(position)) { position += 1 }
        guard let passwordEnd = pairValueEnd(from: position) else { return nil }
        if requireSecrets, isPlainWord(start..<userEnd) || isPlainWord(position..<passwordEnd)
            || bytes[position..<passwordEnd].allSatisfy(isLetter) { return nil }
        return (Hit(kind: .username, start: start, end: userEnd), Hit(kind: .password, start: position, end: passwordEnd))
    }

    /// Whether `range` is a common word or one of the knowledge base's words (`isCommonOrKnownWord(_:)`), of 24
    /// letters at most.
    private func isPlainWord(_ range: Range<Int>) -> Bool {
        range.count <= 24 && isCommonOrKnownWord(range)
    }

    /// End of a password label of the pair at `index`, or nil.
    private func pairPasswordLabelEnd(at index: Int) -> Int? {
        let first = lower(byte(index))
        for label in words.pairPasswordLabels where label.utf8.first == first && hasWord(label, at: index) {
            let end = index + label.utf8.count
            if !isWordByte(byte(end)) { return end }
        }
        return nil
    }

    /// Past the spaces, a `:` or `=` and the spaces after it; whether the mark was there.
    private func skipPairLink(from start: Int) -> (position: Int, linked: Bool) {
        var position = start
        while isSpace(byte(position)) { position += 1 }
        let linked = byte(position) == ASCII.colon || byte(position) == ASCII.equals
        if linked { position += 1 }
        while isSpace(byte(position)) { position += 1 }
        return (position, linked)
    }

    /// End of one value from `start`: up to 64 bytes without a space, a line break or a slash, the marks that close a
    /// sentence after it left out; nil when there is none.
    private func pairValueEnd(from start: Int) -> Int? {
        var end = start
        while end < bytes.count, end - start < 64, bytes[end] > ASCII.space, bytes[end] != ASCII.slash, bytes[end] != 0x7F { end += 1 }
        while end > start, [0x2E, 0x2C, 0x3B, 0x29, 0x3F, 0x21].contains(bytes[end - 1]) { end -= 1 }
        guard end > start, isLetterOrDigit(bytes[start]) || bytes[start] >= 0x80 else { return nil }
        return end
    }
}
