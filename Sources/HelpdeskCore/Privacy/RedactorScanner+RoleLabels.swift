/// A role label typed before a `:` or `is` rather than right before the name (`names(after:endings:notNames:abbreviations:)`):
/// "caller: tamsin reed", "client is jose ramirez", "the client is Tamsin Reed" become "caller: [NAME]", "client is
/// [NAME]", "the client is [NAME]", while what a role is said to be or do is kept ("client is upset", "customer: yes").
extension RedactorScanner {
    /// Where the words before a typed ` is` that ends at `end` end, spaces aside; nil when none does.
    func isWordEnd(before end: Int) -> Int? {
        guard end >= 3, isSpace(byte(end - 3)), lower(byte(end - 2)) == 0x69, lower(byte(end - 1)) == ASCII.lowerS else {
            return nil
        }
        var wordsEnd = end - 3
        while isSpace(byte(wordsEnd - 1)) { wordsEnd -= 1 }
        return wordsEnd
    }

    /// Whether a label without `:` (one of `labels`) ends at `end`, starting a word, and if so whether it names a
    /// role (`role` above); nil when none does.
    func labelTyped(before end: Int, _ labels: [[UInt8]]) -> Bool? {
        let last = lower(byte(end - 1))
        for label in labels where label.last == last && last != ASCII.colon && label.count <= end {
            let start = end - label.count
            guard !isWordByte(byte(start - 1)), label.indices.allSatisfy({ lower(bytes[start + $0]) == label[$0] }) else {
                continue
            }
            return Self.namesRole(label)
        }
        return nil
    }

    /// Whether the name at `range`, after a role typed before a `:` or `is` ("caller: tamsin reed", "client is Tamsin
    /// Reed"), starts with a given name, or a word of four letters or more that is neither an English one (the
    /// lexicon's `dictionary`, which holds those) nor one of the knowledge base's: "client: wants a reset", "client is
    /// frustrated", "customer: yes" and "client: ssa account" are kept. After a `:` a capitalized name is a header
    /// line's (`headerNames(_:_:)`), and a chat's speaker tag is no label: "Customer: ProConnect says" is kept.
    func isNameAfterRole(_ range: Range<Int>) -> Bool {
        guard let contexts = contexts.lists else { return false }
        var before = range.lowerBound
        while isSpace(byte(before - 1)) { before -= 1 }
        if byte(before - 1) == ASCII.colon, capitalWidth(at: range.lowerBound) > 0, letterRun(after: range.lowerBound).lowercase {
            return false
        }
        var wordEnd = range.lowerBound
        while wordEnd < range.upperBound, startsLetter(wordEnd) { wordEnd += max(1, nonASCIILetterWidth(at: wordEnd)) }
        guard wordEnd == range.upperBound || isSpace(bytes[wordEnd]) else { return false }
        let word = listForm(range.lowerBound..<wordEnd)
        return contexts.givenNames?.kind(of: word) == .name
            || word.count >= 4 && contexts.dictionary?.contains(word) == false && !contexts.isKnown(word)
    }
}
