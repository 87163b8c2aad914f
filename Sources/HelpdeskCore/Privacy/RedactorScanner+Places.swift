/// The place part of a US address, city, state and ZIP code: after a street or PO box (`placeEnd(from:)`), or alone
/// where a ZIP code follows its state (`stateZIPCode(at:)`: "Springfield IL 62704", "Austin, TX 78701").
extension RedactorScanner {
    /// End of a place after `index` (after a street or a PO box), or nil: an optional comma, up to three words of a
    /// city, an optional comma, a state (`stateEnd(at:)`) and maybe a ZIP code; or a ZIP code alone. It may start on
    /// the next line. Without a ZIP
    /// code the state must be written as on an envelope (capitals, or a capitalized name) after a city or a comma; in
    /// lowercase (`123 main st springfield il 62704`) only before a ZIP code.
    func placeEnd(from index: Int) -> Int? {
        var position = index
        var comma = false
        if byte(position) == ASCII.comma {
            position += 1
            comma = true
        }
        position = skipSpaces(position, limit: 2)
        // On the next line, as an envelope writes it ("123 Main St" then "Boise ID 83702"): with its state.
        if position == index { position = skipLineWrap(position) }
        guard position > index else { return nil }
        if let zip = zipEnd(at: position) { return zip }
        var best: Int?
        var cityWords = 0
        var commaBeforeState = comma
        while true {
            if let (stateEnd, proper) = stateEnd(at: position) {
                var zipStart = stateEnd
                if byte(zipStart) == ASCII.comma { zipStart += 1 }
                zipStart = skipSpaces(zipStart, limit: 2)
                if zipStart > stateEnd, let zip = zipEnd(at: zipStart) {
                    best = max(best ?? 0, zip)
                } else if proper, cityWords > 0 || commaBeforeState {
                    best = max(best ?? 0, stateEnd)
                }
            }
            // A comma after the city leaves only the state to read.
            guard cityWords < 3, !(cityWords > 0 && commaBeforeState) else { break }
            // The next city word: letters, maybe a dot (`St. Louis`); none that carries a sentence on.
            let word = cityWordEnd(at: position)
            guard word > position, !isWord(position..<word, in: words.sentenceWords) else { break }
            cityWords += 1
            var next = word
            if byte(next) == ASCII.period { next += 1 }
            commaBeforeState = byte(next) == ASCII.comma
            if commaBeforeState { next += 1 }
            position = skipSpaces(next, limit: 2)
            guard position > next else { break }
        }
        return best
    }

    /// End of a ZIP code at `index`: 5 digits, or 5+4 with a dash, standing alone; nil otherwise.
    func zipEnd(at index: Int) -> Int? {
        guard digitRun(at: index) == 5, startsToken(index) else { return nil }
        if byte(index + 5) == ASCII.dash, digitRun(at: index + 6) == 4, endsToken(index + 10) { return index + 10 }
        return endsToken(index + 5) ? index + 5 : nil
    }

    /// End of a state at `index`, and whether it is written as on an envelope: a USPS abbreviation (`IL`, `il`) or a
    /// name of up to three words (`Texas`, `new york`). Nil when none starts there.
    func stateEnd(at index: Int) -> (end: Int, proper: Bool)? {
        guard isLetter(byte(index)), startsToken(index) else { return nil }
        let first = cityWordEnd(at: index)
        if first - index == 2, !isLetterOrDigit(byte(first)) {
            let upper = String(decoding: bytes[index..<first].map { $0 & 0xDF }, as: UTF8.self)
            if words.stateAbbreviations.contains(upper) {
                return (first, bytes[index..<first].allSatisfy { $0 &- 0x41 < 26 })
            }
        }
        // Names of one to three words, longest first: "district of columbia", "new york", "texas".
        var ends = [first]
        while ends.count < 3, isSpace(byte(ends[ends.count - 1])), case let next = ends[ends.count - 1] + 1,
              case let end = cityWordEnd(at: next), end > next {
            ends.append(end)
        }
        for end in ends.reversed() where !isLetterOrDigit(byte(end)) && end - index <= 20 {
            if words.stateNames.contains(String(decoding: bytes[index..<end].map(lower), as: UTF8.self)) {
                return (end, bytes[index] &- 0x41 < 26)
            }
        }
        return nil
    }

    /// End of the letters (and inner apostrophes) at `index`.
    private func cityWordEnd(at index: Int) -> Int {
        var end = index
        while end - index < 24, isLetter(byte(end)) || (byte(end) == 0x27 && isLetter(byte(end + 1))) { end += 1 }
        return end
    }

    /// A ZIP code at `start` (a run of 5 digits) after its state, with up to three words of its city before it:
    /// "Springfield IL 62704", "Austin, TX 78701", "austin, tx 78701", "Springfield, Illinois 62704-1234". A state
    /// abbreviation in lowercase, or one that is also a word (`ID`, `IN`, `OR`...), counts only after a comma; one that
    /// is also a word, after a capitalized city too when the ZIP code is one of its state's ("Boise ID 83702").
    func stateZIPCode(at start: Int) -> Hit? {
        guard isSpace(byte(start - 1)), isLetter(byte(start - 2)), let end = zipEnd(at: start) else { return nil }
        var stateEnd = start - 1
        while isSpace(byte(stateEnd - 1)) { stateEnd -= 1 }
        // The state's abbreviation or one to three words of its name, ending right before the ZIP code; the longest.
        var wordStarts: [Int] = []
        var wordEnd = stateEnd
        while wordStarts.count < 3 {
            var wordStart = wordEnd
            while wordStart > 0, wordEnd - wordStart < 24, isLetter(bytes[wordStart - 1]) { wordStart -= 1 }
            guard wordStart < wordEnd, !isWordByte(byte(wordStart - 1)) else { break }
            wordStarts.append(wordStart)
            guard isSpace(byte(wordStart - 1)) else { break }
            wordEnd = wordStart - 1
        }
        let stateStart = wordStarts.reversed().first { self.stateEnd(at: $0)?.end == stateEnd }
        guard let stateStart else { return nil }
        var cityEnd = stateStart
        while isSpace(byte(cityEnd - 1)) { cityEnd -= 1 }
        let comma = byte(cityEnd - 1) == ASCII.comma
        let city = cityStart(before: comma ? cityEnd - 1 : cityEnd, lowercase: comma)
        if stateEnd - stateStart == 2 {
            let word = String(decoding: bytes[stateStart..<stateEnd], as: UTF8.self)
            let upper = bytes[stateStart..<stateEnd].allSatisfy { $0 &- 0x41 < 26 }
            // "Boise ID 83702": a word-like abbreviation after a city, before one of its state's ZIP codes.
            let statesZIP = Self.zipPrefixes[word]?.contains(number(at: start, length: 3)) ?? false
            guard comma || (upper && (!words.wordLikeStateAbbreviations.contains(word) || statesZIP && city != nil)) else {
                return nil
            }
        }
        return Hit(kind: .address, start: city ?? stateStart, end: end)
    }

    /// Where the city before `end` starts: up to three words, capitalized (in lowercase too after a comma,
    /// `lowercase`), none that carries a sentence on; nil when there is none.
    private func cityStart(before end: Int, lowercase: Bool) -> Int? {
        var start: Int?
        var position = end
        for _ in 0..<3 {
            while isSpace(byte(position - 1)) { position -= 1 }
            if byte(position - 1) == ASCII.period { position -= 1 }
            var wordStart = position
            while wordStart > 0, position - wordStart < 24, isLetter(bytes[wordStart - 1]) { wordStart -= 1 }
            guard wordStart < position, !isWordByte(byte(wordStart - 1)),
                  lowercase || bytes[wordStart] &- 0x41 < 26,
                  !isWord(wordStart..<position, in: words.sentenceWords) else { break }
            start = wordStart
            position = wordStart
            guard isSpace(byte(position - 1)) else { break }
        }
        return start
    }
}
