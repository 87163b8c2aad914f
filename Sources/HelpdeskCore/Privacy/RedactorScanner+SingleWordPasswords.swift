/// A password of one word, right after a password label and a link: "my password is hunter", "password: sunshine",
/// "pw is letmein", "password: abc", "password: 1234", "my password was Summer!!".
///
/// After a password label (`credentialLabel(at:)`, misspelt ones too) and `is`, `was`, `:` or `=` (`spacedPassword(at:)`
/// reads the link), one word of 1 to 64 characters, whatever its length (`password: abc`, `pw:abc`, `password is dog`),
/// that starts with a letter or digit and otherwise holds only letters, digits, `-`, `_` and a password's marks (`!`,
/// `#`, `$`, `%`, `^`, `&`, `*`, `+`, `=`, `~`); no web address or path (`.`, `/`, `\`, `@`). It must close the clause:
/// the text, the line or the sentence ends after it (`.`, `,`, `;`, `?`, `)` glued to it), or a word that carries a
/// sentence on follows (`and`, `but`, `for`, `it`...: `sentenceWords`), as in "my password is hunter and it fails"; a
/// number alone after `is` or `was` only at a mark or the line's end (`password: 1234 and it fails`, `pw is 1234.`;
/// "my password is 2 weeks old" is kept). What
/// people say a password is stays as typed: a common word (`isCommonWord(_:)`: "wrong", "expired", "correct", "locked", "not", "the", "too", "fine"...), one of
/// `passwordStateWords` ("perfect", "somewhere", "yes", "literally"...), one of the knowledge base's `not_password_words`
/// ("password: expiry this week", "password: status this week"), after `is` or `was` a word of letters that reads as a
/// participle, adverb or adjective of ability (`-ed`, `-ing`, `-ly`, `-able`, `-ible`: "flagged", "expiring", "totally",
/// "unusable"; after `:` or `=` such a word is the value: "password: tigerlily"), and a word joined by `-` to such a
/// word ("case-sensitive"). So "my password is not working", "my password
/// is the same", "my password is too long", "password: required" are kept.
extension RedactorScanner {
    /// A one-word password right after a label's link at `linkedStart`, without the quotes around it, or nil.
    func singleWordPassword(from linkedStart: Int) -> Range<Int>? {
        // A quote or bracket before it is punctuation: "her password is 'sunshine'".
        let quoted = byte(linkedStart) == 0x22 || byte(linkedStart) == 0x27 || byte(linkedStart) == ASCII.openParenthesis
        let start = quoted ? linkedStart + 1 : linkedStart
        guard isLetterOrDigit(byte(start)) else { return nil }
        var end = start
        var letters = 0
        while end < bytes.count, end - start <= 64, !isSpaceOrBreak(bytes[end]) {
            let current = bytes[end]
            if isLetter(current) {
                letters += 1
            } else if !(isDigit(current) || current == ASCII.dash || current == ASCII.underscore
                        || Self.passwordMarkBytes.contains(current) || Self.closingMarks.contains(current)) {
                return nil
            }
            end += 1
        }
        var core = end
        while core > start, Self.closingMarks.contains(bytes[core - 1]) { core -= 1 }
        // After `is` or `was`, a number alone, in digits or a word, ends its clause only at a mark or the line's end: "my
        // password is 2 weeks old", "the password is two weeks old" say its age; after `:` or `=` it is the value.
        let isNumber = letters == 0 || numberWord(at: start)?.end == core
        guard (1...64).contains(core - start),
              !bytes[start..<core].contains(where: { Self.closingMarks.contains($0) }),
              !saysHowAPasswordIs(start..<core, afterMark: followsMark(linkedStart)),
              closesClause(afterWord: end, core: core, byWord: !isNumber || followsMark(linkedStart)) else { return nil }
        return start..<core
    }

    /// Whether the word at `range` (without the `!` after it), or a part of it between dashes, is a word said of a
    /// password rather than one: "great!", "case-sensitive". After `:` or `=` a word's ending says nothing: "password:
    /// tigerlily" is a value, "my password is totally" an adverb.
    private func saysHowAPasswordIs(_ word: Range<Int>, afterMark: Bool) -> Bool {
        var end = word.upperBound
        while end > word.lowerBound, bytes[end - 1] == 0x21 { end -= 1 }
        let range = word.lowerBound..<end
        var partStart = range.lowerBound
        for position in range.lowerBound...range.upperBound where position == range.upperBound || bytes[position] == ASCII.dash {
            let part = partStart..<position
            if !part.isEmpty, part.allSatisfy({ isLetter(bytes[$0]) }), isStateWord(part, byEnding: !afterMark) { return true }
            partStart = position + 1
        }
        return false
    }

    private func isStateWord(_ word: Range<Int>, byEnding: Bool) -> Bool {
        if isCommonWord(word) { return true }
        let lowered = String(decoding: bytes[word].map(lower), as: UTF8.self)
        if words.passwordStateWords.contains(lowered) || notPasswordWords.contains(lowered) { return true }
        return byEnding && word.count >= 5 && Self.stateSuffixes.contains { lowered.hasSuffix($0) }
    }

    /// Whether the clause ends after a word that ends at `end` (its core at `core`): a mark glued to it, the end of the
    /// text or line, or (when `byWord`) a word that carries the sentence on.
    private func closesClause(afterWord end: Int, core: Int, byWord: Bool) -> Bool {
        if core < end { return true }
        var next = end
        while isSpace(byte(next)) { next += 1 }
        guard next < bytes.count, bytes[next] != 0x0A, bytes[next] != 0x0D else { return true }
        guard byWord else { return false }
        var wordEnd = next
        while isLetter(byte(wordEnd)) { wordEnd += 1 }
        guard wordEnd > next, wordEnd - next <= 12, !isWordByte(byte(wordEnd)) else { return false }
        return words.sentenceWords.contains(String(decoding: bytes[next..<wordEnd].map(lower), as: UTF8.self))
    }

    /// Whether `:` or `=` comes, past spaces, right before `index`: the link was a mark, not `is` or `was`.
    private func followsMark(_ index: Int) -> Bool {
        var before = index
        while isSpace(byte(before - 1)) { before -= 1 }
        return byte(before - 1) == ASCII.colon || byte(before - 1) == ASCII.equals
    }

    /// `!`, `#`, `$`, `%`, `^`, `&`, `*`, `+`, `=`, `~`.
    private static let passwordMarkBytes: Set<UInt8> = [0x21, 0x23, 0x24, 0x25, 0x5E, 0x26, 0x2A, 0x2B, 0x3D, 0x7E]
    /// `.`, `,`, `;`, `:`, `?`, `)`, `"`, `'`: they close the clause after a password and are not part of it.
    private static let closingMarks: Set<UInt8> = [0x2E, 0x2C, 0x3B, 0x3A, 0x3F, 0x29, 0x22, 0x27]

    private static let stateSuffixes = ["ed", "ing", "ly", "able", "ible"]
}
