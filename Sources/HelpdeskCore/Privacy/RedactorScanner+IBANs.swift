/// International bank account numbers: a country's two letters, two check digits and 11 to 30 letters and digits, in a
/// row or in groups of four split by one space (`GB82 WEST 1234 5698 7654 32`, `GB82WEST12345698765432`), that pass
/// the ISO 13616 check (mod 97 of the rearranged number is 1). The check tells an account number from any code, so
/// no label is needed; it is redacted as `[ACCOUNT]`.
extension RedactorScanner {
    /// The IBAN whose two check digits start at `start` (a run of two digits right after two letters), or nil.
    func iban(checkDigitsAt start: Int) -> Hit? {
        guard isLetter(byte(start - 1)), isLetter(byte(start - 2)), startsToken(start - 2) else { return nil }
        var characters: [UInt8] = [upper(byte(start - 2)), upper(byte(start - 1)), byte(start), byte(start + 1)]
        var position = start + 2
        var best: Int?
        while characters.count < 34 {
            if isLetterOrDigit(byte(position)) {
                characters.append(upper(byte(position)))
                position += 1
            } else if isSpace(byte(position)), characters.count % 4 == 0, isLetterOrDigit(byte(position + 1)) {
                position += 1
                continue
            } else {
                break
            }
            if characters.count >= 15, !isWordByte(byte(position)), passesIBANCheck(characters) { best = position }
        }
        guard let best, endsToken(best) else { return nil }
        return Hit(kind: .accountNumber, start: start - 2, end: best)
    }

    /// Whether `characters` (uppercase letters and digits) moved four to the end, letters read as 10 to 35, leave 1 mod 97.
    private func passesIBANCheck(_ characters: [UInt8]) -> Bool {
        var remainder = 0
        for character in characters[4...] + characters[..<4] {
            if isDigit(character) {
                remainder = (remainder * 10 + Int(character - ASCII.zero)) % 97
            } else {
                remainder = (remainder * 100 + Int(character - 0x41 + 10)) % 97
            }
        }
        return remainder == 1
    }

    private func upper(_ byte: UInt8) -> UInt8 { isLetter(byte) ? byte & 0xDF : byte }
}
