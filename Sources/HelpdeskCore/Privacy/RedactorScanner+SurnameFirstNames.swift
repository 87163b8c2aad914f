/// Names written surname first, as ticket tools and directories write them: "Reed, Tamsin cant get into e-services",
/// "Contact: Reed, Tamsin", "Reed, Tamsin J. called" become "[NAME] cant get into e-services", "Contact: [NAME]",
/// "[NAME] called".
///
/// At a line's start or after a `:`, a capitalized word, a comma and one space, and another capitalized word, maybe
/// with a middle initial after it (`J.`): neither a common word (`isCommonWord`) nor one of the knowledge base's
/// (`NameContexts.Lists.isKnown`), the first one of the given-name lists or no English word (the lexicon's
/// `dictionary`; a word of three letters or fewer counts as one), the second a given name (`GivenNames.Kind.name`) or no
/// English word, and no US state (`stateEnd(at:)`). So "Sorry, Dana", "Yes, Okafor" and "Hello, Tamsin" address
/// someone and keep their first word, and "Will, Grant access", "Austin, Texas" and (its country one of the knowledge
/// base's `not_name_capitals`) "Paris, France" are kept. After a `:` or with a middle initial, where no sentence
/// opens, an English surname counts before a listed given name too ("Contact: Smith, John", "Smith, John J.").
extension RedactorScanner {
    /// The names written surname first, in order.
    func surnameFirstNames() -> [Hit] {
        guard let contexts = contexts.lists, let dictionary = contexts.dictionary else { return [] }
        var hits: [Hit] = []
        var opensLine = true
        var afterColon = false
        var index = 0
        let count = bytes.count
        while index < count {
            let current = bytes[index]
            if current == 0x0A || current == ASCII.colon {
                opensLine = true
                afterColon = current == ASCII.colon
            } else if !(isSpace(current) || current == 0x0D || current == UInt8(ascii: ">") || current == 0x22) {
                if opensLine, capitalWidth(at: index) > 0,
                   let end = surnameFirstNameEnd(from: index, afterColon: afterColon, contexts, dictionary) {
                    hits.append(Hit(kind: .name, start: index, end: end))
                    index = end
                }
                opensLine = false
            }
            index += 1
        }
        return hits
    }

    /// End of "Surname, Given" (and a middle initial) from the capital at `index`, `afterColon` or at a line's start,
    /// or nil. An English surname ("Smith, John") counts before a given name of the list after a `:` or with a middle
    /// initial ("Contact: Smith, John", "Smith, John J."), where no sentence opens.
    private func surnameFirstNameEnd(from index: Int, afterColon: Bool, _ contexts: NameContexts.Lists,
                                     _ dictionary: WordList) -> Int? {
        guard let surname = capitalizedWordEnd(from: index), byte(surname) == ASCII.comma, byte(surname + 1) == ASCII.space,
              let given = capitalizedWordEnd(from: surname + 2) else { return nil }
        let names = contexts.givenNames
        let surnameWord = listForm(index..<surname)
        let givenWord = listForm(surname + 2..<given)
        let end = middleInitialEnd(after: given) ?? given
        let givenName = names?.kind(of: givenWord) == .name
        guard !isCommonWord(index..<surname), !isCommonWord(surname + 2..<given),
              !contexts.isKnown(surnameWord), !contexts.isKnown(givenWord),
              names?.kind(of: surnameWord) != nil || isNoEnglishWord(surnameWord, dictionary)
                || givenName && (afterColon || end > given),
              givenName || isNoEnglishWord(givenWord, dictionary),
              stateEnd(at: surname + 2)?.proper != true else { return nil }
        return end
    }

    /// End of a middle initial one space after `given` ("Reed, Tamsin J." or "Reed, Tamsin J"; "I" and "A" only with
    /// their dot), or nil.
    private func middleInitialEnd(after given: Int) -> Int? {
        let initial = byte(given + 1)
        guard byte(given) == ASCII.space, initial &- 0x41 < 26, !isWordByte(byte(given + 2)) else { return nil }
        if byte(given + 2) == ASCII.period { return given + 3 }
        return initial == UInt8(ascii: "I") || initial == UInt8(ascii: "A") || byte(given + 2) == 0x27 ? nil : given + 2
    }

    /// Whether `word` (lowercase) is no English word: four letters or more (the length from which the lexicon's
    /// `dictionary` holds every word), none of it.
    private func isNoEnglishWord(_ word: String, _ dictionary: WordList) -> Bool {
        word.count >= 4 && !dictionary.contains(word)
    }
}
