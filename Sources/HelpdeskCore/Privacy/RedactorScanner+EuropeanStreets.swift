/// Street addresses written as in Europe or Latin America, found without a postcode by their street type, house number
/// and the city after a comma: "14 Rue des Lilas, Lyon", "Hauptstraße 12, Berlin", "Keizersgracht 123, Amsterdam",
/// "Via Roma 25, Milano", "Av. Insurgentes Sur 1602, Ciudad de Mexico" become "[ADDRESS]" (with the city's first word).
///
/// The street is one of three shapes: a house number, one of `prefix_street_types` and up to five words (`14 rue de la
/// Paix`); a word ending in one of `suffix_street_types` and a house number (`Hauptstraße 12`); or a capitalized word of
/// `name_first_street_types`, maybe with its dot, one to three capitalized words and a house number (`Via Roma 25`,
/// `Calle Mayor 15`). A house number alone before a comma and a city is kept ("error 12, Berlin office"); so are English
/// words that end in a street type or follow one ("During 2024, Then", "Step 2 route options, Nothing worked").
extension RedactorScanner {
    /// The address whose house number is the digit run `start..<start+length` (one to four digits), or nil.
    func europeanStreet(numberAt start: Int, length: Int) -> Hit? {
        guard length <= 4, let (comma, cityEnd) = commaAndCity(after: start + length) else { return nil }
        if byte(comma) == ASCII.comma, comma == start + length || comma == start + length + 1 && isLetter(byte(start + length)),
           let street = suffixStreetStart(endingAt: comma) ?? nameFirstStreetStart(before: start) {
            return Hit(kind: .address, start: street, end: cityEnd)
        }
        guard byte(start + length) == ASCII.space, prefixStreetStart(endingAt: comma, named: true) == start else { return nil }
        return Hit(kind: .address, start: start, end: cityEnd)
    }

    /// The `,` that closes a street on the line after `position` (within 60 bytes, no digit before it) and the end of
    /// the capitalized city's first word one space after it; nil when there is none.
    private func commaAndCity(after position: Int) -> (comma: Int, cityEnd: Int)? {
        var comma = position
        while comma - position < 60, byte(comma) != ASCII.comma {
            let current = byte(comma)
            guard current != 0, current != 0x0A, !isDigit(current), current != ASCII.period || comma == position else { return nil }
            comma += 1
        }
        guard byte(comma) == ASCII.comma, byte(comma + 1) == ASCII.space, capitalWidth(at: comma + 2) > 0,
              case let city = letterRun(after: comma + 2), city.lowercase, !isWordByte(byte(city.end)) else { return nil }
        return (comma, city.end)
    }

    /// Start of "Via Roma " or "Av. Insurgentes Sur " ending at the house number `number`: a capitalized word of
    /// `name_first_street_types`, maybe with its dot, and one to three capitalized words; or nil.
    private func nameFirstStreetStart(before number: Int) -> Int? {
        guard !words.nameFirstStreetTypes.isEmpty, byte(number - 1) == ASCII.space else { return nil }
        var wordEnd = number - 1
        for count in 0..<4 {
            var start = wordEnd
            if byte(start - 1) == ASCII.period { start -= 1 }
            let letters = start
            while start > 0, letters - start < 30, isLetter(byte(start - 1)) || byte(start - 1) >= 0x80 || byte(start - 1) == ASCII.dash {
                start -= 1
            }
            guard start < letters, capitalWidth(at: start) > 0, !isWordByte(byte(start - 1)) else { return nil }
            if count > 0, words.nameFirstStreetTypes.contains(listForm(start..<letters)) { return start }
            guard letters == wordEnd, byte(start - 1) == ASCII.space else { return nil }
            wordEnd = start - 1
        }
        return nil
    }
}
