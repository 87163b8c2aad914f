/// MAC addresses: six pairs of hex digits joined by colons or by dashes, the same mark throughout
/// (`00:1A:2B:3C:4D:5E`, `00-1a-2b-3c-4d-5e`), or three groups of four joined by dots with a letter among them (Cisco's
/// `0050.56c0.0001`), standing alone. A device's address says whose it is, so it is redacted as `[MAC]` wherever it
/// stands; other groupings (`12-34-56`, `00:1A:2B:3C:4D`, `1234.5678.9012`) are kept.
extension RedactorScanner {
    /// The address holding the mark (`:`, `-` or `.`) at `mark`, or nil.
    func macAddress(around mark: Int) -> Hit? {
        let separator = byte(mark)
        guard isHexDigit(byte(mark - 1)), isHexDigit(byte(mark + 1)) else { return nil }
        let (groups, width) = separator == ASCII.period ? (3, 4) : (6, 2)
        var start = mark - 1
        while mark - start < 16, isHexDigit(byte(start - 1)) || byte(start - 1) == separator { start -= 1 }
        guard !isWordByte(byte(start - 1)), byte(start - 1) != separator else { return nil }
        var index = start
        var hasLetter = false
        for group in 0..<groups {
            for _ in 0..<width {
                guard isHexDigit(byte(index)) else { return nil }
                hasLetter = hasLetter || !isDigit(byte(index))
                index += 1
            }
            if group < groups - 1 {
                guard byte(index) == separator else { return nil }
                index += 1
            }
        }
        guard !isWordByte(byte(index)), !(byte(index) == separator && isHexDigit(byte(index + 1))),
              separator != ASCII.period || hasLetter else { return nil }
        return Hit(kind: .macAddress, start: start, end: index)
    }
}
