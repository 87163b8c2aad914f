/// Reference numbers that agents need kept: "ticket #123456789 follow up", "ref number 2024031512 locked", "case no.
/// 123456789".
///
/// Digits in a row right after a reference label (`ticket`, `ref`, `reference`, `case`, `confirmation`, `incident`,
/// `order`, `invoice`...), with at most `#`, `:`, `.`, `-` and the words `number`, `no`, `id`, `is`, `was` between
/// them, are that reference's id, not an SSN, EIN or phone number. So are digits right after `error`, `errors` or `err`,
/// with `code` allowed between them too (`error code 518227394`, as `error code 100012` is kept): an error number.
/// Only the word nearest the number counts: "case for SSN 123456789" is redacted. Numbers typed in the shape of an SSN,
/// an EIN or a North American phone number right after a reference label are its id as well ("ticket number
/// 555-123-4567", "case # 123-45-6789": `scanNumber`), though not after an error label; card numbers, numbers in
/// parentheses or after `+` (`(555) 123-4567`, `+1 555 123 4567`), and any number further from the label are redacted.
extension RedactorScanner {
    /// Whether the number at `start` follows a reference label, past the links between them; with `errors`, an error
    /// label too.
    func followsReferenceLabel(_ start: Int, errors: Bool = true) -> Bool {
        let reach = max(0, start - Self.contextReach)
        var position = start
        var afterCode = false
        for _ in 0..<4 {
            while position > reach, Self.referenceMarks.contains(bytes[position - 1]) || isSpace(bytes[position - 1]) {
                position -= 1
            }
            var wordStart = position
            while wordStart > reach, isLetter(bytes[wordStart - 1]) { wordStart -= 1 }
            guard wordStart < position, wordStart > reach || reach == 0, !isWordByte(byte(wordStart - 1)) else {
                return false
            }
            if isReferenceWord(wordStart..<position, in: words.errorLabels) { return errors }
            if isReferenceWord(wordStart..<position, in: words.referenceLabels) { return !afterCode }
            if isReferenceWord(wordStart..<position, in: words.errorLinks) {
                afterCode = true
            } else if !isReferenceWord(wordStart..<position, in: words.referenceLinks) {
                return false
            }
            position = wordStart
        }
        return false
    }

    /// Records `hit`, a number of an SSN's, EIN's or phone's shape, unless it comes right after a reference label: an id
    /// ("ticket number 555-123-4567", "case # 123-45-6789": `followsReferenceLabel(_:errors:)`). A phone number with an
    /// extension is one whatever comes before it ("case 202-5551234 x12").
    func addUnlessReferenceID(_ hit: Hit, into hits: inout [Hit]) {
        let hasExtension = hit.kind == .phone && (hit.start..<hit.end).contains { isLetter(bytes[$0]) || bytes[$0] == ASCII.hash }
        guard hasExtension || !followsReferenceLabel(hit.start, errors: false) else { return }
        hits.append(hit)
    }

    /// `#`, `:`, `.`, `-`.
    private static let referenceMarks: Set<UInt8> = [0x23, 0x3A, 0x2E, 0x2D]
    private func isReferenceWord(_ range: Range<Int>, in words: [String]) -> Bool {
        words.contains { $0.utf8.count == range.count && hasWord($0, at: range.lowerBound) }
    }
}
