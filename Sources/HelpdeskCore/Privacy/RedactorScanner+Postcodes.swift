/// Postal codes of Canada and the UK, in capitals, and a city after a ZIP code, where they end an address read after a
/// street (`streetAddress(at:length:)`) or an address label (`addressValue(at:)`): "221B Baker Street, London NW1 6XE",
/// "24 Sussex Drive, Ottawa ON K1A 0B1", "12 Rue de Rivoli, 75001 Paris" (the postcode or city was left after
/// `[ADDRESS]`).
extension RedactorScanner {
    /// End of a postcode after `index` (past a comma, up to two spaces and maybe a province's or county's two capitals:
    /// `ON K1A 0B1`), or nil.
    func postcodeAfter(_ index: Int) -> Int? {
        var position = index
        if byte(position) == ASCII.comma { position += 1 }
        position = skipSpaces(position, limit: 2)
        if let end = postcodeEnd(at: position) { return end }
        guard byte(position) &- 0x41 < 26, byte(position + 1) &- 0x41 < 26, isSpace(byte(position + 2)) else { return nil }
        return postcodeEnd(at: position + 3)
    }

    /// End of a Canadian (`K1A 0B1`, `K1A0B1`) or UK (`NW1 6XE`, `M1 1AE`, `SW1A 1AA`) postcode at `index`, standing
    /// alone; or nil.
    func postcodeEnd(at index: Int) -> Int? {
        guard startsToken(index), isCapital(index) else { return nil }
        // Canada: letter, digit, letter, maybe a space, digit, letter, digit.
        if isDigit(byte(index + 1)), isCapital(index + 2) {
            let inward = isSpace(byte(index + 3)) ? index + 4 : index + 3
            if isDigit(byte(inward)), isCapital(inward + 1), isDigit(byte(inward + 2)), endsToken(inward + 3) { return inward + 3 }
        }
        // UK: one or two letters, a digit, maybe a digit or letter, a space, a digit and two letters.
        var outward = index + 1
        if isCapital(outward) { outward += 1 }
        guard isDigit(byte(outward)) else { return nil }
        outward += 1
        if isDigit(byte(outward)) || isCapital(outward) { outward += 1 }
        let inward = outward + 1
        guard isSpace(byte(outward)), isDigit(byte(inward)), isCapital(inward + 1), isCapital(inward + 2),
              endsToken(inward + 3) else { return nil }
        return inward + 3
    }

    /// End of one to three capitalized words after a ZIP code ending at `index` that close the line, text or sentence
    /// (`75001 Paris`, `75001 Paris, France.`'s `Paris`); nil otherwise.
    func cityAfterZIP(_ index: Int) -> Int? {
        guard isSpace(byte(index)) else { return nil }
        var end: Int?
        var position = index + 1
        for _ in 0..<3 {
            guard let wordEnd = capitalizedWordEnd(from: position), !isCommonWord(position..<wordEnd) else { break }
            end = wordEnd
            guard byte(wordEnd) == ASCII.space else { break }
            position = wordEnd + 1
        }
        guard let end else { return nil }
        let mark = byte(end)
        return end == bytes.count || mark == 0x0A || mark == 0x0D || mark == ASCII.comma || mark == ASCII.period
            || mark == 0x3B || mark == UInt8(ascii: "!") || mark == UInt8(ascii: "?") || mark == ASCII.closeParenthesis ? end : nil
    }

    private func isCapital(_ index: Int) -> Bool {
        byte(index) &- 0x41 < 26
    }
}
