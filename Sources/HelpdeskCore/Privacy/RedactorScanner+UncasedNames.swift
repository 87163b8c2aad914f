/// Names in a signature typed all in lowercase or all in capitals: "thanks," then "maria gomez", "THANKS, JOHN SMITH",
/// "Locked out. thanks, maria gomez".
///
/// Where a sign-off places a name (`unlabeledNames()`: the line after it, or the text after its comma), one to three
/// words of two letters or more, all in one case (an inner `'` or `-` too), are a name when none is a common word
/// (`isCommonWord(_:)`), a contraction of one ("that's", "don't"), a word ending in `ed` or `ing` ("looking forward",
/// "much appreciated") or one of the
/// knowledge base's words (`NameContexts.Lists.isKnown(_:)`: months, products, its own words); one word alone must also
/// be no English word of its dictionary ("thanks, appreciate" is kept). A text without a capital is read for these
/// alone (`unlabeledNames(signOffsOnly:)`). Letters beyond ASCII are letters of such a name ("thanks, josé álvarez").
extension RedactorScanner {
    /// End of such a name from `index`, before `limit`, or nil.
    func uncasedNameEnd(from index: Int, before limit: Int, _ contexts: NameContexts.Lists) -> Int? {
        let capitals = capitalWidth(at: index) > 0
        var position = index
        var words = 0
        var end: Int?
        var unknown = false
        while words < 3, position < limit, startsLetter(position) {
            let wordEnd = uncasedWordEnd(from: position, before: limit, capitals: capitals)
            let word = position..<wordEnd
            guard word.count >= 2, !isWordByte(byte(wordEnd)), !isCommonWord(word), !endsLikeAVerb(word), !isContraction(word),
                  case let lowered = listForm(word), !contexts.isKnown(lowered) else { return nil }
            unknown = unknown || contexts.dictionary?.contains(lowered) == false
            words += 1
            end = wordEnd
            guard byte(wordEnd) == ASCII.space else { break }
            position = wordEnd + 1
        }
        guard let end, words >= 2 || unknown else { return nil }
        return end
    }

    /// End of the letters from `position`, before `limit`, all capitals or all lowercase as `capitals` says (letters
    /// beyond ASCII too: "josé álvarez", "JOSÉ ÁLVAREZ"), with an inner `'` or `-` before a letter.
    private func uncasedWordEnd(from position: Int, before limit: Int, capitals: Bool) -> Int {
        var wordEnd = position
        while wordEnd < limit {
            let current = bytes[wordEnd]
            if isLetter(current) && (current &- 0x41 < 26) == capitals
                || (current == 0x27 || current == ASCII.dash) && wordEnd > position && startsLetter(wordEnd + 1) {
                wordEnd += 1
            } else if current >= 0xC2, let letter = nonASCIILetter(at: wordEnd), letter.uppercase == capitals {
                wordEnd += letter.width
            } else {
                break
            }
        }
        return wordEnd
    }

    /// Whether `word` holds a `'` after a common word ("that's", "i'm") or is one without it ("don't").
    private func isContraction(_ word: Range<Int>) -> Bool {
        guard let apostrophe = word.first(where: { bytes[$0] == 0x27 }) else { return false }
        let joined = word.filter { bytes[$0] != 0x27 }.map { lower(bytes[$0]) }
        return isCommonWord(word.lowerBound..<apostrophe) || words.sentenceWords.contains(String(decoding: joined, as: UTF8.self))
    }
}
