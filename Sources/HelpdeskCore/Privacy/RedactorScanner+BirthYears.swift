import Foundation

/// Dates of birth without a birth word: a full date whose year is a birth year ("7/4/1980 can't verify", and "7/4/1980,
/// SSN ends 4321" typed as the reply to "what's her date of birth?").
///
/// In what staff paste, a full date whose year lies from 1900 to fifteen years ago (`latestBirthYear`) is most likely
/// somebody's date of birth, while the dates of the trouble itself are recent ("locked out since 1/15/2026", "since
/// 11/20") and are kept. Only numeric dates with a four-digit year and parts joined by `/`, `-` or `.` count:
/// `07/04/1980`, `7-4-1980`, `4.7.1980`, `1980-07-04`. A two-digit year (`7/4/80`), a date in words (`July 4, 1980`),
/// a date spaced out (`7 4 1980`) and 8 digits in a row (`19800704`) still need a birth word (`addBirthDate(_:into:)`).
extension RedactorScanner {
    /// The latest year read as a birth year without a birth word: fifteen years before the current one.
    static let latestBirthYear = Calendar(identifier: .gregorian).component(.year, from: Date()) - 15

    /// The date starting at the digit run `start..<start+length` when its year is a birth year, or nil.
    func birthYearDate(at start: Int, length: Int) -> Hit? {
        let separator = byte(start + length)
        guard separator == ASCII.slash || separator == ASCII.dash || separator == ASCII.period else { return nil }
        let date: Range<Int>
        let yearStart: Int
        if length <= 2 {
            guard let found = numericDate(at: start, length: length), digitRun(at: found.upperBound - 4) == 4,
                  !isDigit(byte(found.upperBound - 5)) else { return nil }
            date = found
            yearStart = found.upperBound - 4
        } else if length == 4, let end = isoDate(at: start) {
            date = start..<end
            yearStart = start
        } else {
            return nil
        }
        guard (1900...Self.latestBirthYear).contains(number(at: yearStart, length: 4)) else { return nil }
        return Hit(kind: .dateOfBirth, start: date.lowerBound, end: date.upperBound)
    }
}
