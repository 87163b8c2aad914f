/// A label typed as an acronym with a dot or a space after each letter ("E.F.I.N.", "e.f.i.n", "E. F. I. N.",
/// "P T I N"), read as the word its letters make, a few link words before a number too: "E.F.I.N. is 123456",
/// "our e.f.i.n is 778899", "P.T.I.N. 01234567".
extension RedactorScanner {
    /// Whether an acronym of `labels` (lowercase) spelled letter by letter ends before `start`, maybe with `:`, `#`, `-`
    /// and spaces, and at most three of `links` or the possessives (`is`, `my`, `our`...) between them.
    func followsSpelledLabel(_ start: Int, in labels: Set<String>, links: Set<String>) -> Bool {
        var position = start
        for _ in 0..<4 {
            if let letters = spelledAcronym(before: position), labels.contains(letters) { return true }
            guard let (word, _) = wordBefore(position, origin: start),
                  isWord(word, in: links) || isWord(word, in: words.possessives) else { return false }
            position = word.lowerBound
        }
        return false
    }

    /// The lowercase letters of three or more single letters, each followed by a dot or a space (the last one's dot may
    /// be left out), that end before `end` past spaces and the marks `:`, `#` and `-`; nil when none stands there.
    func spelledAcronym(before end: Int) -> String? {
        var position = end
        while position > 0, end - position < 4,
              case let previous = bytes[position - 1], isSpace(previous) || previous == ASCII.colon || previous == ASCII.hash
                || previous == ASCII.dash { position -= 1 }
        if byte(position - 1) == ASCII.period { position -= 1 }
        var letters: [UInt8] = []
        var dotted = false
        while isLetter(byte(position - 1)), !isLetterOrDigit(byte(position - 2)), letters.count < 8 {
            letters.append(lower(bytes[position - 1]))
            position -= 1
            var separator = position
            if isSpace(byte(separator - 1)) { separator -= 1 }
            if byte(separator - 1) == ASCII.period {
                separator -= 1
                dotted = true
            }
            guard separator < position, isLetter(byte(separator - 1)), !isLetterOrDigit(byte(separator - 2)) else { break }
            position = separator
        }
        // Letters set apart by spaces alone must stand apart from any word before them ("E F I N", not "my E F I N"
        // read from "y").
        guard letters.count >= 3, dotted || !isLetterOrDigit(byte(position - 1)) else { return nil }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }
}
