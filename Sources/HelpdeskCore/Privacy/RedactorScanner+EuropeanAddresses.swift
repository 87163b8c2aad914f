import Foundation

/// Street addresses written as in Germany or France, found by their postcode and city: "Hauptstraße 12, 10115 Berlin"
/// and "12 rue de Rivoli, 75001 Paris" become "[ADDRESS]".
///
/// Five digits after `, ` and before a capitalized city are a postcode only after a street: a word ending in one of
/// `suffix_street_types` and a house number (`Hauptstraße 12`, `Karl-Marx-Str. 5a`; `ß` read as `ss`), or a house
/// number, one of `prefix_street_types` and up to five words (`12 rue de Rivoli`, `3 avenue des Champs-Élysées`).
/// Without that street, five digits and a city are kept ("error, 10115 Berlin office").
///
/// A suffix street's word is no English word (the lexicon's `dictionary`) and holds three letters or more before its
/// type, so "During 2024", "Spring 2025" and "Offering 3" are no streets though they end in `ring`.
extension RedactorScanner {
    /// The address whose postcode is the five-digit run at `postcode`, or nil.
    func europeanAddress(postcodeAt postcode: Int) -> Hit? {
        guard byte(postcode - 1) == ASCII.space, byte(postcode - 2) == ASCII.comma, byte(postcode + 5) == ASCII.space,
              capitalWidth(at: postcode + 6) > 0, case let city = letterRun(after: postcode + 6), city.lowercase,
              !isWordByte(byte(city.end)),
              let start = suffixStreetStart(endingAt: postcode - 2) ?? prefixStreetStart(endingAt: postcode - 2, named: false)
        else { return nil }
        return Hit(kind: .address, start: start, end: city.end)
    }

    /// Start of "Hauptstraße 12" ending at `end`: a capitalized word, no English one, ending in a suffix street type
    /// after three letters or more, one space, a house number.
    func suffixStreetStart(endingAt end: Int) -> Int? {
        guard !words.suffixStreetTypes.isEmpty else { return nil }
        var number = end
        if isLetter(byte(number - 1)), isDigit(byte(number - 2)) { number -= 1 }
        let digitsEnd = number
        while isDigit(byte(number - 1)), digitsEnd - number < 4 { number -= 1 }
        guard number < digitsEnd, byte(number - 1) == ASCII.space else { return nil }
        var wordEnd = number - 1
        if byte(wordEnd - 1) == ASCII.period { wordEnd -= 1 }
        var start = wordEnd
        while start > 0, wordEnd - start < 40, isLetter(byte(start - 1)) || byte(start - 1) >= 0x80 || byte(start - 1) == ASCII.dash {
            start -= 1
        }
        guard start < wordEnd, capitalWidth(at: start) > 0, !isWordByte(byte(start - 1)), !isEnglishWord(start..<wordEnd)
        else { return nil }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<wordEnd]), as: UTF8.self).lowercased()
            .replacingOccurrences(of: "ß", with: "ss")
        return words.suffixStreetTypes.contains(where: {
            word.hasSuffix($0) && word.dropLast($0.count).filter(\.isLetter).count >= 3
        }) ? start : nil
    }

    /// Start of "12 rue de Rivoli" ending at `end`: a house number, a prefix street type and up to five words; when
    /// `named` (no postcode follows), one of the words after the type is capitalized and no English word ("14 Rue des
    /// Lilas"; "Step 2 route options" and "2 place Orders" are no streets).
    func prefixStreetStart(endingAt end: Int, named: Bool) -> Int? {
        guard !words.prefixStreetTypes.isEmpty else { return nil }
        var wordEnd = end
        var hasName = !named
        for _ in 0..<6 {
            var start = wordEnd
            while start > 0, wordEnd - start < 30, isLetter(byte(start - 1)) || byte(start - 1) >= 0x80
                    || byte(start - 1) == ASCII.dash || byte(start - 1) == 0x27 { start -= 1 }
            guard start < wordEnd, byte(start - 1) == ASCII.space else { return nil }
            if wordEnd - start <= 12, words.prefixStreetTypes.contains(listForm(start..<wordEnd)) {
                var number = start - 1
                let digitsEnd = number
                while isDigit(byte(number - 1)), digitsEnd - number < 4 { number -= 1 }
                return number < digitsEnd && !isWordByte(byte(number - 1)) && hasName ? number : nil
            }
            hasName = hasName || capitalWidth(at: start) > 0 && !isEnglishWord(start..<wordEnd)
            wordEnd = start - 1
        }
        return nil
    }

    /// Whether the word at `range` is English (the lexicon's `dictionary`); without a dictionary, none is.
    private func isEnglishWord(_ range: Range<Int>) -> Bool {
        contexts.lists?.dictionary?.contains(listForm(range)) == true
    }
}
