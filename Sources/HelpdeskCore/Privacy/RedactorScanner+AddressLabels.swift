/// A postal address after its label: "my address is 45 Oak", "mailing address: 9 Elm Rd., Austin, TX 78701",
/// "Address:\n12 Calle Sol 5", and so a CSV column or JSON key named `address`, `home_address`, `mailingAddress`,
/// `street`, `addr` or `address_line1` (`Redactor.redact(_:labelledBy:)` reads the name as the words before the value).
///
/// The label is `address` (`addresses`, and then maybe `line` and a number: `address line 1`, `address1`), or `addr`
/// and `street` before `:` or `=` only; not after a word that makes it another kind of address (`email`, `ip`, `web`,
/// `mac`...: `otherAddressWords`). The link is `:` or `=` (the value maybe on the next line), or `is` or `was` (then
/// maybe `now`). After `is` or `was` the value starts with a house number and a word of a street's name
/// (`isStreetName`) or a PO box ("my address is wrong", "... is on file", "... is 2 lines long" are kept); after `:`
/// it starts with no word that carries a sentence on or says how the address is (`isCommonWord`: "address: unknown",
/// "Address: how do I change it" are kept). The value runs to the end of the line or sentence (a dot after a word of
/// up to four letters, `St.`, `Apt.`, `N.`, does not end it), or up to a word that carries the sentence on
/// (`sentenceWords`: "and", "but", "it", "in", "the"...) or a common word in lowercase (`isCommonWord`: "update",
/// "locked"), `;`, or a word with `@`; a ZIP code ends it, with a city after it that ends the line or sentence ("12
/// Rue de Rivoli, 75001 Paris"), and so does a Canadian or UK postcode (`postcodeAfter(_:)`: "Ottawa ON K1A 0B1");
/// 16 words at most; and at least as far as a street or PO
/// box read from its start (`streetAddress(at:length:)`). It needs no digit, so `valuesWithoutDigits()` reads it in
/// every text.
extension RedactorScanner {
    /// The address after a label that starts at `index` (a token's start), or nil.
    func addressValue(at index: Int) -> Hit? {
        // `ad…` or `st…`: most words are passed over on two bytes.
        let pair = (bytes[index] | 0x20, byte(index + 1) | 0x20)
        guard pair == (ASCII.lowerA, ASCII.lowerD) || pair == (ASCII.lowerS, ASCII.lowerT),
              let (labelEnd, colonOnly) = addressLabelEnd(at: index), !followsOtherAddressWord(index) else { return nil }
        var position = skipSpaces(labelEnd, limit: 3)
        let colon = byte(position) == ASCII.colon || byte(position) == ASCII.equals
        if colon {
            while byte(position) == ASCII.colon || byte(position) == ASCII.equals { position += 1 }
            position = skipSpaces(position, limit: 3)
            // "Address:" at the end of a line, the address on the next.
            for _ in 0..<2 where byte(position) == 0x0D || byte(position) == 0x0A { position += 1 }
            position = skipSpaces(position, limit: 3)
        } else {
            guard !colonOnly, let link = ["is", "was"].first(where: { hasWord($0, at: position) }),
                  isSpace(byte(position + link.utf8.count)) else { return nil }
            position = skipSpaces(position + link.utf8.count, limit: 3)
            if hasWord("now", at: position), isSpace(byte(position + 3)) { position = skipSpaces(position + 3, limit: 3) }
            guard opensHouseNumber(at: position) || opensPOBox(at: position) else { return nil }
        }
        guard position < bytes.count, isLetterOrDigit(bytes[position]) || bytes[position] == ASCII.hash else { return nil }
        if isLetter(bytes[position]) {
            let first = nameWordEnd(at: position)
            guard !isWord(position..<first, in: words.sentenceWords), !isCommonWord(position..<first) else { return nil }
        }
        // A street or PO box read as one may run past where the words stop ("45 Oak Ave, Springfield IL 62704").
        let digits = isDigit(bytes[position]) ? position : firstDigit(after: position)
        let structured = digits.flatMap { digits in
            streetAddress(at: digits, length: digitRun(at: digits)) ?? poBox(at: digits, length: digitRun(at: digits))
        }
        let end = max(addressValueEnd(from: position), structured?.end ?? position)
        return end > position ? Hit(kind: .address, start: position, end: end) : nil
    }

    /// End of `address` (`address line 1`, `address1`), `addr` or `street` at `index`, and whether only `:` or `=`
    /// may link it to its value; nil for none.
    private func addressLabelEnd(at index: Int) -> (Int, Bool)? {
        var end: Int
        var colonOnly = false
        if lower(bytes[index]) == ASCII.lowerS {
            guard hasWord("street", at: index) else { return nil }
            end = index + 6
            colonOnly = true
        } else if hasWord("address", at: index) {
            end = index + 7
            if hasWord("es", at: end) { end += 2 }
        } else if hasWord("addr", at: index) {
            end = index + 4
            colonOnly = true
        } else {
            return nil
        }
        // "address line 1", "address1", "address line1".
        if isSpace(byte(end)), hasWord("line", at: end + 1), !isLetter(byte(end + 5)) {
            end = skipSpaces(end + 5, limit: 1)
            colonOnly = true
        }
        if isDigit(byte(end)), digitRun(at: end) == 1 {
            end += 1
            colonOnly = true
        }
        return isLetterOrDigit(byte(end)) ? nil : (end, colonOnly)
    }

    /// Whether the word before `index` makes `address` another kind of address: "email address is", "IP address:".
    private func followsOtherAddressWord(_ index: Int) -> Bool {
        var end = index
        while isSpace(byte(end - 1)) || byte(end - 1) == ASCII.dash { end -= 1 }
        var start = end
        while start > 0, end - start < 12, isLetterOrDigit(bytes[start - 1]) || bytes[start - 1] == ASCII.dash { start -= 1 }
        guard start < end else { return false }
        let word = String(decoding: bytes[start..<end].filter { $0 != ASCII.dash }.map(lower), as: UTF8.self)
        return words.otherAddressWords.contains(word)
    }

    /// Whether a house number and a word of a street's name start at `index` (`45 Oak`, `12 calle`; not `2 lines`,
    /// `100%`).
    private func opensHouseNumber(at index: Int) -> Bool {
        let digits = digitRun(at: index)
        guard (1...6).contains(digits) else { return false }
        var position = index + digits
        if isLetter(byte(position)), !isLetter(byte(position + 1)) { position += 1 }
        guard isSpace(byte(position)) else { return false }
        position = skipSpaces(position, limit: 2)
        let word = nameWordEnd(at: position)
        return word > position && isStreetName(position..<word)
    }

    /// Whether `PO Box`, `P.O. Box` or `Post Office Box` starts at `index`.
    private func opensPOBox(at index: Int) -> Bool {
        var position = index
        while position - index < 14, isLetter(byte(position)) || byte(position) == ASCII.period || isSpace(byte(position)) {
            if hasWord("box", at: position), !isLetter(byte(position + 3)), startsToken(position) {
                let read = bytes[index..<position].filter(isLetter).map(lower)
                return read.elementsEqual("po".utf8) || read.elementsEqual("postoffice".utf8)
            }
            position += 1
        }
        return false
    }

    /// The first digit of a PO box's number after `index` (`PO Box 12`), within a few bytes; nil for none.
    private func firstDigit(after index: Int) -> Int? {
        guard opensPOBox(at: index) else { return nil }
        return (index..<min(bytes.count, index + 24)).first { isDigit(bytes[$0]) }
    }

    /// End of an address value that starts at `start`: see the type's comment.
    private func addressValueEnd(from start: Int) -> Int {
        let limit = min(bytes.count, start + 160)
        var end = start
        var position = start
        var words = 0
        while words < 16, position < limit {
            // "Ottawa ON K1A 0B1", "Manchester M1 1AE": a Canadian or UK postcode ends the address.
            if words > 0, let postcode = postcodeAfter(position) {
                end = postcode
                break
            }
            var wordEnd = position
            while wordEnd < bytes.count, !isSpaceOrBreak(bytes[wordEnd]) { wordEnd += 1 }
            var core = wordEnd
            while core > position, Self.clauseMarks.contains(bytes[core - 1]) { core -= 1 }
            guard core > position, !bytes[position..<wordEnd].contains(ASCII.at), bytes[position] != ASCII.openBracket,
                  words == 0 || !isWord(position..<core, in: self.words.sentenceWords),
                  words == 0 || bytes[position] &- 0x61 >= 26 || !isCommonWord(position..<core) else { break }
            end = core
            words += 1
            // A ZIP code ends the address, or the city after it that ends the line or sentence: "9 Elm Rd., Austin, TX
            // 78701 update address", "12 Rue de Rivoli, 75001 Paris".
            if words > 1, zipEnd(at: position) == core {
                end = cityAfterZIP(core) ?? core
                break
            }
            let marks = bytes[core..<wordEnd]
            if marks.contains(0x3B) || marks.contains(0x21) || marks.contains(0x3F) { break }
            // A dot ends the sentence unless it ends an abbreviation: `St.`, `Rd.`, `Apt.`, `N.`, `P.O.`.
            if marks.contains(ASCII.period), core - position > 4, !isWord(position..<core, in: self.words.streetTypes) { break }
            position = wordEnd
            while isSpace(byte(position)) { position += 1 }
            guard position < bytes.count, !isSpaceOrBreak(bytes[position]) else { break }
        }
        return end
    }
}
