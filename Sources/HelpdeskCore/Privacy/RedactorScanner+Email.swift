/// Email addresses typed as such: `local@domain.tld` around an `@` (`jane.doe@firm.com`, `jöhn@exämple.de`, an office
/// mail server's `jane@firm`), or around a web address's `%40` (`jdoe%40gmail.com`). Addresses spelled out in words
/// ("jane dot doe at gmail dot com") are `spelledEmails()`'s.
extension RedactorScanner {
    /// `local@domain.tld` around the `@` at `index`, or around a web address's `%40` there (`atWidth` 3:
    /// `jdoe%40gmail.com`).
    func email(at index: Int, atWidth: Int = 1) -> Hit? {
        guard let start = localPart(endingAt: index)?.lowerBound else { return nil }
        let domainStart = index + atWidth
        var end = domainStart
        // Letters of other scripts count as letters ("jöhn@exämple.de"): `nonASCIILetterWidth(at:)`.
        while true {
            if isLetterOrDigit(byte(end)) || byte(end) == ASCII.dash || byte(end) == ASCII.period {
                end += 1
            } else if case let width = nonASCIILetterWidth(at: end), width > 0 {
                end += width
            } else {
                break
            }
        }
        while end > domainStart, byte(end - 1) == ASCII.period || byte(end - 1) == ASCII.dash { end -= 1 }
        var lastDot = -1
        for position in domainStart..<max(domainStart, end) where byte(position) == ASCII.period {
            guard position > domainStart, byte(position - 1) != ASCII.period else { return nil }
            lastDot = position
        }
        // An address without a dotted domain ("jane@firm", an office mail server) is one too, when the host has a letter.
        guard lastDot > 0 else {
            guard end - domainStart > 1, (domainStart..<end).contains(where: { isLetter(byte($0)) || byte($0) >= 0x80 }) else { return nil }
            return Hit(kind: .email, start: start, end: end)
        }
        guard end - lastDot > 2 else { return nil }
        for position in lastDot + 1..<end where !isLetter(byte(position)) && byte(position) < 0x80 { return nil }
        return Hit(kind: .email, start: start, end: end)
    }

    /// The name before an `@` that ends at `end`: letters (of any script), digits and `._%+-'`, without dots at either end (so a
    /// sentence's last word is no name with a dot); with `allowingSpelledDots`, joined over ` dot ` (`jane dot doe`).
    func localPart(endingAt end: Int, allowingSpelledDots: Bool = false) -> Range<Int>? {
        var last = end
        while last > 0, bytes[last - 1] == ASCII.period { last -= 1 }
        var start = last
        while true {
            if isEmailLocalByte(byte(start - 1)) {
                start -= 1
            } else if case let width = nonASCIILetterWidth(endingAt: start), width > 0 {
                start -= width
            } else {
                break
            }
        }
        // A quote before the name is punctuation ('jane@firm.com'), not part of it (o'brien@firm.com).
        while start < last, byte(start) == ASCII.period || byte(start) == 0x27 { start += 1 }
        guard start < last else { return nil }
        if allowingSpelledDots, let dot = spelledDotEnding(at: start), let before = localPart(endingAt: dot) {
            return before.lowerBound..<last
        }
        return start..<last
    }
}
