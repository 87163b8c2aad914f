/// Names known by their given name, wherever they stand (`NameContexts.Lists.givenNames`): "Bob says the code never
/// came", "Marcy never had ID.me", "can you reset Dana's password", "Priya Nair can't get in" become "[NAME] says...",
/// "can you reset [NAME] password", "[NAME] can't get in".
///
/// A given name is a capitalized word (a capital, then letters with a lowercase one: `Marcy`, `DeShawn`, `Mary-Jane`),
/// maybe with `'s` after it, not glued to a word, `@`, `.` or `/` before it nor to a digit, `@` or a dotted name after
/// it (`Dana2024`, `Dana.com`); an underscore parts words as a space does (`Lopez_Maria_2024.pdf`), and a surname
/// joined by one before the name is redacted with it (`Smith_John_2024.csv` becomes `[NAME]_2024.csv`). The surname
/// right after it, one space on, maybe after a middle initial (`Linda J. Cho`), is redacted with it: a capitalized word
/// that is no common word (`isCommonWord`) nor one of the knowledge base's (`NameContexts.Lists.isKnown`), or an
/// initial alone (`Priya S`, `Dana K.`). A name alone before `&` or a capitalized word of the knowledge base's is a
/// firm's and is kept ("Carter & Lowe CPAs", "Lee Tax Services"), and a name that needs its surname is no name before a
/// state's ("our Austin Texas office"). A name that is also an ordinary word (`common_word_names`: "Will", "May",
/// "Mark"), a common word, or one of the knowledge base's words is a name only with such a surname: "May I reset it?",
/// "Will this work?" and "Mark it as done" are kept, "Mark Lee called" is not. Words in lowercase are never names here,
/// nor words in capitals but in a text without a lowercase letter, where a name of three letters or more in capitals
/// counts ("BOB SAYS IT FAILED"), and its surname only when it is no English word either (the lexicon's `dictionary`);
/// in mixed-case text a listed given name in capitals counts too, with its surname in capitals ("TAMSIN WELLS called":
/// `shoutedName`). A name before a place word (`place_words`: "our Eugene office") or whose `'s` owns a vendor's thing
/// (`vendor_things`: "Drake's support") is kept; a surname after a title typed without its dot counts ("Ms Chen").
/// A name may hold letters beyond ASCII (`capitalWidth(at:)`, `letterRun(after:)`), and is looked up without its
/// accents (`listForm(_:)`): "José Álvarez cant sign in" becomes "[NAME] cant sign in". A name that needs its surname
/// keeps it when that surname reads as a verb before its object (`surnameReadsAsAVerb(from:to:_:)`: "Will Grant
/// access"). Any capitalized word with `'s` before a thing a person owns (`possessed_words`) is a name, listed or not,
/// unless a common word or one of the knowledge base's: "Tamsin's account is locked", "reset Will's password"
/// (`possessiveName(_:_:_:)`).
extension RedactorScanner {
    /// The names the given-name list finds, in order.
    func givenNames() -> [Hit] {
        guard let contexts = contexts.lists, let names = contexts.givenNames else { return [] }
        let capitals = !bytes.contains { $0 &- 0x61 < 26 }
        var hits: [Hit] = []
        var index = 0
        let count = bytes.count
        while index < count {
            guard bytes[index] &- 0x41 < 26 || bytes[index] >= 0xC2 && capitalWidth(at: index) > 0, !gluedBefore(index) else {
                index += 1
                continue
            }
            guard let word = nameWord(at: index, capitals: capitals) else {
                // "TAMSIN WELLS called": a name in capitals in a text that has lowercase letters.
                if !capitals, let hit = shoutedName(at: index, names, contexts) {
                    hits.append(hit)
                    index = hit.end
                } else {
                    index += 1
                }
                continue
            }
            if var hit = givenName(word, names, contexts, capitals: capitals)
                ?? (capitals ? nil : possessiveName(word, names, contexts) ?? surnameAfterTitle(word.start..<word.end, contexts)) {
                hit.start = fileNameSurnameStart(before: hit.start, contexts, capitals: capitals) ?? hit.start
                hits.append(hit)
                index = hit.end
            } else {
                index = word.end
            }
        }
        return hits
    }

    /// A capitalized word read as a name: where it ends, where its letters end (before `'s`), and whether it is glued
    /// to something after it.
    private struct NameWord {
        let start: Int
        let letters: Int
        let end: Int
        let glued: Bool
    }

    /// The name at `word` with its surname, or nil when it is no given name or needs a surname it lacks.
    private func givenName(_ word: NameWord, _ names: GivenNames, _ contexts: NameContexts.Lists, capitals: Bool) -> Hit? {
        guard !word.glued, word.letters - word.start <= 14, let kind = givenNameKind(word, names),
              !ownsAVendorsThing(word.start..<word.end), !namesAPlace(word) else { return nil }
        let range = word.start..<word.letters
        let alone = kind == .name && !isCommonOrKnownWord(range)
        let possessive = word.end > word.letters
        let surname = possessive ? nil : surnameEnd(after: word.end, initialAlone: alone, contexts, capitals: capitals)
        // "our Austin Texas office": a place's name before a state's is no given name and surname.
        guard alone || surname.map({ !isStateName(word.end + 1..<$0) }) ?? false,
              surname != nil || possessive || !namesAFirm(after: word.end, contexts, capitals: capitals),
              alone || !surnameReadsAsAVerb(from: word.end + 1, to: surname, contexts) else { return nil }
        return Hit(kind: .name, start: word.start, end: surname ?? word.end)
    }

    /// The capitalized word with `'s` at `word` when a thing a person owns follows it, one space on
    /// (`GivenNames.isPossessed(_:)`: "Tamsin's account is locked", "reset Will's password"), and it is no common word
    /// but a given name, nor one of the knowledge base's ("Google's account" is kept); or nil.
    private func possessiveName(_ word: NameWord, _ names: GivenNames, _ contexts: NameContexts.Lists) -> Hit? {
        guard word.end > word.letters, byte(word.end) == ASCII.space, !word.glued, word.letters - word.start <= 14,
              !ownsAVendorsThing(word.start..<word.end) else { return nil }
        let start = word.end + 1
        var end = start
        while isLetter(byte(end)) || byte(end) == ASCII.period && isLetter(byte(end + 1)) { end += 1 }
        guard end > start, !isLetterOrDigit(byte(end)), names.isPossessed(lowercased(start..<end)) else { return nil }
        let range = word.start..<word.letters
        // "EU's ID.me account": an abbreviation in capitals (end user) is no name; its `'s` is no lowercase letter of it.
        guard range.contains(where: { bytes[$0] &- 0x61 < 26 }) else { return nil }
        let listed = names.kind(of: listForm(range)) != nil
        guard listed || !isCommonOrKnownWord(range) else { return nil }
        return Hit(kind: .name, start: word.start, end: word.end)
    }

    /// A listed given name in capitals (three letters or more, no ordinary word: `common_word_names`) in a text with
    /// lowercase letters, with a surname in capitals one space on that is neither a common word nor one that carries a
    /// sentence on ("TAMSIN WELLS called" → "[NAME] called"); a name of four letters or more that is no common word nor
    /// one of the knowledge base's counts alone ("TAMSIN called"), and only after one a surname may be a word of the
    /// knowledge base's ("WELLS"). Nil otherwise ("CALL IRS today", "MARK AS done").
    private func shoutedName(at index: Int, _ names: GivenNames, _ contexts: NameContexts.Lists) -> Hit? {
        var end = index
        while byte(end) &- 0x41 < 26 { end += 1 }
        let first = index..<end
        guard first.count >= 3, first.count <= 14, !isWordByte(byte(end)), names.kind(of: lowercased(first)) == .name else { return nil }
        let alone = first.count >= 4 && !isCommonOrKnownWord(first)
        var surnameEnd = end + 1
        while byte(surnameEnd) &- 0x41 < 26 { surnameEnd += 1 }
        let surname = end + 1..<surnameEnd
        if byte(end) == ASCII.space, surname.count >= 2, surname.count <= 20, !isWordByte(byte(surnameEnd)), !isCommonWord(surname),
           !words.sentenceWords.contains(lowercased(surname)), alone || !contexts.isKnown(lowercased(surname)) {
            return Hit(kind: .name, start: index, end: surnameEnd)
        }
        return alone ? Hit(kind: .name, start: index, end: end) : nil
    }

    /// Whether one of `place_words` follows the word, one space on ("our Eugene office", "the St. Louis branch"): a
    /// place's name, no person's.
    private func namesAPlace(_ word: NameWord) -> Bool {
        guard word.end == word.letters, byte(word.end) == ASCII.space, !words.placeWords.isEmpty else { return false }
        var end = word.end + 1
        while isLetter(byte(end)) { end += 1 }
        return end - word.end <= 12 && !isWordByte(byte(end)) && words.placeWords.contains(lowercased(word.end + 1..<end))
    }

    /// Whether the word or name at `range` ends in `'s` before one of `vendor_things`, one space on ("ask Drake's
    /// support", "Lacerte's servers"): a company's, no person's. Read by the given names and by the names after a
    /// role label (`names(after:endings:notNames:abbreviations:)`).
    func ownsAVendorsThing(_ range: Range<Int>) -> Bool {
        range.count > 2 && byte(range.upperBound - 2) == 0x27 && lower(byte(range.upperBound - 1)) == ASCII.lowerS
            && isVendorsThing(after: range.upperBound)
    }

    /// Whether one of `vendor_things` follows `end`, one space on ("Drake's support" after "Drake's").
    private func isVendorsThing(after end: Int) -> Bool {
        guard byte(end) == ASCII.space, !words.vendorThings.isEmpty else { return false }
        var next = end + 1
        while isLetter(byte(next)) { next += 1 }
        return next - end <= 16 && !isWordByte(byte(next)) && words.vendorThings.contains(lowercased(end + 1..<next))
    }

    /// Whether the surname from `start` to `end` is an English word (the lexicon's `dictionary`) that a word of the
    /// knowledge base's, no common word, follows, so that it reads as a verb and its object: "Will Grant access to
    /// e-Services" keeps "Will Grant", "Will Grant can't sign in" does not.
    private func surnameReadsAsAVerb(from start: Int, to end: Int?, _ contexts: NameContexts.Lists) -> Bool {
        guard let end, byte(end) == ASCII.space, let dictionary = contexts.dictionary,
              dictionary.contains(listForm(start..<end)) else { return false }
        var next = end + 1
        while isLetter(byte(next)) { next += 1 }
        let object = end + 1..<next
        guard !object.isEmpty, !isWordByte(byte(next)), byte(next) != 0x27 else { return false }
        return !isCommonWord(object) && contexts.isKnown(lowercased(object))
    }

    /// Whether the word at `range` is the name of a US state (`stateNames`): "Texas".
    private func isStateName(_ range: Range<Int>) -> Bool {
        range.count <= 14 && words.stateNames.contains(lowercased(range))
    }

    /// Whether `&` or a capitalized word of the knowledge base's follows the name ending at `end`, one space on, so
    /// that the name is a firm's: "Carter & Lowe CPAs", "Lee Tax Services".
    private func namesAFirm(after end: Int, _ contexts: NameContexts.Lists, capitals: Bool) -> Bool {
        guard byte(end) == ASCII.space else { return false }
        if byte(end + 1) == UInt8(ascii: "&") { return true }
        guard byte(end + 1) &- 0x41 < 26, let word = nameWord(at: end + 1, capitals: capitals) else { return false }
        return contexts.isKnown(lowercased(word.start..<word.letters))
    }

    /// How the word's letters, or those before its first `-` (`Mary-Jane`), are a given name.
    private func givenNameKind(_ word: NameWord, _ names: GivenNames) -> GivenNames.Kind? {
        if let kind = names.kind(of: listForm(word.start..<word.letters)) { return kind }
        guard let dash = (word.start..<word.letters).first(where: { bytes[$0] == ASCII.dash }) else { return nil }
        return names.kind(of: listForm(word.start..<dash))
    }

    /// End of a surname one space after `end`, maybe after a middle initial (`J. `), with its `'s`; or nil. With
    /// `initialAlone`, an initial alone is one too (`Priya S`, `Dana K.`), unless it is `I` or `A`.
    private func surnameEnd(after end: Int, initialAlone: Bool, _ contexts: NameContexts.Lists, capitals: Bool) -> Int? {
        // An underscore joins the words of a file name as a space does: "Maria_Lopez.pdf".
        guard byte(end) == ASCII.space || byte(end) == ASCII.underscore else { return nil }
        let start = end + 1
        let initial = byte(start)
        // A letter beyond ASCII after the capital makes it a word, no initial ("Hans Müller").
        if initial &- 0x41 < 26, !isWordByte(byte(start + 1)), byte(start + 1) != 0x27, !startsLetter(start + 1) {
            let dotted = byte(start + 1) == ASCII.period
            if dotted, byte(start + 2) == ASCII.space, byte(start + 3) &- 0x41 < 26, let after = surnameWordEnd(at: start + 3, contexts, capitals: capitals) {
                return after
            }
            let word = initial != UInt8(ascii: "I") && initial != UInt8(ascii: "A")
            return initialAlone && word && !(dotted && isLetter(byte(start + 2))) ? start + (dotted ? 2 : 1) : nil
        }
        return surnameWordEnd(at: start, contexts, capitals: capitals)
    }

    /// End of a surname at `start`: a capitalized word, no common word nor one of the knowledge base's, and in
    /// `capitals` no English word; or nil.
    func surnameWordEnd(at start: Int, _ contexts: NameContexts.Lists, capitals: Bool) -> Int? {
        guard capitalWidth(at: start) > 0, let word = nameWord(at: start, capitals: capitals), !word.glued else { return nil }
        let range = word.start..<word.letters
        let lowercase = lowercased(range)
        guard !isCommonWord(range), !contexts.isKnown(lowercase),
              !capitals || contexts.dictionary?.contains(lowercase) != true else { return nil }
        return word.end
    }

    /// Start of a surname joined by `_` right before the given name at `start`, as a file name writes it
    /// (`Smith_John_2024.csv`: "Smith" was kept), on the terms of a surname after it (`surnameWordEnd(at:_:capitals:)`);
    /// or nil.
    private func fileNameSurnameStart(before start: Int, _ contexts: NameContexts.Lists, capitals: Bool) -> Int? {
        guard byte(start - 1) == ASCII.underscore else { return nil }
        var wordStart = start - 1
        while wordStart > 0, start - wordStart < 24, isLetter(bytes[wordStart - 1]) { wordStart -= 1 }
        guard wordStart < start - 1, !gluedBefore(wordStart),
              surnameWordEnd(at: wordStart, contexts, capitals: capitals) == start - 1 else { return nil }
        return wordStart
    }

    /// Whether the byte before `index` joins a word there to what comes before: a letter (beyond ASCII too), digit,
    /// `@`, `/`, `'`, or a `.` after a letter (`id.Dana`). An underscore parts words as a space does (`Lopez_Maria`).
    private func gluedBefore(_ index: Int) -> Bool {
        let before = byte(index - 1)
        return isLetterOrDigit(before) || before == ASCII.at || before == UInt8(ascii: "/") || before == 0x27
            || before == ASCII.period && isLetter(byte(index - 2)) || before >= 0x80 && nonASCIILetterWidth(endingAt: index) > 0
    }

    /// The capitalized word at `index` (a capital, then letters with a lowercase one, maybe an inner `'` or `-`; with
    /// `capitals`, three capitals or more), or nil.
    private func nameWord(at index: Int, capitals: Bool) -> NameWord? {
        let (end, lowercase) = letterRun(after: index)
        guard lowercase || capitals && end - index >= 3 else { return nil }
        // "Walt's": the name is the letters before `'s`.
        var letters = end
        if end - index > 3, byte(end - 2) == 0x27, lower(byte(end - 1)) == ASCII.lowerS { letters = end - 2 }
        let next = byte(end)
        let glued = isLetterOrDigit(next) || next == ASCII.at || next == ASCII.period && isLetter(byte(end + 1))
        return NameWord(start: index, letters: letters, end: end, glued: glued)
    }
}
