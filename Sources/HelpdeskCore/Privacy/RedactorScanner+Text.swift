/// The helpers every pattern reads the text with: the words around a number (its context), and the bytes that bound
/// and separate tokens.
extension RedactorScanner {
    // MARK: Context

    /// How many bytes before a number (or after it) its label may lie in: every label the rules read sits in the
    /// few words around the number, and the cap keeps a long line without spaces from being rescanned for every
    /// number on it (`123-456-789;123-456-789;...`).
    static let contextReach = 64

    /// True when a word in the `limit` whitespace-separated chunks before `index`, within `contextReach` bytes,
    /// satisfies `include`. A chunk is split into words at anything but letters and dots; dots are dropped, so
    /// `D.O.B.:` gives `dob`. A word cut by the reach is not read.
    func precedingWords(before index: Int, limit: Int, include: ([UInt8]) -> Bool) -> Bool {
        let reach = max(0, index - Self.contextReach)
        var chunkEnd = index
        var chunks = 0
        while chunks < limit, chunkEnd > reach {
            var chunkStart = chunkEnd
            while chunkStart > reach, bytes[chunkStart - 1] > ASCII.space { chunkStart -= 1 }
            let isCut = chunkStart == reach && reach > 0 && bytes[reach - 1] > ASCII.space
            if isCut {
                while chunkStart < chunkEnd, isLetter(bytes[chunkStart]) || bytes[chunkStart] == ASCII.period {
                    chunkStart += 1
                }
            }
            if chunkStart < chunkEnd {
                if chunk(chunkStart..<chunkEnd, hasWord: include) { return true }
                chunks += 1
            }
            // A chunk the reach cuts is the last one: read again, its cut word would be skipped again, for ever.
            if isCut { break }
            chunkEnd = chunkStart
            while chunkEnd > reach, bytes[chunkEnd - 1] <= ASCII.space { chunkEnd -= 1 }
        }
        return false
    }

    /// True when a word in the whitespace-separated chunk at or after `index`, within `contextReach` bytes,
    /// satisfies `include`; a word cut by the reach is not read.
    func followingWord(after index: Int, include: ([UInt8]) -> Bool) -> Bool {
        let reach = min(bytes.count, index + Self.contextReach)
        var chunkStart = index
        while chunkStart < reach, bytes[chunkStart] <= ASCII.space { chunkStart += 1 }
        var chunkEnd = chunkStart
        while chunkEnd < reach, bytes[chunkEnd] > ASCII.space { chunkEnd += 1 }
        if chunkEnd == reach, reach < bytes.count, bytes[reach] > ASCII.space {
            while chunkEnd > chunkStart, isLetter(bytes[chunkEnd - 1]) || bytes[chunkEnd - 1] == ASCII.period {
                chunkEnd -= 1
            }
        }
        return chunk(chunkStart..<chunkEnd, hasWord: include)
    }

    /// Whether `range` starts with `[`, one or more capital letters and `]`.
    private func startsWithPlaceholder(_ range: Range<Int>) -> Bool {
        guard byte(range.lowerBound) == ASCII.openBracket else { return false }
        var position = range.lowerBound + 1
        while position < range.upperBound, bytes[position] >= 65, bytes[position] <= 90 { position += 1 }
        return position > range.lowerBound + 1 && position < range.upperBound && bytes[position] == 93
    }

    /// Splits `range` into words at anything but letters and dots, drops the dots, lowercases, and asks `include`.
    /// A chunk that starts with a placeholder left by an earlier redaction (`[EMAIL]`, capitals in brackets) labels
    /// nothing, so redacting redacted text changes nothing; any other `[` is punctuation (`[1,"SSN 123 456 789"]`).
    func chunk(_ range: Range<Int>, hasWord include: ([UInt8]) -> Bool) -> Bool {
        guard !startsWithPlaceholder(range) else { return false }
        var word: [UInt8] = []
        for position in range.lowerBound...range.upperBound {
            let current = position < range.upperBound ? bytes[position] : ASCII.space
            if isLetter(current) {
                word.append(lower(current))
            } else if current != ASCII.period, !word.isEmpty {
                if include(word) { return true }
                word.removeAll(keepingCapacity: true)
            }
        }
        return false
    }

    // MARK: Boundaries and separators

    /// The byte at `index`, or 0 past either end, so that look-ahead and look-behind need no bounds checks.
    @inline(__always)
    func byte(_ index: Int) -> UInt8 {
        index >= 0 && index < bytes.count ? bytes[index] : 0
    }

    /// Length of the run of ASCII digits starting at `index`.
    func digitRun(at index: Int) -> Int {
        var end = index
        while isDigit(byte(end)) { end += 1 }
        return end - index
    }

    /// Value of the (short) digit run at `index`.
    func number(at index: Int, length: Int) -> Int {
        var value = 0
        for position in index..<index + length { value = value * 10 + Int(byte(position) &- ASCII.zero) }
        return value
    }

    /// Whether `index` starts a token: not glued to a letter, digit or underscore before it.
    func startsToken(_ index: Int) -> Bool {
        !isWordByte(byte(index - 1))
    }

    /// Whether a number starting at `index` stands alone on its left: not glued to a letter or digit, not after `$`,
    /// not the continuation of another number (`1.5`, `2024-123`, `10:30`, `1,234`). An underscore bounds it as a
    /// space does, as in a file name or id typed by staff (`ssn_123-45-6789`, `jdoe_123456789`), and so does a web
    /// address's `%20` (`?q=ssn%20123456789`: `encodedSpaceBefore(_:)`).
    func startsNumber(_ index: Int, length: Int) -> Bool {
        if encodedSpaceBefore(index) { return true }
        let previous = byte(index - 1)
        if isLetterOrDigit(previous) || previous == ASCII.dollar { return false }
        guard isDigit(byte(index - 2)) else { return true }
        switch previous {
        case ASCII.dash, ASCII.period, ASCII.slash, ASCII.colon: return false
        case ASCII.comma: return length != 3
        default: return true
        }
    }

    /// Whether a match ending at `index` stands alone on its right: no letter or digit next, and no `-`, `.`, `/` or
    /// `:` followed by a digit (`123456789.50`, `123-45-6789-1`). An underscore bounds it as a space does
    /// (`123456789_2024.pdf`).
    func endsToken(_ index: Int) -> Bool {
        let next = byte(index)
        if isLetterOrDigit(next) { return false }
        switch next {
        case ASCII.dash, ASCII.period, ASCII.slash, ASCII.colon: return !isDigit(byte(index + 1))
        default: return true
        }
    }

    /// Skips one separator between digit groups: up to two spaces, an optional dash or dot, up to two spaces; nil if
    /// none. A dash may end a line, as when a pasted email wraps a number after it ("123-45-\n6789").
    func skipSeparator(_ index: Int) -> Int? {
        var position = skipSpaces(index, limit: 2)
        let dash = dashWidth(position)
        if dash > 0 || byte(position) == ASCII.period {
            position = skipSpaces(position + max(dash, 1), limit: 2)
            if dash > 0 { position = skipLineWrap(position) }
        }
        return position > index ? position : nil
    }

    /// Past one line break at `index` (`\n` or `\r\n`) and up to two spaces after it; `index` itself when none is there.
    func skipLineWrap(_ index: Int) -> Int {
        let width = byte(index) == 0x0A ? 1 : byte(index) == 0x0D && byte(index + 1) == 0x0A ? 2 : 0
        return width > 0 ? skipSpaces(index + width, limit: 2) : index
    }

    func skipSpaces(_ index: Int, limit: Int) -> Int {
        var position = index
        for _ in 0..<limit {
            let width = spaceWidth(position)
            guard width > 0 else { break }
            position += width
        }
        return position
    }

    /// Bytes taken by a space or tab at `index`; 0 if none. Unicode spaces (no-break, thin, ideographic...) reach
    /// the scanner as ASCII spaces (`FoldedText`).
    @inline(__always)
    func spaceWidth(_ index: Int) -> Int {
        let current = byte(index)
        return current == ASCII.space || current == ASCII.tab ? 1 : 0
    }

    /// Whether a web address's encoded space, `%20`, ends right before `index`: the digits after it stand alone.
    func encodedSpaceBefore(_ index: Int) -> Bool {
        byte(index - 1) == ASCII.zero && byte(index - 2) == UInt8(ascii: "2") && byte(index - 3) == UInt8(ascii: "%")
    }

    /// Bytes taken by what joins two words at `index` as a space does: a space or tab, and in a file name or web
    /// address `_`, `+` or `%20` (`Maria_Lopez`, `name=Maria%20Lopez`); 0 if none.
    func wordJoinerWidth(_ index: Int) -> Int {
        switch byte(index) {
        case ASCII.space, ASCII.tab, ASCII.underscore, ASCII.plus: return 1
        case UInt8(ascii: "%"): return byte(index + 1) == UInt8(ascii: "2") && byte(index + 2) == ASCII.zero ? 3 : 0
        default: return 0
        }
    }

    /// Bytes taken by a `-` at `index`; 0 if none. Unicode dashes (hyphens, en and em dashes, minus...) reach the
    /// scanner as `-` (`FoldedText`).
    @inline(__always)
    func dashWidth(_ index: Int) -> Int {
        byte(index) == ASCII.dash ? 1 : 0
    }

    /// Whether `word` (lowercase ASCII) appears at `index`, ignoring case.
    func hasWord(_ word: String, at index: Int) -> Bool {
        // The word's bytes are read in place: the UTF-8 view's iterator cost about 300 instructions a batch line on
        // CLINC150 questions (5,000 lines: 586.8 million instructions, 585.1-585.5 million this way).
        if let found = word.utf8.withContiguousStorageIfAvailable({ hasWord(bytes: $0, at: index) }) { return found }
        return Array(word.utf8).withUnsafeBufferPointer { hasWord(bytes: $0, at: index) }
    }

    private func hasWord(bytes word: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard !word.isEmpty else { return true }
        guard index >= 0, index + word.count <= bytes.count else { return false }
        for offset in 0..<word.count where lower(bytes[index + offset]) != word[offset] { return false }
        return true
    }
}
