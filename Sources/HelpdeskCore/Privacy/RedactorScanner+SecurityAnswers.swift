/// The answer to a security question, after its label and a link: "security question answer is Fluffy", "my mother's
/// maiden name is Kowalski", "answer to the security question: blue honda", "first pet was named Biscuit"; or right
/// after its label when capitalized ("mother's maiden name Kowalczyk").
///
/// After one of the knowledge base's `security_answer_labels` (`answerLabels`, any case) and `is`, `was`, `:`, `=` or
/// `-`, the words up to the end of the line or the sentence (a `.`, `,`, `;`, `?`, `!`, `)` or quote glued to a word),
/// or up to a word that carries the sentence on (`sentenceWords`: "and", "but", "it"...), at most six, are redacted as
/// `[PASSWORD]`: an answer is a secret as a password is. What is said of an answer is kept: a first word that says
/// how it is (`stateWords`: "wrong", "correct", "case") and a single common word (`isCommonWord(_:)`): "my security
/// answer is wrong", "the maiden name is required", "security answer: something i forgot". An answer in quotes is
/// whatever they hold ("my secret answer is 'the blue house'": `quotedAnswerEnd(from:)`).
extension RedactorScanner {
    /// The answer after a label that starts at `index` (a token's start), or nil.
    func securityAnswer(at index: Int) -> Hit? {
        guard let labelEnd = answerLabelEnd(at: index), let start = answerStart(after: labelEnd),
              let end = quotedAnswerEnd(from: start) ?? answerEnd(from: start) else { return nil }
        return Hit(kind: .password, start: start, end: end)
    }

    /// End of the label at `index`, or nil.
    private func answerLabelEnd(at index: Int) -> Int? {
        let first = lower(bytes[index])
        for k in answerLabels.phrases(startingWith: first) {
            let phrase = answerLabels.phrases[k]
            guard phrase[0] == first, index + phrase.count <= bytes.count else { continue }
            var offset = 1
            while offset < phrase.count, lower(bytes[index + offset]) == phrase[offset] { offset += 1 }
            if offset == phrase.count, !isWordByte(byte(index + offset)) { return index + offset }
        }
        return nil
    }

    /// Where the answer starts past the link (`is`, `was`, `:`, `=`, `-`; "is:" too, and `named` or `called` after
    /// `is` or `was` or alone: "first pet was named Biscuit") and an opening quote on the label's line; without a link,
    /// at a capitalized word that is no common word nor one of the knowledge base's ("mother's maiden name
    /// Kowalczyk"); nil otherwise.
    private func answerStart(after labelEnd: Int) -> Int? {
        var position = labelEnd
        while isSpace(byte(position)) { position += 1 }
        if let link = ["is", "was"].first(where: { hasWord($0, at: position) }), !isWordByte(byte(position + link.utf8.count)) {
            position += link.utf8.count
            while isSpace(byte(position)) { position += 1 }
            if byte(position) == ASCII.colon { position += 1 }
            position = skipNamingWord(position)
        } else if byte(position) == ASCII.colon || byte(position) == ASCII.equals || byte(position) == ASCII.dash {
            position += 1
        } else if case let named = skipNamingWord(position), named > position {
            position = named
        } else if position > labelEnd, let end = capitalizedWordEnd(from: position), !isCommonOrKnownWord(position..<end) {
            return position
        } else {
            return nil
        }
        while isSpace(byte(position)) { position += 1 }
        if byte(position) == 0x22 || byte(position) == 0x27 { position += 1 }
        return position
    }

    /// Past `named` or `called` and the spaces after it at `position` ("was named Biscuit"); `position` itself when
    /// neither stands there.
    private func skipNamingWord(_ position: Int) -> Int {
        guard let word = ["named", "called"].first(where: { hasWord($0, at: position) }),
              isSpace(byte(position + word.utf8.count)) else { return position }
        var next = position + word.utf8.count
        while isSpace(byte(next)) { next += 1 }
        return next
    }

    /// End of an answer in quotes ("my secret answer is 'the blue house'"): whatever they hold, closed on the same line
    /// within `contextReach` bytes by the quote that opened it; or nil.
    private func quotedAnswerEnd(from start: Int) -> Int? {
        let quote = byte(start - 1)
        guard quote == 0x22 || quote == 0x27, !isSpace(byte(start)) else { return nil }
        var end = start
        let limit = min(bytes.count, start + Self.contextReach)
        while end < limit, bytes[end] != quote, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        guard end < limit, bytes[end] == quote, end > start, !isSpace(bytes[end - 1]), !isWordByte(byte(end + 1)) else { return nil }
        return end
    }

    /// End of the answer's words from `start`, without the marks after them, or nil when it is none.
    private func answerEnd(from start: Int) -> Int? {
        let limit = min(bytes.count, start + Self.contextReach)
        var words = 0
        var end = start
        var position = start
        while words < 6, position < limit, !isSpaceOrBreak(bytes[position]) {
            var wordEnd = position
            while wordEnd < bytes.count, !isSpaceOrBreak(bytes[wordEnd]) { wordEnd += 1 }
            var core = wordEnd
            while core > position, Self.answerMarks.contains(bytes[core - 1]) { core -= 1 }
            guard core > position, !isAnswerWord(position..<core, in: self.words.sentenceWords) else { break }
            if words == 0, isAnswerWord(position..<core, in: self.words.stateWords) { return nil }
            words += 1
            end = core
            if core < wordEnd { break }
            position = wordEnd
            while isSpace(byte(position)) { position += 1 }
        }
        guard words > 0, !(words == 1 && isCommonWord(start..<end)) else { return nil }
        return end
    }

    private func isAnswerWord(_ range: Range<Int>, in words: Set<String>) -> Bool {
        range.count <= 12 && words.contains(String(decoding: bytes[range].map(lower), as: UTF8.self))
    }

    /// `.`, `,`, `;`, `:`, `?`, `!`, `)`, `"`, `'`: a word ending in one ends the answer.
    private static let answerMarks: Set<UInt8> = [0x2E, 0x2C, 0x3B, 0x3A, 0x3F, 0x21, 0x29, 0x22, 0x27]
}
