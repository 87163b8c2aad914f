/// User names and recovery codes said before their label: "jdoe42 is my username", "jane.doe was her login",
/// "1a2b3c4d is my recovery code", "ABCD-EFGH-IJKL is the backup code".
///
/// Before a label `accountID(at:)` reads as a user name's (`username`, `user name`, `user id`, `login`...) or
/// `recoveryCode(at:)` reads (`backup code`, `recovery key`...), linked to it as a secret is to its label
/// (`linkedWord(before:)`: `is`, `was`, `as`, `=` and words such as `my`, `the`), one word of the value's shape:
/// - a user name: 3 to 64 letters, digits, `.`, `_` and `-` with a letter, and a digit, `_` or a `.` inside
///   (`jdoe42`, `jane.doe`), but no web address (`login.gov`, `id.me`: a top-level domain after its last dot); or
///   letters alone that open the text, line or clause, or follow a word that opens or reports one (`and`, `said`,
///   `think`..., maybe with `me`, `us`... between: "client said jdoe is her username", "she told me jdoe is her
///   username"), and are no common word ("jdoe is my username"; "what is my
///   username", "this is my login", "the issue is my username" are kept);
/// - a recovery code of the shapes `recoveryCode(at:)` reads, in one word or in groups split by spaces.
extension RedactorScanner {
    /// The value said before a label that starts at `index` (a token's start), or nil.
    func idBefore(labelAt index: Int) -> Hit? {
        guard let kind = idLabelKind(at: index), let word = linkedWord(before: index) else { return nil }
        let value = valueCore(word)
        // A placeholder left by an earlier redaction ("[DOB] is my username") names nothing.
        guard !value.isEmpty, byte(value.lowerBound - 1) != ASCII.openBracket else { return nil }
        if kind == .username {
            guard isUserNameBeforeLabel(value, wordStart: word.lowerBound) else { return nil }
            return Hit(kind: kind, start: value.lowerBound, end: value.upperBound)
        }
        let start = firstRecoveryGroup(endingAt: value)
        guard recoveryCodeEnd(from: start) == value.upperBound else { return nil }
        return Hit(kind: kind, start: start, end: value.upperBound)
    }

    /// Where a recovery code whose last group is `group` starts: back over the groups of 3 to 6 letters and digits, with
    /// a digit or in capitals, that one space sets apart before it ("ABCD EFGH IJKL is my recovery code"), at most
    /// eight in all.
    private func firstRecoveryGroup(endingAt group: Range<Int>) -> Int {
        var start = group.lowerBound
        for _ in 1..<8 {
            guard byte(start - 1) == ASCII.space, isLetterOrDigit(byte(start - 2)) else { break }
            var previous = start - 2
            while previous > 0, isLetterOrDigit(bytes[previous - 1]) { previous -= 1 }
            let group = previous..<start - 1
            // Each group holds a digit or is in capitals, as `recoveryCodeEnd(from:)` reads them: "read" is no group.
            guard (3...6).contains(group.count), !isWordByte(byte(previous - 1)),
                  group.contains(where: { isDigit(bytes[$0]) }) || !group.contains(where: { bytes[$0] &- 0x61 < 26 })
            else { break }
            start = previous
        }
        return start
    }

    /// `[USERNAME]` for a user name's label at `index`, `[CODE]` for a recovery code's, nil for any other word. Every
    /// label starts `user`, `login`, `backup`, `recovery` or `reset`: most words are passed over on their first letters.
    private func idLabelKind(at index: Int) -> Redaction.Kind? {
        switch bytes[index] | 0x20 {
        case 0x75 where hasWord("user", at: index), 0x6C where hasWord("login", at: index):
            return idLabel(at: index)?.0 == .username ? .username : nil
        case ASCII.lowerB, ASCII.lowerR:
            return Self.codeLabelStems.contains { hasWord($0, at: index) } && recoveryLabelEnd(at: index) != nil ? .oneTimeCode : nil
        default:
            return nil
        }
    }

    /// The first three letters of `backup`, `recovery` and `reset`.
    private static let codeLabelStems = ["bac", "rec", "res"]

    private func isUserNameBeforeLabel(_ value: Range<Int>, wordStart: Int) -> Bool {
        guard (3...64).contains(value.count), isLetterOrDigit(bytes[value.lowerBound]),
              isLetterOrDigit(bytes[value.upperBound - 1]) else { return false }
        var letters = 0
        var lastDot: Int?
        var hasMark = false
        for position in value {
            let current = bytes[position]
            if isLetter(current) {
                letters += 1
            } else if isDigit(current) || current == ASCII.underscore {
                hasMark = true
            } else if current == ASCII.period {
                hasMark = true
                lastDot = position
            } else if current != ASCII.dash {
                return false
            }
        }
        guard letters > 0 else { return false }
        if let lastDot { return !isTopLevelDomain(lastDot + 1..<value.upperBound) }
        if hasMark { return true }
        return letters == value.count && !isCommonWord(value) && (opensClause(wordStart) || followsClauseOpener(wordStart))
    }

    /// Whether the word before `index`, with only spaces between, starts a clause of its own or reports one (`and`,
    /// `but`, `said`, `think`...: `clauseOpeners`), maybe with whom it was told to between them (`me`, `us`...:
    /// `reportedTo`): "client said jdoe is her username", "and jdoe is my login", "she told me jdoe is her username".
    private func followsClauseOpener(_ index: Int) -> Bool {
        guard let word = plainWord(before: index) else { return false }
        if isWord(word, in: words.clauseOpeners) { return true }
        guard isWord(word, in: words.reportedTo), let opener = plainWord(before: word.lowerBound) else { return false }
        return isWord(opener, in: words.clauseOpeners)
    }

    /// The letters before `index` with only spaces between, standing alone on their left; nil when there are none.
    private func plainWord(before index: Int) -> Range<Int>? {
        var end = index
        while isSpace(byte(end - 1)) { end -= 1 }
        guard end < index else { return nil }
        var start = end
        while isLetter(byte(start - 1)) { start -= 1 }
        return start < end && !isWordByte(byte(start - 1)) ? start..<end : nil
    }

    /// Whether `index` opens the text, a line or a clause: nothing but spaces before it, back to the start, a line
    /// break, or one of `.`, `,`, `;`, `:`, `!`, `?`, `(`.
    private func opensClause(_ index: Int) -> Bool {
        var before = index
        while isSpace(byte(before - 1)) { before -= 1 }
        guard before > 0 else { return true }
        return [0x0A, 0x0D, 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x28].contains(bytes[before - 1])
    }
}
