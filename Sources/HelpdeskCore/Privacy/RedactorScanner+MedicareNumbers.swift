/// Medicare beneficiary identifiers (MBI), in the shape CMS gives them: `1EG4-TE5-MK73`, `1EG4TE5MK73`, `1eg4 te5 mk73`.
///
/// Eleven characters, grouped 4-3-4 by dashes or spaces or in a row: a digit 1–9; a letter; a letter or digit; a digit;
/// a letter; a letter or digit; a digit; two letters; two digits; the letters never `S`, `L`, `O`, `I`, `B` or `Z`.
/// No word or id of another kind has that mix of letters and digits in those places, so an MBI is redacted wherever it
/// stands, without a label, as `[MEDICARE]`.
extension RedactorScanner {
    /// The MBI whose first digit is the one-digit run at `start`, or nil.
    func medicareNumber(at start: Int) -> Hit? {
        guard byte(start) != ASCII.zero, isLetter(byte(start + 1)) else { return nil }
        var position = start
        var separator: UInt8?
        for (index, slot) in Self.medicareSlots.enumerated() {
            if index == 4 || index == 7 {
                let current = byte(position)
                if current == ASCII.dash || current == ASCII.space {
                    guard separator == nil || separator == current, index == 4 || separator != nil else { return nil }
                    separator = current
                    position += 1
                } else if separator != nil {
                    return nil
                }
            }
            let current = byte(position)
            let fits = isDigit(current) ? slot != .letter : isMedicareLetter(current) && slot != .digit
            guard fits else { return nil }
            position += 1
        }
        guard !isWordByte(byte(position)), endsToken(position) else { return nil }
        return Hit(kind: .medicareNumber, start: start, end: position)
    }

    /// What each of an MBI's eleven places holds.
    private enum MedicareSlot { case digit, letter, either }

    private static let medicareSlots: [MedicareSlot] = [
        .digit, .letter, .either, .digit, .letter, .either, .digit, .letter, .letter, .digit, .digit,
    ]

    /// A letter an MBI may hold, either case: any but `S`, `L`, `O`, `I`, `B` and `Z`, which look like digits.
    private func isMedicareLetter(_ byte: UInt8) -> Bool {
        guard isLetter(byte) else { return false }
        switch byte | 0x20 {
        case 0x73, 0x6C, 0x6F, 0x69, 0x62, 0x7A: return false
        default: return true
        }
    }
}
