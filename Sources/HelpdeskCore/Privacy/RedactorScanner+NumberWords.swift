/// Digits said as words, so that a number read out in words is read like one in digits: "my ssn is one two three
/// four five six seven eight nine", "eight six six dash two five five ...", `oh` for zero ("five oh one").
///
/// Only single digits: `zero` (and `oh`) to `nine`, in any case. Teens, tens and `double` ("double five") are not read.
extension RedactorScanner {
    /// The digit named by the word at `index`, and where that word ends; nil when no number word stands there alone.
    func numberWord(at index: Int) -> (end: Int, digit: UInt8)? {
        guard Self.numberWordStarts >> UInt64(lower(byte(index)) &- ASCII.lowerA) & 1 == 1, isLetter(byte(index)),
              !isWordByte(byte(index - 1)) else { return nil }
        var end = index + 1
        while isLetter(byte(end)) { end += 1 }
        guard !isWordByte(byte(end)) else { return nil }
        for (word, digit) in Self.numberWords where word.utf8.count == end - index && hasWord(word, at: index) {
            return (end, digit)
        }
        return nil
    }

    private static let numberWords: [(String, UInt8)] = [
        ("zero", 0), ("oh", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
        ("seven", 7), ("eight", 8), ("nine", 9),
    ]

    /// Bit `letter - "a"` is set for each letter a number word starts with: a pre-filter that rejects most words at once.
    private static let numberWordStarts: UInt64 = numberWords.reduce(0) { bits, entry in
        bits | 1 << UInt64(entry.0.utf8.first! - ASCII.lowerA)
    }
}
