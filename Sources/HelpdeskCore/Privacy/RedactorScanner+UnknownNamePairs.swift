/// A name said with no label and no listed given name: two or three capitalized words that open a sentence, none an
/// English word (the lexicon's `dictionary`), a common word (`isCommonWord`), a title ("Mrs Okafor called": the title
/// labels the name) or one of the knowledge base's (`NameContexts.Lists.isKnown`), before a word in lowercase. "Giselle
/// Durand can't get her code" becomes "[NAME] can't get her code" (it was kept: the given-names list lacks "Giselle").
/// Products and places are English or the knowledge base's words ("Trusted Referee", "Microsoft Authenticator", "Google
/// Voice", "Will Grant access"), and a word alone or mid-sentence is left to the other rules. In lowercase, a listed
/// given name of five letters or more and a word after it, neither English, common nor the knowledge base's, opening a
/// sentence before another word: "giselle durand can't log in" becomes "[NAME] can't log in" ("maria" and "dana" are
/// English words: kept).
extension RedactorScanner {
    /// The names of unknown words at sentence starts, in order; none without the dictionary.
    func unknownNamePairs() -> [Hit] {
        guard let contexts = contexts.lists, let dictionary = contexts.dictionary else { return [] }
        var hits: [Hit] = []
        var index = 0
        let count = bytes.count
        var opens = true
        while index < count {
            let current = bytes[index]
            if isSpace(current) {
                index += 1
                continue
            }
            if opens, let end = current &- 0x61 < 26 ? lowercaseNameEnd(from: index, contexts, dictionary)
                : unknownNameEnd(from: index, contexts, dictionary) {
                hits.append(Hit(kind: .name, start: index, end: end))
                index = end
                opens = false
                continue
            }
            opens = current == ASCII.period || current == UInt8(ascii: "!") || current == UInt8(ascii: "?") || current == 0x0A
                || current == 0x0D
            index += 1
        }
        return hits
    }

    /// End of a lowercase given name of `contexts.givenNames` and the word after it from `index`, neither English,
    /// common nor known, followed by a space and a letter; or nil.
    private func lowercaseNameEnd(from index: Int, _ contexts: NameContexts.Lists, _ dictionary: WordList) -> Int? {
        var first = index
        while first - index < 14, byte(first) &- 0x61 < 26 { first += 1 }
        // Names of four letters or fewer are English words of the dictionary ("dana"): not read.
        guard first - index >= 5, byte(first) == ASCII.space, byte(first + 1) &- 0x61 < 26 else { return nil }
        var second = first + 1
        while second - first < 15, byte(second) &- 0x61 < 26 { second += 1 }
        guard second - first > 2, byte(second) == ASCII.space, isLetter(byte(second + 1)),
              let names = contexts.givenNames, names.kind(of: lowercased(index..<first)) == .name else { return nil }
        for word in [index..<first, first + 1..<second] {
            let lowercase = lowercased(word)
            guard !isCommonWord(word), !contexts.isKnown(lowercase), !dictionary.contains(lowercase) else { return nil }
        }
        return second
    }

    /// End of two or three capitalized words from `index`, none English, common or known, one space apart and
    /// followed by a space and a lowercase letter; or nil. The dictionary is read last: its first look-up loads it.
    private func unknownNameEnd(from index: Int, _ contexts: NameContexts.Lists, _ dictionary: WordList) -> Int? {
        var position = index
        var end = index
        var words = 0
        while words < 3, let wordEnd = capitalizedWordEnd(from: position) {
            let lowercase = lowercased(position..<wordEnd)
            guard wordEnd - position <= 14, !isCommonWord(position..<wordEnd), !contexts.isKnown(lowercase),
                  !contexts.titles.contains(lowercase) else { break }
            words += 1
            end = wordEnd
            guard byte(wordEnd) == ASCII.space else { break }
            position = wordEnd + 1
        }
        guard words >= 2, byte(end) == ASCII.space, byte(end + 1) &- 0x61 < 26 else { return nil }
        var wordStart = index
        for position in index...end where position == end || bytes[position] == ASCII.space {
            if dictionary.contains(listForm(wordStart..<position)) { return nil }
            wordStart = position + 1
        }
        return end
    }
}
