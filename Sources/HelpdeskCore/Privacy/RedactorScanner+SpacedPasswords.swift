/// Passwords with spaces, right after a password label and a link: "my password is Summer 2024!", "password:
/// correct horse battery staple".
///
/// After a password label (`credentialLabel(at:)`, misspelt ones too) and `is`, `was`, `:` or `=` (then maybe `now`),
/// the value is the words up to the end of the sentence or line, or up to a word that carries the sentence on
/// (`sentenceWords`: "and", "but", "not", "it", "for", "again", "working"...; in lowercase, or `I`: "My Dog Rex 2019"
/// is a password). Two words are a password when they hold a digit and a capital or a symbol ("Summer 2024!", "Tax
/// Season 2026"), or when the second is a number said in words and the first is not ("hunter two", as "hunter2" is
/// typed); after `the word` or `the words`, one word is ("password is the word fluffy"); three words or more always
/// ("correct horse battery staple"). A first word that says how the password is (`stateWords`: "wrong", "expired",
/// "correct") is a password's only before three more such words: "my password is correct" and "my password is wrong
/// and expired" are kept. One word with a digit is left to `credentials()`, one without to `singleWordPassword(from:)`.
/// With no link, what quotes hold right after the label is the password ("pw 'correct horse battery staple'":
/// `quotedPassword(after:)`). These rules need no digit, so `valuesWithoutDigits()` reads them in every text.
extension RedactorScanner {
    /// The password after a label that starts at `index` (a token's start), or nil.
    func spacedPassword(at index: Int) -> Hit? {
        // Every password label starts `pa`, `pw`, `p/` or `ps` (`pssword`): most words are passed over on two bytes.
        guard lower(bytes[index]) == ASCII.lowerP, case let second = byte(index + 1) | 0x20,
              second == ASCII.lowerA || second == 0x77 || second == ASCII.slash || second == ASCII.lowerS,
              let (label, labelEnd) = credentialLabel(at: index), label.kind == .password else { return nil }
        guard let linkedStart = linkedValueStart(after: labelEnd) else { return quotedPassword(after: labelEnd) }
        let shouted = isShouted(index..<labelEnd)
        // "password is the word fluffy": what follows `the word` is the password, one word or more.
        if let valueStart = namedWordStart(linkedStart),
           let end = spacedPasswordEnd(from: valueStart, shouted: shouted) ?? namedWordEnd(from: valueStart, shouted: shouted) {
            return Hit(kind: .password, start: valueStart, end: end)
        }
        // One word without a digit ("my password is hunter"): `singleWordPassword(from:)`.
        if let end = spacedPasswordEnd(from: linkedStart, shouted: shouted) ?? twoWordPasswordEnd(afterMarkAt: labelEnd..<linkedStart, from: linkedStart) {
            return Hit(kind: .password, start: linkedStart, end: end)
        }
        guard let word = singleWordPassword(from: linkedStart) else { return nil }
        return Hit(kind: .password, start: word.lowerBound, end: word.upperBound)
    }

    /// What quotes hold right after a label with no link ("pw 'correct horse battery staple'", "password "purple
    /// monkey""), closed on the same line within `contextReach` bytes by the quote that opened it; not one common word
    /// nor one of `notPasswordWords` ("the password 'reset' link"), nor words with one that carries a sentence on
    /// (`sentenceWords`: "password 'with ID.me like the IRS says'"). Nil otherwise.
    private func quotedPassword(after labelEnd: Int) -> Hit? {
        var start = labelEnd
        while isSpace(byte(start)) { start += 1 }
        let quote = byte(start)
        guard start > labelEnd, quote == 0x22 || quote == 0x27, !isSpaceOrBreak(byte(start + 1)) else { return nil }
        start += 1
        var end = start
        let limit = min(bytes.count, start + Self.contextReach)
        while end < limit, bytes[end] != quote, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        guard end > start, end < limit, bytes[end] == quote, !isSpace(bytes[end - 1]), !isWordByte(byte(end + 1)) else {
            return nil
        }
        if !(start..<end).contains(where: { isSpace(bytes[$0]) }) {
            guard !isCommonWord(start..<end), !notPasswordWords.contains(lowercased(start..<end)) else { return nil }
        }
        // "password 'with ID.me like the IRS says'": words that carry a sentence on quote what was said, not a password.
        var wordStart = start
        for position in start...end where position == end || isSpace(bytes[position]) {
            if position > wordStart, carriesSentence(wordStart..<position, shouted: false) { return nil }
            wordStart = position + 1
        }
        return Hit(kind: .password, start: start, end: end)
    }

    /// Where the words after `the word` or `the words` at `start` begin, or nil.
    private func namedWordStart(_ start: Int) -> Int? {
        guard hasWord("the word", at: start) else { return nil }
        var position = start + 8
        if lower(byte(position)) == ASCII.lowerS { position += 1 }
        guard isSpace(byte(position)) else { return nil }
        while isSpace(byte(position)) { position += 1 }
        return position
    }

    /// End of one word named as the password, without the marks that close a sentence after it; nil for a word that
    /// carries the sentence on or says how a password is ("the word is", "the word expired").
    private func namedWordEnd(from start: Int, shouted: Bool) -> Int? {
        var end = start
        while end < bytes.count, !isSpaceOrBreak(bytes[end]) { end += 1 }
        while end > start, Self.clauseMarks.contains(bytes[end - 1]) { end -= 1 }
        guard end - start >= 3, !carriesSentence(start..<end, shouted: true), !isListed(start..<end, in: words.stateWords)
        else { return nil }
        return end
    }

    /// Where the value starts past `is`, `was`, `:` or `=` (and a `now` after them) on the label's line; nil without one.
    private func linkedValueStart(after labelEnd: Int) -> Int? {
        var position = labelEnd
        while isSpace(byte(position)) { position += 1 }
        if byte(position) == ASCII.colon || byte(position) == ASCII.equals {
            position += 1
        } else if let link = ["is", "was"].first(where: { hasWord($0, at: position) }),
                  !isWordByte(byte(position + link.utf8.count)) {
            position += link.utf8.count
        } else {
            return nil
        }
        while isSpace(byte(position)) { position += 1 }
        if hasWord("now", at: position), isSpace(byte(position + 3)) {
            position += 3
            while isSpace(byte(position)) { position += 1 }
        }
        return position
    }

    /// End of a password of two words or more at `start`, or nil. `shouted`: the label is in capitals, so capitals
    /// tell nothing ("MY PASSWORD IS RIGHT BUT THE CODE GOES TO AN OLD PHONE").
    private func spacedPasswordEnd(from start: Int, shouted: Bool) -> Int? {
        let limit = min(bytes.count, start + Self.contextReach)
        var words = 0
        var opensWithState = false
        var valueEnd = start
        var position = start
        while words < 6, position < limit, !isSpaceOrBreak(bytes[position]) {
            var end = position
            while end < limit, !isSpaceOrBreak(bytes[end]) { end += 1 }
            guard end < limit || end == bytes.count else { return nil }
            var core = end
            while core > position, Self.clauseMarks.contains(bytes[core - 1]) { core -= 1 }
            guard core > position, !carriesSentence(position..<core, shouted: shouted), !bytes[position..<core].contains(0x27) else { break }
            if isListed(position..<core, in: self.words.stateWords) {
                guard position == start else { break }
                opensWithState = true
            } else {
                words += 1
                // A `!` is a password's as often as a sentence's: "Summer 2024!".
                valueEnd = bytes[end - 1] == 0x21 && core == end - 1 ? end : core
            }
            if core < end { break }
            position = end
            while isSpace(byte(position)) { position += 1 }
        }
        if words >= 3 { return valueEnd }
        // "hunter two": a word and a number said in words, as "hunter2" is typed.
        if words == 2, !opensWithState, case let second = lastWordStart(start..<valueEnd),
           numberWord(at: start) == nil, numberWord(at: second)?.end == valueEnd {
            return valueEnd
        }
        guard words == 2, !opensWithState,
              bytes[start..<valueEnd].contains(where: isDigit),
              bytes[start..<valueEnd].contains(where: { $0 &- 0x41 < 26 || Self.passwordMarks.contains($0) }) else { return nil }
        return valueEnd
    }

    /// End of two words after a label and a `:` or `=` in `link` ("password: blue falcon"), neither a common word, a
    /// word that says how a password is or carries a sentence on, nor one of the knowledge base's; nil otherwise.
    private func twoWordPasswordEnd(afterMarkAt link: Range<Int>, from start: Int) -> Int? {
        guard link.contains(where: { bytes[$0] == ASCII.colon || bytes[$0] == ASCII.equals }) else { return nil }
        var position = start
        var count = 0
        var valueEnd = start
        while count < 3, isLetter(byte(position)) {
            var end = position
            while isLetter(byte(end)) { end += 1 }
            if end - position < 2 || isCommonOrKnownWord(position..<end) {
                guard count == 2 else { return nil }
                break
            }
            count += 1
            valueEnd = end
            guard isSpace(byte(end)), isLetter(byte(end + 1)) else { break }
            position = end + 1
        }
        guard count == 2, !isWordByte(byte(valueEnd)) else { return nil }
        return valueEnd
    }

    /// Where the last word of `range` starts.
    private func lastWordStart(_ range: Range<Int>) -> Int {
        var start = range.upperBound
        while start > range.lowerBound, !isSpace(bytes[start - 1]) { start -= 1 }
        return start
    }

    /// Whether `word` is one of `sentenceWords` written in lowercase (in any case when `shouted`), or `I`: a capital
    /// makes "My Dog Rex 2019" a password's words.
    private func carriesSentence(_ word: Range<Int>, shouted: Bool) -> Bool {
        if word.count == 1, bytes[word.lowerBound] == UInt8(ascii: "I") { return true }
        return (shouted || bytes[word.lowerBound] &- 0x41 >= 26) && isListed(word, in: words.sentenceWords)
    }

    /// Whether the letters of `range` are all capitals, as in a message typed in capitals.
    private func isShouted(_ range: Range<Int>) -> Bool {
        bytes[range].contains { $0 &- 0x41 < 26 } && !bytes[range].contains { $0 &- 0x61 < 26 }
    }

    private func isListed(_ range: Range<Int>, in words: Set<String>) -> Bool {
        range.count <= 12 && words.contains(String(decoding: bytes[range].map(lower), as: UTF8.self))
    }

    /// `!`, `@`, `#`, `$`, `%`, `^`, `&`, `*`, `+`, `=`, `~`, `?`.
    private static let passwordMarks: Set<UInt8> = [0x21, 0x40, 0x23, 0x24, 0x25, 0x5E, 0x26, 0x2A, 0x2B, 0x3D, 0x7E, 0x3F]
}
