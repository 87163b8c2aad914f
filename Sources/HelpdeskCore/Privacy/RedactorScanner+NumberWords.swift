/// Numbers said as words, so that a number read out in words is read like one in digits: "my ssn is one two three
/// four five six seven eight nine", "eight six six dash two five five ...", `oh` for zero ("five oh one").
///
/// A word says one digit (`zero`, `oh` to `nine`), two (`ten` to `nineteen`; `twenty` to `ninety`, joined to a digit
/// word after it by spaces or a dash: "twenty one", "forty-five"), or repeats the digit after it: `double five` is
/// 55, `triple seven` 777, `double 5` too. "nineteen eighty" is 1980; "twelve three four" is 1234. Hundreds and
/// thousands are not read ("five hundred").
extension RedactorScanner {
    /// What the number word (or pair of words) at `index` says: where it ends, its value, and how many digits it
    /// stands for; nil when no number word stands there alone.
    func numberWord(at index: Int) -> (end: Int, value: Int, digits: Int)? {
        guard let (end, entry) = singleNumberWord(at: index) else { return nil }
        switch entry.kind {
        case .digit, .teen:
            return (end, entry.value, entry.kind == .digit ? 1 : 2)
        case .tens:
            // "twenty one", "forty-five": one number of two digits.
            let next = byte(end) == ASCII.dash ? end + 1 : skipSpaces(end, limit: 2)
            if next > end, let (unitEnd, unit) = singleNumberWord(at: next), unit.kind == .digit, unit.value > 0,
               !hasWord("oh", at: next) {
                return (unitEnd, entry.value + unit.value, 2)
            }
            return (end, entry.value, 2)
        case .repeat:
            // "double five", "triple 7": the digit after it, said `value` times.
            let next = skipSpaces(end, limit: 2)
            guard next > end else { return nil }
            if isDigit(byte(next)), !isWordByte(byte(next + 1)) {
                let digit = Int(byte(next) &- ASCII.zero)
                return (next + 1, digit * (entry.value == 2 ? 11 : 111), entry.value)
            }
            guard let (digitEnd, digit) = singleNumberWord(at: next), digit.kind == .digit else { return nil }
            return (digitEnd, digit.value * (entry.value == 2 ? 11 : 111), entry.value)
        }
    }

    /// The single word at `index` found in `numberWords`, and where it ends.
    private func singleNumberWord(at index: Int) -> (end: Int, entry: NumberWord)? {
        guard isLetter(byte(index)), !isWordByte(byte(index - 1)) else { return nil }
        var key: UInt64 = 0
        var end = index
        while isLetter(byte(end)) {
            guard end - index < Self.longestNumberWord else { return nil }
            key = key << 5 | UInt64(lower(byte(end)) &- ASCII.lowerA &+ 1)
            end += 1
        }
        guard !isWordByte(byte(end)) else { return nil }
        for entry in Self.numberWordsByLength[end - index] where entry.key == key { return (end, entry) }
        return nil
    }

    /// Whether a number word of `length` letters may start with `byte`: a pre-filter that rejects most words at once.
    @inline(__always) func mayStartNumberWord(_ byte: UInt8, length: Int, among starts: [UInt32]) -> Bool {
        length < starts.count && starts[length] >> UInt32(lower(byte) &- ASCII.lowerA) & 1 == 1
    }

    struct NumberWord {
        enum Kind { case digit, teen, tens, `repeat` }
        /// The word's letters packed into an integer, five bits each (`a` is 1).
        var key: UInt64
        var kind: Kind
        /// The digit, the teen or tens number, or how many times a `repeat` says the digit after it.
        var value: Int
    }

    /// Letters in the longest number word (`seventeen`).
    static let longestNumberWord = 9

    private static let numberWords: [(String, NumberWord.Kind, Int)] = [
        ("zero", .digit, 0), ("oh", .digit, 0), ("one", .digit, 1), ("two", .digit, 2), ("three", .digit, 3),
        ("four", .digit, 4), ("five", .digit, 5), ("six", .digit, 6), ("seven", .digit, 7), ("eight", .digit, 8),
        ("nine", .digit, 9),
        ("ten", .teen, 10), ("eleven", .teen, 11), ("twelve", .teen, 12), ("thirteen", .teen, 13),
        ("fourteen", .teen, 14), ("fifteen", .teen, 15), ("sixteen", .teen, 16), ("seventeen", .teen, 17),
        ("eighteen", .teen, 18), ("nineteen", .teen, 19),
        ("twenty", .tens, 20), ("thirty", .tens, 30), ("forty", .tens, 40), ("fifty", .tens, 50), ("sixty", .tens, 60),
        ("seventy", .tens, 70), ("eighty", .tens, 80), ("ninety", .tens, 90),
        ("double", .repeat, 2), ("triple", .repeat, 3),
    ]

    /// `numberWords` by the length of the word, so a word is compared only with those of its length.
    private static let numberWordsByLength: [[NumberWord]] = (0...longestNumberWord).map { length in
        numberWords.filter { $0.0.utf8.count == length }.map { word, kind, value in
            NumberWord(key: word.utf8.reduce(0) { $0 << 5 | UInt64($1 - ASCII.lowerA + 1) }, kind: kind, value: value)
        }
    }

    /// By length, bit `letter - "a"` is set for each letter a number word of that length starts with
    /// (`mayStartNumberWord`).
    static let numberWordStarts: [UInt32] = (0...longestNumberWord).map { length in
        numberWords.reduce(0) { bits, entry in
            entry.0.utf8.count == length ? bits | 1 << UInt32(entry.0.utf8.first! - ASCII.lowerA) : bits
        }
    }
}
