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

/// A MAC address typed without separators after its label: "mac 001A2B3C4D5E", "MAC address: 001a2b3c4d5e". Twelve
/// hex digits in a row, or six pairs split by one space ("MAC 00 1A 2B 3C 4D 5E"), at least one a digit, right after
/// `mac` (then maybe `address` or `addr`, and `is`, `was`, `:`, `=` or `-`); without the label they are kept, as any id.
extension RedactorScanner {
    /// The address after a `mac` label that starts at `index` (a token's start), or nil.
    func labeledMACAddress(at index: Int) -> Hit? {
        guard lower(bytes[index]) == 0x6D, hasWord("mac", at: index), !isWordByte(byte(index + 3)) else { return nil }
        var start = index + 3
        for _ in 0..<3 {
            while isSpace(byte(start)) { start += 1 }
            if byte(start) == ASCII.colon || byte(start) == ASCII.equals || byte(start) == ASCII.dash || byte(start) == ASCII.hash {
                start += 1
            } else if let link = ["address", "addr", "is", "was"].first(where: { hasWord($0, at: start) }),
                      !isWordByte(byte(start + link.utf8.count)) {
                start += link.utf8.count
            }
        }
        while isSpace(byte(start)) { start += 1 }
        var end = start
        while end - start < 12, isHexDigit(byte(end)) { end += 1 }
        if end - start == 2 { end = spacedPairsEnd(from: start) ?? end }
        guard end - start == 12 || end - start == 17, !isWordByte(byte(end)), endsToken(end), bytes[start..<end].contains(where: isDigit)
        else { return nil }
        return Hit(kind: .macAddress, start: start, end: end)
    }

    /// End of six pairs of hex digits split by one space from `start` ("00 1A 2B 3C 4D 5E"), or nil.
    private func spacedPairsEnd(from start: Int) -> Int? {
        var end = start
        for pair in 0..<6 {
            guard isHexDigit(byte(end)), isHexDigit(byte(end + 1)) else { return nil }
            end += 2
            if pair < 5 {
                guard byte(end) == ASCII.space else { return nil }
                end += 1
            }
        }
        // "00 1A 2B 3C 4D 5E 6F": seven pairs are no address.
        return byte(end) == ASCII.space && isHexDigit(byte(end + 1)) && isHexDigit(byte(end + 2)) ? nil : end
    }
}
