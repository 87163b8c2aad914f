/// An authenticator app's secret (its seed or setup key) after its label: "the totp seed JBSWY3DPEHPK3PXP wont scan",
/// "secret key JBSW Y3DP EHPK 3PXP", "setup key: jbswy3dpehpk3pxp". Whoever holds it makes the caller's codes, so it is
/// redacted as `[CODE]`, as a recovery code is.
///
/// After `seed`, `secret`, `secret key`, `setup key` or `key` and at most `is`, `was`, `:`, `=` or `-`: 16 characters or
/// more of base32 (letters and the digits 2 to 7), in one word or in groups of four split by one space, with a digit
/// or in capitals; so "the secret is that they wont work" and "key points" are kept. After `secret` and a link, one
/// word that closes its clause and says no state is a password (`singleWordPassword(from:)`: "secret: sunshine"; "the
/// secret is out" is kept).
extension RedactorScanner {
    /// The seed after a label that starts at `index` (a token's start), or nil.
    func authenticatorSeed(at index: Int) -> Hit? {
        // Every label starts `se` or `ke`: most words are passed over on two bytes.
        let first = lower(bytes[index])
        guard first == ASCII.lowerS || first == 0x6B, lower(byte(index + 1)) == 0x65,
              let label = words.seedLabels.first(where: { hasWord($0, at: index) }),
              !isWordByte(byte(index + label.utf8.count)) else { return nil }
        var start = index + label.utf8.count
        var linked = false
        for _ in 0..<2 {
            while isSpace(byte(start)) { start += 1 }
            if byte(start) == ASCII.colon || byte(start) == ASCII.equals || byte(start) == ASCII.dash {
                start += 1
                linked = true
            } else if let link = ["is", "was"].first(where: { hasWord($0, at: start) }), !isWordByte(byte(start + link.utf8.count)) {
                start += link.utf8.count
                linked = true
            }
        }
        while isSpace(byte(start)) { start += 1 }
        if let end = base32End(from: start) { return Hit(kind: .oneTimeCode, start: start, end: end) }
        // "secret: sunshine", a batch column `secret`: one word that closes its clause, as after a password label.
        guard linked, label == "secret", let word = singleWordPassword(from: start) else { return nil }
        return Hit(kind: .password, start: word.lowerBound, end: word.upperBound)
    }

    /// End of 16 or more base32 characters at `start`, in one word or in groups of four split by one space, holding a
    /// digit or no lowercase letter; the groups are of one case, so a word after capitals ends them ("JBSW Y3DP EHPK
    /// 3PXP wont scan"). Nil otherwise.
    private func base32End(from start: Int) -> Int? {
        var position = start
        var end = start
        var count = 0
        var hasDigit = false
        var lowercase: Bool?
        while count < 64 {
            var tokenEnd = position
            var (tokenLower, tokenUpper, tokenDigit) = (false, false, false)
            while case let current = byte(tokenEnd), isLetter(current) || current &- 0x32 < 6 {
                tokenLower = tokenLower || current &- 0x61 < 26
                tokenUpper = tokenUpper || current &- 0x41 < 26
                tokenDigit = tokenDigit || isDigit(current)
                tokenEnd += 1
            }
            let length = tokenEnd - position
            guard length > 0, !isWordByte(byte(tokenEnd)), count == 0 || length <= 4 else { break }
            if let lowercase, lowercase ? tokenUpper : tokenLower { break }
            lowercase = lowercase ?? (tokenLower && !tokenUpper)
            hasDigit = hasDigit || tokenDigit
            count += length
            end = tokenEnd
            guard length == 4, byte(tokenEnd) == ASCII.space, isLetterOrDigit(byte(tokenEnd + 1)) else { break }
            position = tokenEnd + 1
        }
        guard count >= 16, hasDigit || lowercase == false else { return nil }
        return end
    }
}
