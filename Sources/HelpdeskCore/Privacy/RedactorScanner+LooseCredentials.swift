/// Passwords and one-time codes said further from their label than `credentials()` reads: "forgot my password, old
/// one was Summer2024!", "password for idme Summer2024!", "I changed the password to Spring2026! but still locked",
/// "the code i got is 482913", "the text code (482913) didnt work", "user jdoe pass Summer2024 cant login".
///
/// After a label `credentials()` knows (misspelt ones too), the eight words that follow it in the same sentence and
/// line are read; a sentence ends at a word ending in `.`, `!` or `?`, so "my password expired. Then I saw CP2000" stops
/// at "expired.". In them:
/// - after a password label, every word of a password's shape (`isPasswordShaped`) is redacted, unless the word before
///   it names it (`ticket inc004471`, `case cs-2024-118`, `error e1042b`), or it is a lowercase word and one or two
///   digits (`covid19`) without `is`, `was`, `to`, `:`... right before it (`isLoosePassword`);
/// - after a code label, every number of six to eight digits, alone or in groups of one size split by a space or dash
///   ("482 913", "48-29-13", "4 8 2 9 1 3"), that is not a date in 8 digits (`20250415`), nor named as something else
///   by the word right before it (`ticket 4471234`, `case`, `incident`, `order`, `ref`, `invoice`, `account`,
///   `error`) or the word after it (`form`).
/// Before a label, a value of its shape linked to it by `as`, `is` or `was` is redacted too ("Summer2024 as the
/// password", "482913 is the code": `valueBefore(label:at:)`).
/// A bare `pass` labels only the word right after it ("user jdoe pass Summer2024"): "pass" is a verb too.
/// Quotes, brackets and a leading `#` around a value are kept: "the code (482913)" becomes "the code ([CODE])".
extension RedactorScanner {
    func looseCredentials() -> [Hit] {
        var hits: [Hit] = []
        let count = bytes.count
        var index = 0
        while index < count {
            let first = bytes[index] | 0x20
            guard first == ASCII.lowerP || first == ASCII.lowerC || first == ASCII.lowerO, startsToken(index),
                  let label = looseLabel(at: index) else {
                index += 1
                continue
            }
            looseValues(after: label, into: &hits)
            if let credential = label.credential, let hit = valueBefore(label: credential, at: index) { hits.append(hit) }
            index = label.end
        }
        return hits
    }

    /// A label read loosely: where it ends, how many words after it are read, and what they may hold.
    private struct LooseLabel {
        /// The label as `credentials()` reads it; nil for a bare `pass`, which labels nothing before it.
        let credential: CredentialLabel?
        let end: Int
        let words: Int
        let readsPasswords: Bool
        let readsCodes: Bool
    }

    /// The label at `index`: any of `credentialLabel(at:)`, eight words; a bare `pass`, one. A `passcode` reads both
    /// codes and passwords, as it does in `credentials()`.
    private func looseLabel(at index: Int) -> LooseLabel? {
        if let (label, end) = credentialLabel(at: index) {
            let isPasscode = label.word.hasPrefix("passcode")
            return LooseLabel(credential: label, end: end, words: 8, readsPasswords: label.kind == .password || isPasscode,
                              readsCodes: label.kind == .oneTimeCode)
        }
        guard hasWord("pass", at: index), isSpace(byte(index + 4)) else { return nil }
        return LooseLabel(credential: nil, end: index + 4, words: 1, readsPasswords: true, readsCodes: false)
    }

    /// Redacts the values `label` reads among the words after it, up to the end of the sentence or line.
    private func looseValues(after label: LooseLabel, into hits: inout [Hit]) {
        // The rest of the label's own word: "password." ends the sentence, "password:" does not.
        guard var position = wordEnd(from: label.end), !endsSentence(at: position) else { return }
        for _ in 0..<label.words {
            while isSpace(byte(position)) { position += 1 }
            guard position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D,
                  var end = wordEnd(from: position) else { return }
            let value = valueCore(position..<end)
            if label.readsPasswords, isPasswordShaped(value), isLoosePassword(value, wordStart: position) {
                hits.append(Hit(kind: .password, start: value.lowerBound, end: value.upperBound))
            } else if label.readsCodes, let codeEnd = looseCodeEnd(from: value.lowerBound, wordStart: position) {
                hits.append(Hit(kind: .oneTimeCode, start: value.lowerBound, end: codeEnd))
                // A code in groups spans words: go on after it.
                if codeEnd > end {
                    guard let groupsEnd = wordEnd(from: codeEnd) else { return }
                    end = groupsEnd
                }
            }
            if endsSentence(at: end) { return }
            position = end
        }
    }

    /// Whether a password-shaped `value` further from its label than `credentials()` reads is one: not a product's name
    /// (`password_shaped_products`: "1Password"), not an id or error
    /// number by the word before it (`ticket inc004471`, `case cs-2024-118`, `error e1042b`: `isOtherNumberLabel`), and
    /// not a lowercase word and one or two digits (`covid19`, `windows11`) unless a word that gives a value comes right
    /// before it (`isValueIntroducer`: "old one was summer24").
    private func isLoosePassword(_ value: Range<Int>, wordStart: Int) -> Bool {
        guard !precedingWords(before: wordStart, limit: 1, include: isOtherNumberLabel),
              !words.passwordShapedProducts.contains(lowercased(value)) else { return false }
        var letterEnd = value.lowerBound
        while letterEnd < value.upperBound, bytes[letterEnd] &- 0x61 < 26 { letterEnd += 1 }
        guard letterEnd > value.lowerBound, (1...2).contains(value.upperBound - letterEnd),
              digitRun(at: letterEnd) == value.upperBound - letterEnd else { return true }
        return introducesValue(before: wordStart)
    }

    /// Whether the word before `wordStart` gives a value: it ends in `:` or `=`, or is `is`, `was`, `as`, `to`, `now`,
    /// `tried`, `typed`, `entered`, `used`, `using`, `uses`, `use`, `set`.
    private func introducesValue(before wordStart: Int) -> Bool {
        var end = wordStart
        while isSpace(byte(end - 1)) { end -= 1 }
        if byte(end - 1) == ASCII.colon || byte(end - 1) == ASCII.equals { return true }
        return precedingWords(before: wordStart, limit: 1) { word in
            words.valueIntroducers.contains { word.elementsEqual($0.utf8) }
        }
    }

    /// End of the word (up to a space or line break) at `start`; nil when it runs past `contextReach` bytes: no
    /// secret is that long, and a long run without spaces ("password:password:...") is read once, not once per label.
    private func wordEnd(from start: Int) -> Int? {
        let limit = min(bytes.count, start + Self.contextReach)
        var end = start
        while end < limit, !isSpaceOrBreak(bytes[end]) { end += 1 }
        return end < bytes.count && !isSpaceOrBreak(bytes[end]) ? nil : end
    }

    /// `word` without the quotes, brackets and `#` before it and the `.`, `,`, `;`, `:`, `)`, `]`, quotes after it.
    func valueCore(_ word: Range<Int>) -> Range<Int> {
        var start = word.lowerBound
        var end = word.upperBound
        while start < end, Self.openingMarks.contains(bytes[start]) { start += 1 }
        while end > start, Self.trailingMarks.contains(bytes[end - 1]) { end -= 1 }
        return start..<end
    }

    /// `(`, `[`, `"`, `'`, `#`.
    private static let openingMarks: Set<UInt8> = [0x28, 0x5B, 0x22, 0x27, 0x23]
    /// `.`, `,`, `;`, `:`, `)`, `]`, `"`, `'`.
    private static let trailingMarks: Set<UInt8> = [0x2E, 0x2C, 0x3B, 0x3A, 0x29, 0x5D, 0x22, 0x27]

    /// Whether the word ending at `end` ends a sentence: its last mark before closing quotes or brackets is `.`, `!`
    /// or `?`.
    private func endsSentence(at end: Int) -> Bool {
        var last = end - 1
        while last >= 0, bytes[last] == 0x22 || bytes[last] == 0x27 || bytes[last] == 0x29 || bytes[last] == 0x5D {
            last -= 1
        }
        let mark = byte(last)
        return mark == ASCII.period || mark == 0x21 || mark == 0x3F
    }

    // MARK: Values

    /// Whether `value` has a password's shape: six characters or more, two letters or more, and a digit or one of
    /// `$`, `*`, `=`, `^`, `~` inside it (`Summer2024!`, `x9x9x9x9`, `Pa$$word`); never a word that names something
    /// else (`isNamingWord`), and never with `/`, `\` or `@` (paths, links, addresses) nor a control character (an
    /// escape sequence is left for the echo's own guard).
    func isPasswordShaped(_ value: Range<Int>) -> Bool {
        guard value.count >= 6 else { return false }
        var letters = 0
        var digits = 0
        var symbols = 0
        for position in value {
            let current = bytes[position]
            if isLetter(current) {
                letters += 1
            } else if isDigit(current) {
                digits += 1
            } else if current == ASCII.slash || current == 0x5C || current == ASCII.at || current < 0x20 || current == 0x7F {
                return false
            } else if isPasswordSymbol(current), position > value.lowerBound, position < value.upperBound - 1 {
                symbols += 1
            }
        }
        guard letters >= 2, digits > 0 || symbols > 0 else { return false }
        return digits == 0 || !isNamingWord(value, letters: letters)
    }

    /// `$`, `*`, `=`, `^`, `~`: marks that ordinary words do not hold; `prescan()` reads on in text with them.
    @inline(__always) func isPasswordSymbol(_ byte: UInt8) -> Bool {
        byte == 0x24 || byte == 0x2A || byte == 0x3D || byte == 0x5E || byte == 0x7E
    }

    /// End of a code of six to eight digits at `start`, in one group or in groups of one size split by one space or
    /// dash (single digits too: "4 8 2 9 1 3"); nil for a date in 8 digits, a number named by the word before
    /// `wordStart` or a form's number ("1099 form").
    private func looseCodeEnd(from start: Int, wordStart: Int) -> Int? {
        guard isDigit(byte(start)), !isWordByte(byte(start - 1)) else { return nil }
        if let end = singleDigitsEnd(from: start) {
            return precedingWords(before: wordStart, limit: 1, include: isOtherNumberLabel) ? nil : end
        }
        let group = digitRun(at: start)
        var digits = group
        var end = start + group
        while digits < 8, isSpace(byte(end)) || byte(end) == ASCII.dash, digitRun(at: end + 1) == group,
              digits + group <= 8 {
            digits += group
            end += 1 + group
        }
        guard (6...8).contains(digits), group >= 2, endsToken(end) else { return nil }
        if digits == 8, group == 8, isCompactDate(at: start) { return nil }
        guard !namesForm(after: end) else { return nil }
        return precedingWords(before: wordStart, limit: 1, include: isOtherNumberLabel) ? nil : end
    }

}
