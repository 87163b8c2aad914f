extension RedactorScanner {
    // MARK: Email spelled out

    /// Email addresses written to dodge spam filters, their `@` and dots spelled out or bracketed:
    /// `jane (at) firm (dot) com`, `jane [at] firm.com`, `jane -at- firm -dot- com`, `jane@firm dot com`, `jane dot
    /// doe at firm dot com`, `jane @ firm . com`, `jane . doe @ firm . com`, `jane at firm period com`, a name spelled letter by letter (`j a n e
    /// @ gmail.com`), and a mail provider's name alone for the domain (`jane (at) gmail`, `jane at yahoo`:
    /// `isMailProvider`). With a plain ` at ` and written dots when the address looks like one (`jane.doe at
    /// firm.com`), a word before it speaks of email (`my email is jane at firm.com`), or the domain is a mail
    /// provider's and the name no ordinary word (`jane at gmail.com`, but "look at gmail": `isOrdinaryWordBeforeAt`).
    /// A plain ` at ` before `id.me` or a `.gov` site is where someone signs in, not an address: "sign in at id.me",
    /// "log in at irs dot gov". Hits never overlap one another: addresses glued into a chain become one.
    func spelledEmails() -> [Hit] {
        var hits: [Hit] = []
        var index = 0
        let count = bytes.count
        while index < count {
            // Most bytes are rejected by one bit test: only `@`, `(`, `[`, `{` and "at" after a space can start an `at`.
            let current = bytes[index]
            let bits = current < 0x40 ? Self.atStartBits.low : current < 0x80 ? Self.atStartBits.high : 0
            guard bits >> (current & 63) & 1 == 1 else {
                index += 1
                continue
            }
            let startsAt = current | 0x20 == ASCII.lowerA && index > 0 && byte(index + 1) | 0x20 == ASCII.lowerT
                && (bytes[index - 1] <= ASCII.space || bytes[index - 1] >= 0x80)
            guard startsAt || current == ASCII.at || isOpening(current) || current == ASCII.dash,
                  let token = atToken(at: index) else {
                index += 1
                continue
            }
            guard let hit = spelledEmail(around: token) else {
                index = token.end
                continue
            }
            // A chain of addresses glued by dots ("jane at x dot com.bob at y dot com"): one finding over all.
            if let last = hits.last, hit.start < last.end {
                hits[hits.count - 1].end = max(last.end, hit.end)
            } else {
                hits.append(hit)
            }
            index = max(hit.end, token.end)
        }
        return hits
    }

    /// Bit `b % 64` of word `b / 64` is set for each ASCII byte `b` that can start an `at`: `(` `-` `@` `A` `[` `a` `{`.
    /// A pre-filter: the bytes it lets through are checked again below.
    private static let atStartBits: (low: UInt64, high: UInt64) = "(-@A[a{".utf8.reduce((UInt64(0), UInt64(0))) { bits, byte in
        byte < 64 ? (bits.0 | 1 << byte, bits.1) : (bits.0, bits.1 | 1 << (byte - 64))
    }

    /// An `at` that may join a name to its domain, starting at `index`: `@`, a bracketed `(at)` or `-at-` (strong),
    /// or the word `at` between spaces (weak).
    private func atToken(at index: Int) -> (start: Int, end: Int, strong: Bool)? {
        if bytes[index] == ASCII.at { return (index, index + 1, true) }
        if bytes[index] == ASCII.dash {
            guard hasWord("at", at: index + 1), byte(index + 3) == ASCII.dash, !isWordByte(byte(index + 4)) else { return nil }
            return (index, index + 4, true)
        }
        if isOpening(bytes[index]) {
            let word = skipSpaces(index + 1, limit: 2)
            guard hasWord("at", at: word) else { return nil }
            let close = skipSpaces(word + 2, limit: 2)
            return isClosing(byte(close)) ? (index, close + 1, true) : nil
        }
        guard hasWord("at", at: index), spaceWidth(endingAt: index) > 0, spaceWidth(index + 2) > 0 else { return nil }
        return (index, index + 2, false)
    }

    /// The address around `token`, or nil when the text around it is no address.
    private func spelledEmail(around token: (start: Int, end: Int, strong: Bool), lookingAhead: Bool = true) -> Hit? {
        guard let typedName = localPart(endingAt: skipSpacesBack(token.start), allowingSpelledDots: true),
              let domain = spelledDomain(at: skipSpaces(token.end, limit: 2)) else { return nil }
        let name = spelledLetters(endingWith: typedName)
        let accepted = accepts(token, name: name, domain: domain)
        // "reach me at jane dot doe at gmail dot com": what looked like a domain is the name of the address after
        // it. The finding runs to that address's end, from this name when this pair passes as an address on its own
        // ("log in at id.me at jane.doe@gmail.com" keeps "log in at"). One address ahead: a chain costs no depth.
        let next = skipSpaces(domain.end, limit: 2)
        if lookingAhead, next < bytes.count, let following = atToken(at: next),
           let later = spelledEmail(around: following, lookingAhead: false) {
            return Hit(kind: .email, start: accepted ? min(name.lowerBound, later.start) : later.start, end: later.end)
        }
        return accepted ? Hit(kind: .email, start: name.lowerBound, end: domain.end) : nil
    }

    /// Whether `name`, `token` and `domain` make an address: always with a strong `at`; with a plain ` at `, never
    /// before a sign-in site, and only with a dot, `_` or `+` inside the name (`jane.doe`), a spelled-out dot, a
    /// word about email before it, or a mail provider's domain after a name that is no ordinary word.
    private func accepts(_ token: (start: Int, end: Int, strong: Bool), name: Range<Int>, domain: SpelledDomain) -> Bool {
        if token.strong { return true }
        guard !domain.isSignInSite else { return false }
        let inner = bytes[name].dropLast()
        let looksLikeAddress = domain.spelled || inner.contains { $0 == ASCII.period || $0 == ASCII.underscore || $0 == ASCII.plus }
        if looksLikeAddress || precedingWords(before: name.lowerBound, limit: 4, include: isEmailLabel) { return true }
        // "double-check at gmail": the last word of a name joined by dashes.
        let lastWord = bytes[name].split(separator: ASCII.dash, omittingEmptySubsequences: false).last ?? bytes[name]
        return domain.isMailProvider && !isOrdinaryWordBeforeAt(lastWord.map(lower))
    }

    struct SpelledDomain {
        var end: Int
        /// Whether a dot was spelled out or set apart by spaces.
        var spelled: Bool
        var isSignInSite: Bool
        /// Whether the first label is a mail provider's (`gmail`, `yahoo`...).
        var isMailProvider: Bool
    }

    /// A domain of two labels or more starting at `index`, its dots written or spelled out, ending in a label of
    /// 2 to 24 letters; or a mail provider's name alone (`gmail`).
    private func spelledDomain(at index: Int) -> SpelledDomain? {
        var labels: [Range<Int>] = []
        var spelled = false
        var position = index
        while true {
            let end = labelRun(from: position)
            guard end > position else { break }
            labels.append(position..<end)
            guard let (next, wasSpelled, needsTopLevel) = dot(after: end), case let nextEnd = labelRun(from: next),
                  nextEnd > next, !needsTopLevel || isTopLevelDomain(next..<nextEnd) else { break }
            spelled = spelled || wasSpelled
            position = next
        }
        guard let first = labels.first else { return nil }
        let isMailProvider = isMailProvider(first)
        if labels.count == 1 {
            return isMailProvider ? SpelledDomain(end: first.upperBound, spelled: false, isSignInSite: false, isMailProvider: true) : nil
        }
        guard let top = labels.last, (2...24).contains(top.count), top.allSatisfy({ isLetter(bytes[$0]) }) else { return nil }
        let words = labels.map { bytes[$0].map(lower) }
        let isSignInSite = words.last!.elementsEqual("gov".utf8) || (words.count == 2 && words[0].elementsEqual("id".utf8)
            && words[1].elementsEqual("me".utf8))
        return SpelledDomain(end: top.upperBound, spelled: spelled, isSignInSite: isSignInSite, isMailProvider: isMailProvider)
    }

    /// Where the label after a dot at `index` starts, whether the dot was spelled out (` dot `, `(dot)`, `[.]`,
    /// `-dot-`, ` . `, ` period `), and whether only a top-level domain may follow it (` . `, ` period `: "at work
    /// period then" is no address).
    private func dot(after index: Int) -> (Int, Bool, Bool)? {
        if byte(index) == ASCII.period { return (index + 1, false, false) }
        let word = skipSpaces(index, limit: 2)
        if isOpening(byte(word)) { return spelledDot(at: word).map { ($0, true, false) } }
        guard word > index else { return nil }
        switch lower(byte(word)) {
        case ASCII.period:
            return (skipSpaces(word + 1, limit: 2), true, true)
        case ASCII.dash:
            guard hasWord("dot", at: word + 1), byte(word + 4) == ASCII.dash else { return nil }
            return (skipSpaces(word + 5, limit: 2), true, false)
        case ASCII.lowerP:
            guard hasWord("period", at: word), spaceWidth(word + 6) > 0 else { return nil }
            return (skipSpaces(word + 6, limit: 2), true, true)
        default:
            return spelledDot(at: word).map { ($0, true, false) }
        }
    }

    /// Where the label after a spelled-out dot at `word` starts: ` dot `, `(dot)`, `[.]`.
    private func spelledDot(at word: Int) -> Int? {
        if isOpening(byte(word)) {
            let inside = skipSpaces(word + 1, limit: 2)
            let length = hasWord("dot", at: inside) ? 3 : (byte(inside) == ASCII.period ? 1 : 0)
            let close = skipSpaces(inside + length, limit: 2)
            guard length > 0, isClosing(byte(close)) else { return nil }
            return skipSpaces(close + 1, limit: 2)
        }
        guard hasWord("dot", at: word), spaceWidth(word + 3) > 0 else { return nil }
        return skipSpaces(word + 3, limit: 2)
    }

    /// `name`, or with the letters spelled out before it when it is one letter or digit: `j a n e` in "j a n e @
    /// gmail.com".
    private func spelledLetters(endingWith name: Range<Int>) -> Range<Int> {
        guard name.count == 1 else { return name }
        var start = name.lowerBound
        while byte(start - 1) == ASCII.space, isLetterOrDigit(byte(start - 2)), !isEmailLocalByte(byte(start - 3)) {
            start -= 2
        }
        return start..<name.upperBound
    }

    /// Where the name before a ` dot `, `(dot)` or ` . ` that ends right before `index` ends, when one does.
    func spelledDotEnding(at index: Int) -> Int? {
        var end = skipSpacesBack(index)
        if end < index, byte(end - 1) == ASCII.period, spaceWidth(endingAt: end - 1) > 0 {
            // "jane . doe @ firm . com": a dot set apart by spaces, as in the domain.
            end -= 1
        } else if isClosing(byte(end - 1)) {
            guard end >= 5, isOpening(byte(end - 5)), hasWord("dot", at: end - 4) else { return nil }
            end -= 5
        } else {
            guard end < index, end >= 3, hasWord("dot", at: end - 3), spaceWidth(endingAt: end - 3) > 0 else { return nil }
            end -= 3
        }
        return skipSpacesBack(end)
    }

    /// `index`, moved back over the spaces that end right before it.
    private func skipSpacesBack(_ index: Int) -> Int {
        var position = index
        while spaceWidth(endingAt: position) > 0 { position -= spaceWidth(endingAt: position) }
        return position
    }

    /// The end of the domain label (letters, digits, inner dashes) starting at `index`.
    private func labelRun(from index: Int) -> Int {
        var end = index
        while isLetterOrDigit(byte(end)) || (byte(end) == ASCII.dash && end > index) { end += 1 }
        while end > index, byte(end - 1) == ASCII.dash { end -= 1 }
        return end
    }

    /// Bytes taken by a space that ends right before `index` (as `spaceWidth` reads them); 0 if none.
    func spaceWidth(endingAt index: Int) -> Int {
        spaceWidth(index - 1)
    }

    private func isOpening(_ byte: UInt8) -> Bool {
        byte == ASCII.openParenthesis || byte == ASCII.openBracket || byte == ASCII.openBrace
    }

    private func isClosing(_ byte: UInt8) -> Bool {
        byte == ASCII.closeParenthesis || byte == ASCII.closeBracket || byte == ASCII.closeBrace
    }

    /// `email`, `e-mail` (read as `mail`), `mail`, `address`, `reach`, `contact`: words that say an address follows.
    private func isEmailLabel(_ word: [UInt8]) -> Bool {
        ["email", "emails", "mail", "address", "reach", "contact"].contains { $0.utf8.elementsEqual(word) }
    }
}
