/// Street addresses, PO boxes and ZIP codes after their state: "123 Main St, Springfield IL 62704", "45 Oak Avenue Apt
/// 3", "PO Box 1234", "Austin, TX 78701".
///
/// - A street: a house number of 1 to 6 digits standing alone (maybe one letter glued: `221B`), one to four words of
///   the street's name (letters, or an ordinal such as `5th`; no word that carries a sentence on, `sentenceWords`, nor
///   a count, unit or disk's name, `notStreetNameWords`), then a street type (`streetTypes`: `St`, `Ave`, `Road`... in any
///   case; `commonWordStreetTypes`: `Way`, `Drive`, `Lane`... only with a capital, after name words that all have
///   one). Then maybe a direction (`NW`), a unit (`Apt 3`, `Suite 200`, `#4`) and a place (`placeEnd(from:)`), or a
///   city alone (`cityEnd(from:)`: "123 Main St Boise"), and a Canadian or UK postcode (`postcodeAfter(_:)`: "221B
///   Baker Street, London NW1 6XE"). "step 2 Drive to the office", "page 3 lane
///   change", "there's 1 other way", "error 500 in the e-services way" are kept: no name word, or not one.
/// - `PO Box 1234` (`P.O. Box`, `po box #12`, `Post Office Box 12`), then maybe a place.
/// - A ZIP code (5 digits, or 5+4 with a dash) right after a state's abbreviation or name, with up to three words of
///   its city before it (`Springfield IL 62704`, `austin, tx 78701`, `Indiana 46201`). An abbreviation that is a word
///   too (`wordLikeStateAbbreviations`: `ID`, `IN`, `OR`...) counts only after a comma: "Tax ID 12345" is kept.
///
/// Every one starts at a digit run or ends at one, so `scanNumber` reaches them through `scanNumberInContext`, only
/// where a digit run is followed by a space and a letter or digit, or preceded by `box` or a state.
extension RedactorScanner {
    /// The street address whose house number is the digit run `start..<start+length`, or nil.
    func streetAddress(at start: Int, length: Int) -> Hit? {
        var position = start + length
        if isLetter(byte(position)), !isLetter(byte(position + 1)) { position += 1 }
        // A house number stands alone: not after a dash, dot or slash ("W-2 Main St" is a form).
        let previous = byte(start - 1)
        guard isSpace(byte(position)), isLetterOrDigit(byte(position + 1)), !isWordByte(previous), previous != ASCII.dash,
              previous != ASCII.period, previous != ASCII.slash, previous != ASCII.dollar else {
            return nil
        }
        var names = 0
        var capitalized = true
        while names <= 4 {
            position = skipSpaces(position, limit: 2)
            let word = nameWordEnd(at: position)
            guard word > position else { return nil }
            if names > 0, let typeEnd = streetTypeEnd(position..<word, afterCapitalizedNames: capitalized) {
                return Hit(kind: .address, start: start, end: streetSuffixEnd(from: typeEnd))
            }
            guard isStreetName(position..<word) else { return nil }
            capitalized = capitalized && !(bytes[position] &- 0x61 < 26)
            names += 1
            // A short name may carry a dot as an initial or abbreviation does (`N. Main St`, `Mt. Vernon Rd`).
            let dotted = byte(word) == ASCII.period && word - position <= 3
            position = dotted ? word + 1 : word
            guard isSpace(byte(position)) else { return nil }
        }
        return nil
    }

    /// End of the word at `index`: letters, digits, apostrophes and inner dashes (`O'Neil`, `Martin-Luther`, `A-2`).
    func nameWordEnd(at index: Int) -> Int {
        var end = index
        while end - index < 24, isLetterOrDigit(byte(end))
                || ((byte(end) == 0x27 || byte(end) == ASCII.dash) && isLetterOrDigit(byte(end + 1))) {
            end += 1
        }
        return end
    }

    /// Whether `word` can be part of a street's name: letters (not a word that carries a sentence on, nor one of
    /// `notStreetNameWords`, nor in lowercase a street type that is a common word: "the 2 lane road"), or an ordinal (`5th`,
    /// `42nd`).
    func isStreetName(_ word: Range<Int>) -> Bool {
        if isDigit(bytes[word.lowerBound]) {
            let digits = digitRun(at: word.lowerBound)
            guard word.count == digits + 2 else { return false }
            let suffix = (lower(bytes[word.lowerBound + digits]), lower(bytes[word.lowerBound + digits + 1]))
            return suffix == (ASCII.lowerS, ASCII.lowerT) || suffix == (ASCII.lowerN, ASCII.lowerD)
                || suffix == (ASCII.lowerR, ASCII.lowerD) || suffix == (ASCII.lowerT, ASCII.lowerH)
        }
        guard !bytes[word].contains(where: isDigit), !isWord(word, in: words.sentenceWords),
              !isWord(word, in: words.notStreetNameWords) else { return false }
        return bytes[word.lowerBound] &- 0x41 < 26 || !isWord(word, in: words.commonWordStreetTypes)
    }

    /// End of a street type at `word` (with its dot), or nil; a common word (`Way`) only capitalized, after
    /// capitalized names.
    private func streetTypeEnd(_ word: Range<Int>, afterCapitalizedNames capitalized: Bool) -> Int? {
        guard !isLetterOrDigit(byte(word.upperBound)) else { return nil }
        if isWord(word, in: words.streetTypes)
            || (capitalized && bytes[word.lowerBound] &- 0x41 < 26 && isWord(word, in: words.commonWordStreetTypes)) {
            return byte(word.upperBound) == ASCII.period ? word.upperBound + 1 : word.upperBound
        }
        return nil
    }

    /// End of what may follow a street type: a direction (`NW`), a unit (`Apt 3B`, `Suite 200`, `#4`), a place, or a
    /// city alone (`cityEnd(from:)`).
    private func streetSuffixEnd(from typeEnd: Int) -> Int {
        var end = typeEnd
        // "123 Main St NW": a direction in capitals.
        let direction = skipSpaces(end, limit: 1)
        if direction > end, case let word = nameWordEnd(at: direction), (1...2).contains(word - direction),
           bytes[direction..<word].allSatisfy({ [0x4E, 0x53, 0x45, 0x57].contains($0) }) {
            end = byte(word) == ASCII.period ? word + 1 : word
        }
        if let unit = unitEnd(from: end) { end = unit }
        let place = placeEnd(from: end) ?? cityEnd(from: end) ?? end
        // "221B Baker Street, London NW1 6XE": a Canadian or UK postcode after it.
        return postcodeAfter(place) ?? place
    }

    /// End of a unit after `index` (`, Apt 3`, ` Suite 200`, ` #4`, ` Unit B`), or nil.
    private func unitEnd(from index: Int) -> Int? {
        var position = index
        if byte(position) == ASCII.comma { position += 1 }
        position = skipSpaces(position, limit: 2)
        guard position > index else { return nil }
        if byte(position) == ASCII.hash {
            position += 1
        } else {
            let word = nameWordEnd(at: position)
            guard word > position, isWord(position..<word, in: words.unitWords) else { return nil }
            position = word
            if byte(position) == ASCII.period { position += 1 }
            position = skipSpaces(position, limit: 1)
            if byte(position) == ASCII.hash { position += 1 }
        }
        position = skipSpaces(position, limit: 1)
        let id = nameWordEnd(at: position)
        guard id > position, id - position <= 6, !isLetterOrDigit(byte(id)),
              bytes[position..<id].contains(where: isDigit) || id - position == 1 else { return nil }
        return id
    }

    /// The PO box whose number is the digit run at `start`: `PO Box 1234`, `P.O. Box #12`, `Post Office Box 7`, and
    /// a place after it.
    func poBox(at start: Int, length: Int) -> Hit? {
        var box = start
        if byte(box - 1) == ASCII.hash { box -= 1 }
        while isSpace(byte(box - 1)) { box -= 1 }
        guard box >= 3, lower(byte(box - 1)) == 0x78, hasWord("box", at: box - 3), startsToken(box - 3),
              endsToken(start + length) else { return nil }
        // "po", "p.o.", "p. o.", "p o", "post office" before `box`, read back word by word past dots and spaces.
        var position = box - 3
        var read = ""
        while read != "po" && read != "postoffice" {
            guard read.isEmpty || read == "o" || read == "office" else { return nil }
            while position > 0, isSpace(bytes[position - 1]) || bytes[position - 1] == ASCII.period { position -= 1 }
            var wordStart = position
            while wordStart > 0, position - wordStart <= 6, isLetter(bytes[wordStart - 1]) { wordStart -= 1 }
            guard wordStart < position, !isLetter(byte(wordStart - 1)) else { return nil }
            read = String(decoding: bytes[wordStart..<position].map(lower), as: UTF8.self) + read
            position = wordStart
        }
        let end = start + length
        return Hit(kind: .address, start: position, end: placeEnd(from: end) ?? end)
    }
}
