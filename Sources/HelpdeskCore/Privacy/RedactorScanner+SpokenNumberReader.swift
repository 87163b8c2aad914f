/// Reads a number the way a caller dictates it: digits one by one or in small groups, in digits or words, split by
/// spaces or tabs (any number of them), with the groups set apart by a dash typed or spoken: "1 2 3 - 4 5 - 6 7 8 9",
/// "123 dash 45 dash 6789", "8 6 6  2 5 5  0 6 5 4", "ssn\t1\t2\t3...", "one two three dash four five ...".
///
/// `SpokenNumbers` decides what a reading is; this file only reads. A reading is a run of pieces, each a number word
/// (`numberWord`: `one`, `oh`, `twelve`, `forty five`, `double five`) or a run of ASCII digits that stands alone (`startsNumber`; not glued to a letter, and not followed by `.`, `/`, `:` or `,` and a
/// digit, so `1.5` and `1,234` end it), joined by separators: spaces or tabs, or a break (`-`, `dash`, `hyphen`,
/// `dot`, or a `,` before a space) with spaces or tabs around it. A `.` between digits is no separator: `1.2.3` is
/// a version.
extension RedactorScanner {
    struct SpokenNumber {
        var start: Int
        var end: Int
        /// How many digits each piece holds: `[3, 2, 4]` for `123 45 6789`, `[9]` for `123456789`.
        var pieces: [Int] = []
        /// The digits read, most significant first (at most `SpokenNumber.longest` are kept).
        var digits: [UInt8] = []
        /// How many digits each group holds, groups being split by breaks: `1 2 3 - 4 5 - 6 7 8 9` is `[3, 2, 4]`.
        var groups: [Int] = [0]
        /// Whether a `,` split two groups: such a reading may be a list ("1, 2, 3"), so it counts only with a label.
        var commaBreak = false

        /// More digits than any number the scanner reads from speech (11, a phone number with its leading 1).
        static let longest = 16
    }

    /// The number read out from `start`, a digit that starts a number or a number word; nil when none starts there or
    /// it has only one piece (a number typed whole). A reading stops at the first piece that does not follow a
    /// separator, or at `maximumPieces` pieces.
    func spokenNumber(at start: Int) -> SpokenNumber? {
        guard !isDigit(bytes[start]) || startsNumber(start, length: digitRun(at: start)), let first = spokenPiece(at: start),
              var next = nextSpokenPiece(after: first) else { return nil }
        var number = SpokenNumber(start: start, end: first)
        add(start..<first, to: &number)
        while true {
            if next.isBreak {
                number.groups.append(0)
                number.commaBreak = number.commaBreak || next.isComma
            }
            add(next.piece, to: &number)
            number.end = next.piece.upperBound
            guard number.pieces.count < Self.maximumPieces, let following = nextSpokenPiece(after: number.end) else {
                return number
            }
            next = following
        }
    }

    /// The piece after a separator that starts at `end`, and whether that separator is a break (a `,` one).
    private func nextSpokenPiece(after end: Int) -> (piece: Range<Int>, isBreak: Bool, isComma: Bool)? {
        let breakStart = skipBlanks(end)
        let breakWidth = spokenBreakWidth(at: breakStart)
        guard breakWidth > 0 || breakStart > end else { return nil }
        let start = skipBlanks(breakStart + breakWidth)
        guard let pieceEnd = spokenPiece(at: start) else { return nil }
        return (start..<pieceEnd, breakWidth > 0, bytes[breakStart] == ASCII.comma)
    }

    /// A reading longer than this many pieces is cut there: nothing the scanner reads from speech has more.
    static let maximumPieces = 24

    /// Whether `start` continues a reading that began earlier: a digit before it, across a separator.
    func continuesSpokenNumber(_ start: Int) -> Bool {
        var position = skipBlanksBack(start)
        if byte(position - 1) == ASCII.dash || byte(position - 1) == ASCII.comma {
            position = skipBlanksBack(position - 1)
        }
        return position < start && isDigit(byte(position - 1))
    }

    /// Where the piece at `index` ends: after a number word (`numberWord`), or a run of digits that stands alone on its
    /// right; nil when none is there.
    private func spokenPiece(at index: Int) -> Int? {
        let length = digitRun(at: index)
        guard length > 0 else { return numberWord(at: index)?.end }
        let end = index + length
        let next = byte(end)
        if isWordByte(next) { return nil }
        if next == ASCII.period || next == ASCII.slash || next == ASCII.colon || next == ASCII.comma {
            return isDigit(byte(end + 1)) ? nil : end
        }
        return end
    }

    private func add(_ piece: Range<Int>, to number: inout SpokenNumber) {
        guard isDigit(bytes[piece.lowerBound]) else {
            guard let word = numberWord(at: piece.lowerBound) else { return }
            number.pieces.append(word.digits)
            number.groups[number.groups.count - 1] += word.digits
            var power = 1
            for _ in 1..<word.digits { power *= 10 }
            while power > 0, number.digits.count < SpokenNumber.longest {
                number.digits.append(UInt8(word.value / power % 10))
                power /= 10
            }
            return
        }
        number.pieces.append(piece.count)
        number.groups[number.groups.count - 1] += piece.count
        for position in piece where number.digits.count < SpokenNumber.longest {
            number.digits.append(bytes[position] &- ASCII.zero)
        }
    }

    /// Bytes taken by a break between groups at `index`: `-`, a `,` before a space or tab, or the word `dash`,
    /// `hyphen` or `dot` before a space or tab; 0 if none.
    private func spokenBreakWidth(at index: Int) -> Int {
        switch lower(byte(index)) {
        case ASCII.dash:
            return 1
        case ASCII.comma:
            return isSpace(byte(index + 1)) ? 1 : 0
        case ASCII.lowerD, ASCII.lowerH:
            for word in words.spokenBreaks where hasWord(word, at: index) {
                return isSpace(byte(index + word.utf8.count)) ? word.utf8.count : 0
            }
            return 0
        default:
            return 0
        }
    }

    /// `index` moved past spaces and tabs, however many.
    private func skipBlanks(_ index: Int) -> Int {
        var position = index
        while isSpace(byte(position)) { position += 1 }
        return position
    }

    /// `index` moved back over the spaces and tabs that end right before it.
    private func skipBlanksBack(_ index: Int) -> Int {
        var position = index
        while isSpace(byte(position - 1)) { position -= 1 }
        return position
    }
}
