/// Digits said as words, so that a number read out in words is read like one in digits: "my ssn is one two three
/// four five six seven eight nine", "eight six six dash two five five ...", `oh` for zero ("five oh one").
///
/// Only single digits: `zero` (and `oh`) to `nine`, in any case. Teens, tens and `double` ("double five") are not read.
extension RedactorScanner {
    /// The digit named by the word at `index`, and where that word ends; nil when no number word stands there alone.
    func numberWord(at index: Int) -> (end: Int, digit: UInt8)? {
        guard isLetter(byte(index)), !isWordByte(byte(index - 1)) else { return nil }
        var key: UInt64 = 0
        var end = index
        while isLetter(byte(end)) {
            guard end - index < 5 else { return nil }
            key = key << 8 | UInt64(lower(byte(end)))
            end += 1
        }
        guard !isWordByte(byte(end)) else { return nil }
        for (word, digit) in Self.numberWords where word == key { return (end, digit) }
        return nil
    }

    /// Whether a number word may start with `byte`: a pre-filter that rejects most words at once.
    @inline(__always) func mayStartNumberWord(_ byte: UInt8, among starts: UInt64) -> Bool {
        starts >> UInt64(lower(byte) &- ASCII.lowerA) & 1 == 1
    }

    /// Each number word's letters packed into an integer, one byte each, and the digit it names.
    private static let numberWords: [(UInt64, UInt8)] = [
        ("zero", 0), ("oh", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
        ("seven", 7), ("eight", 8), ("nine", 9),
    ].map { word, digit in (word.utf8.reduce(0) { $0 << 8 | UInt64($1) }, digit) }

    /// Bit `letter - "a"` is set for each letter a number word starts with (`mayStartNumberWord`).
    static let numberWordStarts: UInt64 = numberWords.reduce(0) { bits, entry in
        var first = entry.0
        while first > 0xFF { first >>= 8 }
        return bits | 1 << (first - UInt64(ASCII.lowerA))
    }
}
