/// A city written after a street without its state or ZIP code: "123 Main St Boise", "45 Oak Avenue Apt 3, Salt Lake
/// City". (With a state or ZIP code after it, `placeEnd(from:)` reads the place.)
///
/// One to three words, each a capital and lowercase letters (`Boise`, `O'Fallon`), none a word that carries a
/// sentence on, a common word or a day's or month's name (`isCityWord(_:)`): "123 Main St The IRS letter", "45 Oak Ave
/// I moved", "12 Elm St Monday" keep what follows the street. After a street type or unit that ends in `.`, a capital
/// starts the next sentence ("123 Main St. Google said"), so a city is read there only after a comma.
extension RedactorScanner {
    /// End of a city after `index` (after a street and its unit), or nil.
    func cityEnd(from index: Int) -> Int? {
        var position = index
        let comma = byte(position) == ASCII.comma
        if comma { position += 1 }
        guard comma || byte(index - 1) != ASCII.period else { return nil }
        var end: Int?
        for _ in 0..<3 {
            let next = skipSpaces(position, limit: end == nil ? 2 : 1)
            guard next > position else { break }
            let word = nameWordEnd(at: next)
            guard word > next, !isLetterOrDigit(byte(word)), isCityWord(next..<word) else { break }
            end = word
            position = word
        }
        return end
    }

    /// A capital then lowercase letters (and inner `'` or `-`), not a word that carries a sentence on, a common word,
    /// nor a day's or month's name.
    private func isCityWord(_ word: Range<Int>) -> Bool {
        guard word.count >= 3, bytes[word.lowerBound] &- 0x41 < 26,
              bytes[word.lowerBound + 1..<word.upperBound].allSatisfy({ $0 &- 0x61 < 26 || $0 == 0x27 || $0 == ASCII.dash }),
              !isCommonWord(word), !isWord(word, in: words.calendarNames) else { return false }
        return true
    }
}
