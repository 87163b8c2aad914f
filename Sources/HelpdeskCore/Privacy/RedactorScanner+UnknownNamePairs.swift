/// A name said with no label and no listed given name: two or three capitalized words that open a sentence before a
/// word in lowercase, or that follow one of `name_lead_ins` ("Ticket from Kateryna Shevchenko: cant verify
/// identity", "spoke with Oksana Petrenko"), none a common word (`isCommonWord`), a title ("Mrs Okafor called": the
/// title labels the name), one of the knowledge base's (`NameContexts.Lists.isKnown`) or an English word (the
/// lexicon's `dictionary`), except the first when it is a listed given name or one of `leading_surnames` (a family
/// name written first: "Tran Nguyen is locked out"). "Giselle Durand can't get her code" and "Xiomara
/// Quintanilla-Oyelaran is locked out" become "[NAME] can't get her code", "[NAME] is locked out" (a hyphen joins two
/// capitalized words into one). Products and places are English or the knowledge base's words ("Trusted Referee",
/// "Microsoft Authenticator", "Google Voice", "Tax Pro Account", "New York"), and a word alone or mid-sentence without
/// a lead-in is left to the other rules. In lowercase, a listed given name and a word after it that is neither common
/// nor the knowledge base's, opening a sentence before another word: "john smith forgot password" becomes "[NAME]
/// forgot password" ("will", "grace" and "mark" are names only before a capitalized surname: kept).
extension RedactorScanner {
    /// The names of unknown words at sentence starts and after lead-ins, in order; none without the dictionary.
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
            let leadIn = !opens && current &- 0x41 < 26 && followsNameLeadIn(index)
            if opens || leadIn, let end = current &- 0x61 < 26 ? lowercaseNameEnd(from: index, contexts)
                : unknownNameEnd(from: index, afterLeadIn: leadIn, contexts, dictionary) {
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

    /// Whether one of `name_lead_ins` ends one space before `index`, a word of its own (any case).
    private func followsNameLeadIn(_ index: Int) -> Bool {
        guard byte(index - 1) == ASCII.space else { return false }
        return words.nameLeadIns.contains { phrase in
            let start = index - 1 - phrase.count
            guard start >= 0, start == 0 || !isWordByte(bytes[start - 1]) else { return false }
            return phrase.indices.allSatisfy { lower(bytes[start + $0]) == phrase[$0] }
        }
    }

    /// End of a lowercase given name of `contexts.givenNames` and the word after it from `index`, neither common nor
    /// known, followed by a space and a letter; or nil.
    private func lowercaseNameEnd(from index: Int, _ contexts: NameContexts.Lists) -> Int? {
        var first = index
        while first - index < 14, byte(first) &- 0x61 < 26 { first += 1 }
        guard first - index >= 3, byte(first) == ASCII.space, byte(first + 1) &- 0x61 < 26 else { return nil }
        var second = first + 1
        while second - first < 15, byte(second) &- 0x61 < 26 { second += 1 }
        guard second - first > 2, byte(second) == ASCII.space, isLetter(byte(second + 1)),
              let names = contexts.givenNames, names.kind(of: lowercased(index..<first)) == .name else { return nil }
        for word in [index..<first, first + 1..<second] {
            guard !isCommonWord(word), !contexts.isKnown(lowercased(word)) else { return nil }
        }
        return second
    }

    /// End of two or three capitalized words from `index`, none common, known or a title, one space apart, and none
    /// English but a first that is a listed given name or leading surname; followed by a space and a lowercase letter
    /// at a sentence's start, by no letter `afterLeadIn`; or nil. The dictionary is read last: its first look-up loads it.
    private func unknownNameEnd(from index: Int, afterLeadIn: Bool, _ contexts: NameContexts.Lists,
                                _ dictionary: WordList) -> Int? {
        var words: [Range<Int>] = []
        var position = index
        while words.count < 3, let wordEnd = hyphenatedCapitalizedWordEnd(from: position) {
            let lowercase = lowercased(position..<wordEnd)
            guard wordEnd - position <= 30, !isCommonWord(position..<wordEnd), !contexts.isKnown(lowercase),
                  !contexts.titles.contains(lowercase) else { break }
            words.append(position..<wordEnd)
            guard byte(wordEnd) == ASCII.space else { break }
            position = wordEnd + 1
        }
        guard words.count >= 2 else { return nil }
        var named = 0
        for (offset, word) in words.enumerated() {
            let listed = listForm(word)
            let english = dictionary.contains(listed) && !(offset == 0 && leadsAName(listed, contexts))
            if english { break }
            named += 1
        }
        guard named >= 2, case let end = words[named - 1].upperBound,
              afterLeadIn ? !isLetter(byte(end)) : byte(end) == ASCII.space && byte(end + 1) &- 0x61 < 26 else { return nil }
        return end
    }

    /// Whether `word` (lowercase) is a listed given name or one of `leading_surnames`: a name's first word though English.
    private func leadsAName(_ word: String, _ contexts: NameContexts.Lists) -> Bool {
        self.words.leadingSurnames.contains(word) || contexts.givenNames?.kind(of: word) == .name
    }

    /// End of a capitalized word from `index`, with another joined by a hyphen ("Quintanilla-Oyelaran"), or nil.
    private func hyphenatedCapitalizedWordEnd(from index: Int) -> Int? {
        guard let end = capitalizedWordEnd(from: index) else { return nil }
        guard byte(end) == ASCII.dash, let joined = capitalizedWordEnd(from: end + 1) else { return end }
        return joined
    }
}
