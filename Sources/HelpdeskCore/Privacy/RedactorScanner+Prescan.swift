/// The first look at a text, before any pattern: which families of patterns it may hold at all.
extension RedactorScanner {
    /// One pass over the text for two cheap supersets, so that most questions skip most patterns:
    /// - `mayHoldPersonalData`: every pattern but those of `unguarded` in `scan()` needs a digit, an `@` or a password's
    ///   symbol (`isPasswordSymbol`); most questions are rejected here.
    /// - `mentionsBirth`: dates only matter after a birth word, and every one has a `b`: `dob`, `d.o.b`, `born`,
    ///   `birth…`, `bday` (a superset of `isBirthLabel`), so most questions skip date matching.
    /// - `hasCapital`: a name without a label is capitalized (`unlabeledNames()`), so a text without a capital `A`-`Z`
    ///   or a byte that may start a capital beyond ASCII (`Á`, `Ö`: Latin, Greek and Cyrillic letters) skips looking
    ///   for one.
    func prescan() -> (mayHoldPersonalData: Bool, mentionsBirth: Bool, hasCapital: Bool) {
        Self.prescanFlags.withUnsafeBufferPointer { flags in
            var seen: UInt8 = 0
            var mentionsBirth = false
            for index in bytes.indices {
                let flag = flags[Int(bytes[index])]
                if flag & Self.birthLetter != 0, !mentionsBirth { mentionsBirth = isBirthWord(atB: index) }
                seen |= flag
            }
            return (seen & Self.dataByte != 0, mentionsBirth, seen & Self.capital != 0)
        }
    }

    private static let dataByte: UInt8 = 1
    private static let birthLetter: UInt8 = 2
    private static let capital: UInt8 = 4

    /// For each byte: `dataByte` for a digit, `@`, `$`, `*`, `=`, `^` or `~`; `birthLetter` for `b` and `B`; `capital`
    /// for `A`-`Z` and the first bytes of two-byte Latin, Greek and Cyrillic letters (`0xC3`-`0xD4`).
    private static let prescanFlags: [UInt8] = (0...255).map { byte in
        let data = byte >= 0x30 && byte <= 0x39 || "@$*=^~".utf8.contains(UInt8(byte))
        return (data ? dataByte : 0) | (byte == 0x62 || byte == 0x42 ? birthLetter : 0) | ((0x41...0x5A).contains(byte) || (0xC3...0xD4).contains(byte) ? capital : 0)
    }

    /// Whether the `b` at `index` ends `dob` (`d.o.b`) or starts `born`, `birth…` or `bday`, any case.
    private func isBirthWord(atB index: Int) -> Bool {
        switch byte(index + 1) | 0x20 {
        case ASCII.lowerO: if hasWord("orn", at: index + 1) { return true }
        case 0x69: if hasWord("irth", at: index + 1) { return true }
        case ASCII.lowerD: if hasWord("day", at: index + 1) { return true }
        default: break
        }
        var before = index - 1
        while byte(before) == ASCII.period { before -= 1 }
        guard lower(byte(before)) == ASCII.lowerO else { return false }
        before -= 1
        while byte(before) == ASCII.period { before -= 1 }
        return lower(byte(before)) == ASCII.lowerD
    }
}
