/// Names said without a name label, where a pasted message puts them (`NameContexts`):
/// - after a self-introduction ("this is Maria Gomez from ABC Tax", "Hi, it's John Smith again"), or before its
///   closing word, opening a sentence ("Hi, Maria Gomez here, I can't log in");
/// - on the first line after a sign-off line, not the firm's after it ("Thanks," / "Maria Gomez" / "Gomez Tax LLC",
///   in lowercase or capitals too: "thanks," / "maria gomez", "THANKS, JOHN SMITH": `uncasedNameEnd(from:before:_:)`,
///   "-- " / "John Smith, EA", "Best," / "J. Smith"), or after its comma on its line, which may close a sentence before it ("Regards, John
///   Smith", "Locked out again. Regards, John Smith", "still locked out thanks, John Smith": `signOffBeforeComma(_:_:)`),
///   when the line holds nothing but the name
///   and, after a `,`, `|`, `(` or `-`, a credential ("EA", "CPA");
/// - in an email header line ("From: Maria Gomez <mgomez@firm.com>", "To: John Smith; Ann Lee", "Cc:").
///
/// A name here is one to four capitalized words (a capital, then letters with a lowercase one, maybe an inner `'` or
/// `-`), maybe with initials (`J. Smith`); none a common word (`isCommonWord`), none but the first a known word (see
/// below: "Okafor Tax Services" is no name), and at least one neither a word
/// that is never a name alone (months, weekdays, products) nor one of the knowledge base's own (`NameContexts.isKnown`):
/// "It's Monday", "It's Google Authenticator", "Thanks,\nOffice Manager" are kept; "It's June Lee" is a name. A phrase typed in title case ("This Is Urgent") introduces nobody.
extension RedactorScanner {
    /// The names `contexts` place, line by line, in order; with `signOffsOnly` (a text without a capital), only those
    /// a sign-off places (`uncasedNameEnd(from:before:_:)`), since the others are capitalized.
    func unlabeledNames(signOffsOnly: Bool = false) -> [Hit] {
        guard let contexts = contexts.lists else { return [] }
        var hits: [Hit] = []
        var signatureLines = 0
        var lineStart = 0
        let count = bytes.count
        while lineStart < count {
            var lineEnd = lineStart
            while lineEnd < count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var contentEnd = lineEnd
            while contentEnd > lineStart, isSpace(bytes[contentEnd - 1]) || bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            var start = lineStart
            while start < contentEnd, isSpace(bytes[start]) || bytes[start] == UInt8(ascii: ">") { start += 1 }
            let line = start..<contentEnd
            if !line.isEmpty {
                if signatureLines > 0 {
                    signatureLines -= 1
                    if let hit = signatureName(line, contexts) {
                        hits.append(hit)
                        lineStart = lineEnd + 1
                        continue
                    }
                }
                if signOffsOnly {
                    if let rest = signOffRest(line, contexts) {
                        if rest.isEmpty {
                            signatureLines = 1
                        } else if let hit = signatureName(rest, contexts) {
                            hits.append(hit)
                        }
                    } else if let hit = signOffBeforeComma(line, contexts) {
                        hits.append(hit)
                    }
                } else if let names = headerNames(line, contexts) {
                    hits += names
                } else {
                    // A sign-off alone on its line names the next line; with text after its comma, that text.
                    let rest = signOffRest(line, contexts)
                    if rest?.isEmpty == true {
                        signatureLines = 1
                    } else if let rest, let hit = signatureName(rest, contexts) {
                        hits.append(hit)
                    } else {
                        introducedNames(line, contexts, into: &hits)
                        if let hit = signOffBeforeComma(line, contexts) { hits.append(hit) }
                    }
                }
            }
            lineStart = lineEnd + 1
        }
        return hits
    }

    // MARK: Signatures

    /// The name filling `line` (with a credential after a `,`, `|`, `(` or `-`, and a final `.` or `!`), capitalized or
    /// all in one case (`uncasedNameEnd(from:before:_:)`), or nil.
    private func signatureName(_ line: Range<Int>, _ contexts: NameContexts.Lists) -> Hit? {
        guard let end = nameEnd(from: line.lowerBound, contexts)
                ?? uncasedNameEnd(from: line.lowerBound, before: line.upperBound, contexts) else { return nil }
        var next = end
        while next < line.upperBound, isSpace(bytes[next]) { next += 1 }
        let mark = byte(next)
        guard next == line.upperBound || mark == ASCII.comma || mark == UInt8(ascii: "|")
                || mark == ASCII.openParenthesis || mark == ASCII.dash
                || (mark == ASCII.period || mark == UInt8(ascii: "!")) && next + 1 == line.upperBound else { return nil }
        return Hit(kind: .name, start: line.lowerBound, end: end)
    }

    /// What follows a sign-off that opens `line` (`contexts.signOffs`, or the `--` that opens a signature): empty when
    /// only punctuation does, the text after its comma when one does ("Regards, John Smith"), nil for no sign-off.
    private func signOffRest(_ line: Range<Int>, _ contexts: NameContexts.Lists) -> Range<Int>? {
        if byte(line.lowerBound) == ASCII.dash, byte(line.lowerBound + 1) == ASCII.dash, line.count == 2 {
            return line.upperBound..<line.upperBound
        }
        let first = lower(bytes[line.lowerBound])
        for phrase in contexts.signOffs where phrase[0][0] == first {
            guard let end = phraseEnd(phrase, at: line.lowerBound, before: line.upperBound) else { continue }
            var next = end
            while next < line.upperBound, !isLetterOrDigit(bytes[next]), bytes[next] != ASCII.comma { next += 1 }
            if next == line.upperBound { return next..<next }
            guard bytes[next] == ASCII.comma else { continue }
            next += 1
            while next < line.upperBound, isSpace(bytes[next]) { next += 1 }
            return next..<line.upperBound
        }
        return nil
    }

    /// End of the words of `phrase` at `index`, each a whole run of letters and digits (any case), with anything but
    /// letters and digits between them, before `limit`; or nil.
    private func phraseEnd(_ phrase: [[UInt8]], at index: Int, before limit: Int) -> Int? {
        var position = index
        for (number, word) in phrase.enumerated() {
            if number > 0 {
                while position < limit, !isLetterOrDigit(bytes[position]) { position += 1 }
            }
            guard position + word.count <= limit else { return nil }
            for offset in word.indices where lower(bytes[position + offset]) != word[offset] { return nil }
            position += word.count
            guard !isLetterOrDigit(byte(position)) else { return nil }
        }
        return position
    }

    /// The name that fills the rest of `line` after a comma, when a sign-off ends right before that comma, wherever
    /// it stands ("locked out. thanks, maria gomez", "cannot log in THANKS, JOHN SMITH"); or nil. Only the commas are
    /// tried, and a sign-off only before a name.
    private func signOffBeforeComma(_ line: Range<Int>, _ contexts: NameContexts.Lists) -> Hit? {
        var comma = line.lowerBound + 1
        while comma < line.upperBound {
            defer { comma += 1 }
            guard bytes[comma] == ASCII.comma, isLetterOrDigit(bytes[comma - 1]) else { continue }
            var rest = comma + 1
            while rest < line.upperBound, isSpace(bytes[rest]) { rest += 1 }
            guard rest > comma + 1, rest < line.upperBound, let hit = signatureName(rest..<line.upperBound, contexts),
                  contexts.signOffs.contains(where: { phraseStart($0, endingAt: comma, after: line.lowerBound) != nil })
            else { continue }
            return hit
        }
        return nil
    }

    /// Where the words of `phrase` start when they end right at `end` (each a whole run of letters and digits, any
    /// case, with anything but letters and digits between them), not before `limit`; or nil.
    private func phraseStart(_ phrase: [[UInt8]], endingAt end: Int, after limit: Int) -> Int? {
        var position = end
        for (number, word) in phrase.reversed().enumerated() {
            if number > 0 {
                while position > limit, !isLetterOrDigit(bytes[position - 1]) { position -= 1 }
            }
            guard position - word.count >= limit else { return nil }
            position -= word.count
            for offset in word.indices where lower(bytes[position + offset]) != word[offset] { return nil }
            guard !isLetterOrDigit(byte(position - 1)) else { return nil }
        }
        return position
    }

    // MARK: Headers

    /// The names on a header line that opens with one of `contexts.headerLabels` and a colon, or nil for another line:
    /// each in a list split by `,` or `;`, maybe quoted or before its address in `<...>`.
    private func headerNames(_ line: Range<Int>, _ contexts: NameContexts.Lists) -> [Hit]? {
        let first = lower(bytes[line.lowerBound])
        guard let label = contexts.headerLabels.first(where: { label in
            label[0] == first && label.count < line.count
                && label.indices.allSatisfy { lower(bytes[line.lowerBound + $0]) == label[$0] }
        }) else { return nil }
        var position = line.lowerBound + label.count
        while isSpace(byte(position)) { position += 1 }
        guard byte(position) == ASCII.colon else { return nil }
        var hits: [Hit] = []
        while position < line.upperBound {
            position += 1
            while position < line.upperBound, isSpace(bytes[position]) || bytes[position] == 0x22 { position += 1 }
            guard let end = nameEnd(from: position, contexts) else { break }
            hits.append(Hit(kind: .name, start: position, end: end))
            position = end
            while position < line.upperBound, bytes[position] != ASCII.comma, bytes[position] != 0x3B { position += 1 }
        }
        return hits
    }

    // MARK: Introductions

    /// The names after an introduction (`contexts.before`) or before its closing word (`contexts.after`, opening a
    /// sentence) in `line`.
    private func introducedNames(_ line: Range<Int>, _ contexts: NameContexts.Lists, into hits: inout [Hit]) {
        var index = line.lowerBound
        while index < line.upperBound {
            let current = bytes[index]
            guard isLetter(current), !isWordByte(byte(index - 1)), byte(index - 1) != 0x27 else {
                index += 1
                continue
            }
            if current &- 0x41 < 26, !contexts.after.isEmpty, opensSentence(index, line: line),
               let end = nameEnd(from: index, contexts), let closing = closingWordEnd(after: end, contexts, line: line) {
                hits.append(Hit(kind: .name, start: index, end: end))
                index = closing
                continue
            }
            if let phrase = contexts.before.first(where: { phrase in
                phrase[0] == lower(current) && phrase.count < line.upperBound - index
                    && phrase.indices.allSatisfy { offset in
                        let typed = bytes[index + offset]
                        return lower(typed) == phrase[offset] && (offset == 0 || typed &- 0x41 >= 26)
                    }
            }), isSpace(bytes[index + phrase.count]) {
                var start = index + phrase.count
                while start < line.upperBound, isSpace(bytes[start]) { start += 1 }
                if let end = nameEnd(from: start, contexts) {
                    hits.append(Hit(kind: .name, start: start, end: end))
                    index = end
                    continue
                }
            }
            while index < line.upperBound, isWordByte(bytes[index]) { index += 1 }
        }
    }

    /// Whether the word at `index` opens a sentence of `line`: at its start or after a mark that ends a sentence or
    /// clause, or after one such word ("Hi Maria here", "Hello this is").
    private func opensSentence(_ index: Int, line: Range<Int>, greeting: Bool = true) -> Bool {
        var position = index
        while position > line.lowerBound, isSpace(bytes[position - 1]) { position -= 1 }
        guard position > line.lowerBound else { return true }
        let mark = bytes[position - 1]
        if mark == ASCII.comma || mark == ASCII.period || mark == UInt8(ascii: "!") || mark == UInt8(ascii: "?")
            || mark == 0x3B || mark == ASCII.colon || mark == ASCII.dash {
            return true
        }
        guard greeting, position < index, isLetter(mark) else { return false }
        while position > line.lowerBound, isLetter(bytes[position - 1]) { position -= 1 }
        return opensSentence(position, line: line, greeting: false)
    }

    /// End of a closing word of `contexts.after` right after the name ending at `end`, when the clause ends with it;
    /// or nil.
    private func closingWordEnd(after end: Int, _ contexts: NameContexts.Lists, line: Range<Int>) -> Int? {
        guard isSpace(byte(end)) else { return nil }
        var position = end
        while isSpace(byte(position)) { position += 1 }
        for word in contexts.after where position + word.count <= line.upperBound
            && word.indices.allSatisfy({ lower(bytes[position + $0]) == word[$0] }) {
            let wordEnd = position + word.count
            let mark = byte(wordEnd)
            if wordEnd == line.upperBound || mark == ASCII.comma || mark == ASCII.period || mark == UInt8(ascii: "!")
                || mark == 0x3B || mark == ASCII.dash || isSpace(mark) && [ASCII.dash, 0].contains(byte(wordEnd + 1)) {
                return wordEnd
            }
        }
        return nil
    }

    // MARK: Name words

    /// End of a name of one to four capitalized words (initials too) from `index`, as far as its words are names;
    /// nil when none is, or when every word is one of the knowledge base's.
    private func nameEnd(from index: Int, _ contexts: NameContexts.Lists) -> Int? {
        var position = index
        var end: Int?
        var unknown = false
        var words = 0
        while words < 4 {
            // An initial: "J. Smith", "Maria J. Lopez".
            if byte(position) &- 0x41 < 26, byte(position + 1) == ASCII.period, byte(position + 2) == ASCII.space,
               byte(position + 3) &- 0x41 < 26 {
                position += 3
            }
            guard let wordEnd = capitalizedWordEnd(from: position) else { break }
            let word = position..<wordEnd
            if isCommonWord(word) { break }
            // "Okafor Tax Services" is a firm: a known word after the first ends a name.
            let known = contexts.isKnown(lowercased(word))
            if known, words > 0 { break }
            unknown = unknown || !known
            end = wordEnd
            words += 1
            guard byte(wordEnd) == ASCII.space else { break }
            position = wordEnd + 1
        }
        return unknown ? end : nil
    }

    /// Where the letters after `index` end (an inner `'` or `-` before a letter counts; at most 23 of them), and
    /// whether one of them is lowercase: the run of a capitalized word whose first letter is at `index`.
    func letterRun(after index: Int) -> (end: Int, lowercase: Bool) {
        var end = index + 1
        var lowercase = false
        while end - index < 24 {
            let current = byte(end)
            if current &- 0x61 < 26 {
                lowercase = true
            } else if !(current &- 0x41 < 26 || (current == 0x27 || current == ASCII.dash) && isLetter(byte(end + 1))) {
                break
            }
            end += 1
        }
        return (end, lowercase)
    }

    /// The letters at `range`, lowercased.
    func lowercased(_ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count) { buffer in
            for (offset, position) in range.enumerated() { buffer[offset] = lower(bytes[position]) }
            return range.count
        }
    }

    /// End of a capitalized word at `index`: a capital, then letters with a lowercase one (an inner `'` or `-` before
    /// a letter too), not glued to a digit, `_`, `@` or a dotted name after it (`Login.gov`); or nil.
    private func capitalizedWordEnd(from index: Int) -> Int? {
        guard byte(index) &- 0x41 < 26 else { return nil }
        let (end, lowercase) = letterRun(after: index)
        let next = byte(end)
        guard lowercase, !isWordByte(next), next != ASCII.at, !(next == ASCII.period && isLetter(byte(end + 1))) else {
            return nil
        }
        return end
    }
}
