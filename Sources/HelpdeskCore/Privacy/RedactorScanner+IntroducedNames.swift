/// Names a writer introduces themselves by (`unlabeledNames()`): "this is Maria Gomez from ABC Tax", "Hi, Maria Gomez
/// here".
extension RedactorScanner {
    /// The names after an introduction (`contexts.before`) or before its closing word (`contexts.after`, opening a
    /// sentence) in `line`.
    func introducedNames(_ line: Range<Int>, _ contexts: NameContexts.Lists, into hits: inout [Hit]) {
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
                // "Dear Mr. Ruiz": the title is kept.
                if let name = nameAfterTitle(start, contexts), let end = nameEnd(from: name, contexts) {
                    hits.append(Hit(kind: .name, start: name, end: end))
                    index = end
                    continue
                }
            }
            while index < line.upperBound, isWordByte(bytes[index]) { index += 1 }
        }
    }

    /// Whether the word at `index` opens a sentence of `line`: at its start or after a mark that ends a sentence or
    /// clause, or after one such word ("Hi Maria here", "Hello this is").
    func opensSentence(_ index: Int, line: Range<Int>, greeting: Bool = true) -> Bool {
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
    func closingWordEnd(after end: Int, _ contexts: NameContexts.Lists, line: Range<Int>) -> Int? {
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
}
