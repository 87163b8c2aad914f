/// IPv6 addresses: groups of one to four hex digits joined by colons, eight of them, or fewer with one `::` for the
/// zeros left out, maybe ending in an IPv4 address (`2001:db8:85a3::8a2e:370:7334`, `fe80::1ff:fe23:4567:890a`,
/// `::ffff:192.168.1.20`), standing alone and holding a digit. Redacted as `[IP]`, as an IPv4 address is; times
/// (`10:30:45`), words (`Error::Retry`) and a `::` with fewer than four hex digits (`1::2`) are kept.
extension RedactorScanner {
    /// The address holding the colon at `colon`, or nil.
    func ipv6Address(around colon: Int) -> Hit? {
        guard isHexDigit(byte(colon - 1)) || byte(colon - 1) == ASCII.colon,
              isHexDigit(byte(colon + 1)) || byte(colon + 1) == ASCII.colon else { return nil }
        var start = colon
        while colon - start < 40, isHexDigit(byte(start - 1)) || byte(start - 1) == ASCII.colon { start -= 1 }
        // "ip:2001:db8::1": a single colon before the first group belongs to a label.
        if byte(start) == ASCII.colon, byte(start + 1) != ASCII.colon { start += 1 }
        guard !isWordByte(byte(start - 1)), byte(start - 1) != ASCII.period else { return nil }
        var index = start
        var groups = 0
        var hexDigits = 0
        var hasDigit = false
        var compressed = false
        if byte(index) == ASCII.colon {
            compressed = true
            index += 2
        }
        while groups < 8, isHexDigit(byte(index)) {
            var run = 0
            while run < 5, isHexDigit(byte(index + run)) { run += 1 }
            guard run <= 4 else { return nil }
            // An IPv4 address for the last two groups: "::ffff:192.168.1.20".
            if byte(index + run) == ASCII.period, isDigit(byte(index + run + 1)) {
                guard groups <= 6, digitRun(at: index) == run, let ipv4 = ipAddress(at: index, length: run) else { return nil }
                groups += 2
                hasDigit = true
                hexDigits += 4
                index = ipv4.end
                break
            }
            hasDigit = hasDigit || bytes[index..<index + run].contains(where: isDigit)
            hexDigits += run
            groups += 1
            index += run
            guard byte(index) == ASCII.colon else { break }
            if byte(index + 1) == ASCII.colon {
                guard !compressed else { return nil }
                compressed = true
                index += 2
            } else if isHexDigit(byte(index + 1)) {
                index += 1
            } else {
                break
            }
        }
        guard hasDigit, compressed ? groups <= 7 && hexDigits >= 4 : groups == 8, !isWordByte(byte(index)),
              !(byte(index) == ASCII.colon && isHexDigit(byte(index + 1))) else { return nil }
        return Hit(kind: .ipAddress, start: start, end: index)
    }

    /// `0`-`9`, `a`-`f`, `A`-`F`.
    @inline(__always) func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20) &- 0x61 < 6
    }
}
