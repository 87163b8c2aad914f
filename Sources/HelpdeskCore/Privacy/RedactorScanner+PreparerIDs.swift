/// A preparer's EFIN and CAF number in free text: "EFIN 123456 e-file application", "my efin is 123456", "CAF
/// 0301-12345R tax pro account", "CAF number 0301-12345R".
///
/// - `[EFIN]` six digits standing alone, or typed against the label (`EFIN123456`), after `efin` or `efins`, with at
///   most three words between them that only link them (`number`, `no`, `#`, `is`, `was`, `my`, `our`, `firm's`...:
///   `labelBefore`); on the same terms split in two by a space or a dash (`EFIN: 123 456`, `efin 123-456`:
///   `spacedEFIN(at:)`); `E-FIN` is the same label (`E-FIN: 123456`), and so is one spelled letter by letter
///   (`E.F.I.N. is 123456`, `E F I N 123456`: `followsSpelledLabel(_:in:links:)`). "how do I get an EFIN" is kept.
/// - `[PTIN]` eight digits standing alone after `ptin` or `ptins` and such links, the `P` left out (`PTIN 01234567`,
///   `my ptin is 01234567`: `labeledPTINDigits(at:)`).
/// - `[CAF]` a CAF number: 4 and 5 digits split by a dash or a space, or 9 in a row, then `R` (`0301-12345R`,
///   `030112345R`) standing alone or typed against `caf` (`CAF0301-12345R`) always; without the `R` only after `caf`
///   and such links ("my CAF number isn't showing" is kept).
///   Nine digits after a CAF label are a CAF number, not an SSN.
extension RedactorScanner {
    /// The EFIN that is the six-digit run at `start`, or nil.
    func efin(at start: Int) -> Hit? {
        guard startsNumber(start, length: 6) || followsGluedLabel(start, among: Self.gluedEFINLabels), endsToken(start + 6),
              labelBefore(start, limit: 4, links: words.preparerIDLinks, isLabel: isEFINLabel)
                || followsSpelledLabel(start, in: words.efinLabels, links: words.preparerIDLinks)
        else { return nil }
        return Hit(kind: .efin, start: start, end: start + 6)
    }

    /// The EFIN split in two at `start` (a run of 3 digits, a space or a dash, 3 more: `123 456`), or nil.
    func spacedEFIN(at start: Int) -> Hit? {
        let separator = byte(start + 3)
        guard separator == ASCII.space || separator == ASCII.dash, digitRun(at: start + 4) == 3, endsToken(start + 7),
              startsNumber(start, length: 3),
              labelBefore(start, limit: 4, links: words.preparerIDLinks, isLabel: isEFINLabel)
                || followsSpelledLabel(start, in: words.efinLabels, links: words.preparerIDLinks) else { return nil }
        return Hit(kind: .efin, start: start, end: start + 7)
    }

    /// The PTIN without its `P` that is the eight-digit run at `start`, after a PTIN label, or nil.
    func labeledPTINDigits(at start: Int) -> Hit? {
        guard startsNumber(start, length: 8), endsToken(start + 8),
              labelBefore(start, limit: 4, links: words.preparerIDLinks, isLabel: { isWord($0, in: words.ptinLabels) })
                || followsSpelledLabel(start, in: words.ptinLabels, links: words.preparerIDLinks) else { return nil }
        return Hit(kind: .ptin, start: start, end: start + 8)
    }

    /// The CAF number that starts at the digit run `start..<start+length` (4 or 9 digits), or nil.
    func cafNumber(at start: Int, length: Int) -> Hit? {
        var end = start + length
        if length == 4 {
            guard byte(end) == ASCII.dash || byte(end) == ASCII.space, digitRun(at: end + 1) == 5 else { return nil }
            end += 6
        }
        guard startsNumber(start, length: length) || followsGluedLabel(start, among: Self.gluedCAFLabels) else { return nil }
        if lower(byte(end)) == ASCII.lowerR, endsToken(end + 1) { return Hit(kind: .caf, start: start, end: end + 1) }
        guard endsToken(end), labelBefore(start, limit: 4, links: words.preparerIDLinks, isLabel: { isWord($0, in: words.cafLabels) }) else {
            return nil
        }
        return Hit(kind: .caf, start: start, end: end)
    }

    /// Whether `word` is `efin` or `efins`, or `fin`, `fins` written after `e-` (`E-FIN: 123456`).
    private func isEFINLabel(_ word: Range<Int>) -> Bool {
        if isWord(word, in: words.efinLabels) { return true }
        let start = word.lowerBound
        return isWord(word, in: words.hyphenatedEFINLabels) && byte(start - 1) == ASCII.dash
            && lower(byte(start - 2)) == UInt8(ascii: "e") && !isLetterOrDigit(byte(start - 3))
    }
}
