import Foundation

/// The capitalized words a name without a label is made of (`unlabeledNames()`, `givenNames()`): one to four
/// capitalized words, initials too, none a common word and not all the knowledge base's.
extension RedactorScanner {
    /// End of a name of one to four capitalized words (initials too) from `index`, as far as its words are names;
    /// nil when none is, or when every word is one of the knowledge base's.
    func nameEnd(from index: Int, _ contexts: NameContexts.Lists) -> Int? {
        var position = index
        var end: Int?
        var unknown = false
        var words = 0
        while words < 4 {
            // An initial: "J. Smith", "Maria J. Lopez".
            if byte(position) &- 0x41 < 26, byte(position + 1) == ASCII.period, byte(position + 2) == ASCII.space,
               byte(position + 3) &- 0x41 < 26 {
                position += 3
            }
            guard let wordEnd = capitalizedWordEnd(from: position) else { break }
            let word = position..<wordEnd
            if isCommonWord(word) { break }
            // "Okafor Tax Services" is a firm: a known word after the first ends a name.
            let known = contexts.isKnown(lowercased(word))
            if known, words > 0 { break }
            unknown = unknown || !known
            end = wordEnd
            words += 1
            guard byte(wordEnd) == ASCII.space else { break }
            position = wordEnd + 1
        }
        return unknown ? end : nil
    }

    /// Where the letters after `index` end (letters beyond ASCII, whole, and an inner `'` or `-` before a letter
    /// count; at most 23 bytes of them), and whether one of them is lowercase: the run of a capitalized word whose
    /// first letter (`capitalWidth(at:)`: `M`, `Á`) is at `index`.
    func letterRun(after index: Int) -> (end: Int, lowercase: Bool) {
        var end = index + max(capitalWidth(at: index), 1)
        var lowercase = false
        while end - index < 24 {
            let current = byte(end)
            if current &- 0x61 < 26 {
                lowercase = true
            } else if current >= 0xC2, let letter = nonASCIILetter(at: end) {
                lowercase = lowercase || !letter.uppercase
                end += letter.width
                continue
            } else if !(current &- 0x41 < 26 || (current == 0x27 || current == ASCII.dash) && startsLetter(end + 1)) {
                break
            }
            end += 1
        }
        return (end, lowercase)
    }

    /// The letters at `range`, lowercased.
    func lowercased(_ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count) { buffer in
            for (offset, position) in range.enumerated() { buffer[offset] = lower(bytes[position]) }
            return range.count
        }
    }

    /// The letters at `range` as the knowledge base's word lists hold them: lowercased, and with their accents taken
    /// off when they go beyond ASCII ("José" is "jose", "Zoë" is "zoe").
    func listForm(_ range: Range<Int>) -> String {
        let word = lowercased(range)
        guard range.contains(where: { bytes[$0] >= 0x80 }) else { return word }
        return word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// End of a capitalized word at `index`: a capital, then letters with a lowercase one (an inner `'` or `-` before
    /// a letter too), not glued to a digit, `_`, `@` or a dotted name after it (`Login.gov`); or nil.
    func capitalizedWordEnd(from index: Int) -> Int? {
        guard byte(index) &- 0x41 < 26 || byte(index) >= 0xC2 && capitalWidth(at: index) > 0 else { return nil }
        let (end, lowercase) = letterRun(after: index)
        let next = byte(end)
        guard lowercase, !isWordByte(next), next != ASCII.at, !(next == ASCII.period && isLetter(byte(end + 1))) else {
            return nil
        }
        return end
    }
}
