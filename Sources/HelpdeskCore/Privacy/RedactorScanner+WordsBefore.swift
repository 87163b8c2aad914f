/// The words before a number read one by one, nearest first, for the rules whose label may stand a few link words
/// away from it: "SSN ending in 6789", "my efin is 123456", "CAF number 0301-12345R".
extension RedactorScanner {
    /// The word (letters, digits, apostrophes) before `end`, past spaces and the marks `:`, `#`, `=`, `,`, `-`, `.`,
    /// `(`, `)`, and whether a `:`, `#` or `=` was among them (`social: 6789`); nil when there is none within the
    /// `contextReach` bytes before `origin`, or a word there is cut by that reach.
    func wordBefore(_ end: Int, origin: Int) -> (word: Range<Int>, marked: Bool)? {
        let reach = max(0, origin - Self.contextReach)
        var position = end
        var marked = false
        while position > reach, case let previous = bytes[position - 1], isSpace(previous) || Self.linkMarks.contains(previous) {
            marked = marked || previous == ASCII.colon || previous == ASCII.hash || previous == ASCII.equals
            position -= 1
        }
        var start = position
        while start > reach, isLetterOrDigit(bytes[start - 1]) || bytes[start - 1] == 0x27 { start -= 1 }
        guard start < position, start > reach || reach == 0 else { return nil }
        return (start..<position, marked)
    }

    /// `:`, `#`, `=`, `,`, `-`, `.`, `(`, `)`.
    private static let linkMarks: Set<UInt8> = [0x3A, 0x23, 0x3D, 0x2C, 0x2D, 0x2E, 0x28, 0x29]

    /// Whether a word satisfying `isLabel` stands among the `limit` words before `start`, with only `links`, `is`,
    /// `was`, the possessives (`my`, `our`, `the`, `firm's`...) and marks between them.
    func labelBefore(_ start: Int, limit: Int, links: Set<String>, isLabel: (Range<Int>) -> Bool) -> Bool {
        var position = start
        for _ in 0..<limit {
            guard let (word, _) = wordBefore(position, origin: start) else { return false }
            if isLabel(word) { return true }
            guard isWord(word, in: links) || isWord(word, in: words.possessives) || endsPossessive(word) else { return false }
            position = word.lowerBound
        }
        return false
    }

    /// Whether the letters of `word` (any case) are one of `words`. The lowercased word is built in place: a word this
    /// short is a small string, with nothing allocated.
    func isWord(_ word: Range<Int>, in words: Set<String>) -> Bool {
        guard word.count <= 14 else { return false }
        let lowered = String(unsafeUninitializedCapacity: word.count) { buffer in
            for (offset, position) in word.enumerated() { buffer[offset] = lower(bytes[position]) }
            return word.count
        }
        return words.contains(lowered)
    }

    /// Whether `word` ends in `'s` or `s'` (`firm's`, `clients'`).
    func endsPossessive(_ word: Range<Int>) -> Bool {
        word.count > 2 && (bytes[word.upperBound - 1] == 0x27
            || (bytes[word.upperBound - 2] == 0x27 && lower(bytes[word.upperBound - 1]) == ASCII.lowerS))
    }
}
