/// A person's name after a label that says one follows, from the knowledge base's `name_labels` ("my name is",
/// "name:", "client name"): "my name is Maria Lopez" becomes "my name is [NAME]".
///
/// One to four words, each a capital and then letters with a lowercase one among them, and maybe an inner `'` or `-`
/// (`Maria`, `O'Brien`, `McDonald`, `Mary-Jane`), or a capital and a dot between two such words (`Maria J. Lopez`);
/// none a common word or one that carries a sentence on (`isCommonWord`). A lowercase word after the label is kept:
/// "my name is not showing", "name is wrong on the account", "name: unknown". Only a label typed right before the
/// name counts (case aside, and starting at a word's start); spaces may stand between them, and none is needed after a
/// label that ends in `:`, which may have spaces before it (`name : Maria`).
extension RedactorScanner {
    /// The names after any of `labels` (lowercase ASCII bytes), in order.
    func names(after labels: [[UInt8]]) -> [Hit] {
        var hits: [Hit] = []
        var index = 1
        let count = bytes.count
        // Every name starts with a capital, not glued to a word before it: most texts have few such bytes.
        while index < count {
            guard bytes[index] &- 0x41 < 26, !isWordByte(bytes[index - 1]), follows(labels, before: index),
                  let end = nameEnd(from: index) else {
                index += 1
                continue
            }
            hits.append(Hit(kind: .name, start: index, end: end))
            index = end
        }
        return hits
    }

    /// Whether one of `labels` ends right before `index`, or before the spaces right before it, starting a word; a
    /// label's `:` may have spaces before it too (`name : Maria`).
    private func follows(_ labels: [[UInt8]], before index: Int) -> Bool {
        var end = index
        while isSpace(byte(end - 1)) { end -= 1 }
        var colonEnd = end
        if byte(end - 1) == ASCII.colon {
            colonEnd -= 1
            while isSpace(byte(colonEnd - 1)) { colonEnd -= 1 }
        }
        for label in labels {
            let colon = label.last == ASCII.colon
            let words = colon ? label.dropLast() : label[...]
            let wordsEnd = colon ? colonEnd : end
            guard colon ? colonEnd < end : end < index, words.count <= wordsEnd else { continue }
            let start = wordsEnd - words.count
            guard !isWordByte(byte(start - 1)) else { continue }
            if words.indices.allSatisfy({ lower(bytes[start + $0 - words.startIndex]) == words[$0] }) { return true }
        }
        return false
    }

    /// End of a name of one to four words from `index`, or nil when no name word starts there.
    private func nameEnd(from index: Int) -> Int? {
        guard var end = nameWordEnd(from: index) else { return nil }
        for _ in 1..<4 {
            guard isSpace(byte(end)) else { break }
            var next = end + 1
            // An initial between two names: "Maria J. Lopez".
            if byte(next) &- 0x41 < 26, byte(next + 1) == ASCII.period, isSpace(byte(next + 2)) { next += 3 }
            guard let after = nameWordEnd(from: next) else { break }
            end = after
        }
        return end
    }

    /// End of one name word at `index`: a capital, then letters with a lowercase one and maybe inner `'` or `-`; nil
    /// for anything else, or for a common word.
    private func nameWordEnd(from index: Int) -> Int? {
        guard byte(index) &- 0x41 < 26 else { return nil }
        var end = index + 1
        var lowercase = false
        while end - index < 24 {
            let current = byte(end)
            if isLetter(current) {
                lowercase = lowercase || current &- 0x61 < 26
            } else if !((current == 0x27 || current == ASCII.dash) && isLetter(byte(end + 1))) {
                break
            }
            end += 1
        }
        guard lowercase, !isWordByte(byte(end)), !isCommonWord(index..<end) else { return nil }
        return end
    }
}
