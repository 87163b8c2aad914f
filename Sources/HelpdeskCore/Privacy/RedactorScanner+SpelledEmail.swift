extension RedactorScanner {
    // MARK: Email spelled out

    /// Email addresses written to dodge spam filters: `jane at firm dot com`, `jane (at) firm (dot) com`,
    /// `jane [at] firm.com`, `jane.doe at firm.com`, `jane at gmail.com`. A bracketed `(at)` always counts; a plain
    /// ` at ` only when the domain spells a dot out, the name holds `.`, `_`, `+` or a digit, or the domain is a
    /// common mailbox provider, so that "sign in at id.me" and "log in at irs.gov" stay as written.
    func spelledEmails() -> [Hit] {
        var hits: [Hit] = []
        var index = 1
        while index + 1 < bytes.count {
            defer { index += 1 }
            guard lower(bytes[index]) == ASCII.lowerA, lower(bytes[index + 1]) == ASCII.lowerT else { continue }
            let bracketed = isOpening(byte(index - 1)) && isClosing(byte(index + 2))
            let plain = !bracketed && isSpace(byte(index - 1)) && isSpace(byte(index + 2))
            guard bracketed || plain else { continue }
            let nameEnd = bracketed ? skipBack(index - 1, over: isSpace) : index - 1
            var start = nameEnd
            while isEmailLocalByte(byte(start - 1)) { start -= 1 }
            while start < nameEnd, byte(start) == ASCII.period { start += 1 }
            guard start < nameEnd, startsToken(start),
                  let domain = spelledDomain(at: bracketed ? skipAhead(index + 3, over: isSpace) : index + 3) else { continue }
            let name = bytes[start..<nameEnd]
            let telling = name.contains { isDigit($0) || $0 == ASCII.period || $0 == 0x5F || $0 == ASCII.plus }
            guard bracketed || domain.spelled || telling || isMailboxProvider(domain.firstLabel) else { continue }
            hits.append(Hit(kind: .email, start: start, end: domain.end))
            index = domain.end
        }
        return hits
    }

    /// Cheap test over the whole text: an `at` standing alone or in brackets, which every spelled-out address has.
    func mayHoldSpelledEmail() -> Bool {
        var index = 1
        while index + 2 < bytes.count {
            if lower(bytes[index]) == ASCII.lowerA, lower(bytes[index + 1]) == ASCII.lowerT,
               isSpace(bytes[index - 1]) || isOpening(bytes[index - 1]),
               isSpace(bytes[index + 2]) || isClosing(bytes[index + 2]) {
                return true
            }
            index += 1
        }
        return false
    }

    /// A domain of two labels or more starting at `index`, its dots written or spelled (` dot `, `(dot)`), ending in
    /// a top-level label of 2 to 6 letters.
    private func spelledDomain(at index: Int) -> (end: Int, spelled: Bool, firstLabel: Range<Int>)? {
        var labelEnd = labelRun(from: index)
        guard labelEnd > index else { return nil }
        let first = index..<labelEnd
        var spelled = false
        var dots = 0
        var lastLabel = first
        while let (next, wasSpelled) = dot(after: labelEnd) {
            let end = labelRun(from: next)
            guard end > next else { break }
            spelled = spelled || wasSpelled
            dots += 1
            lastLabel = next..<end
            labelEnd = end
        }
        guard dots > 0, (2...6).contains(lastLabel.count), lastLabel.allSatisfy({ isLetter(bytes[$0]) }) else { return nil }
        return (labelEnd, spelled, first)
    }

    /// Where the label after a dot starts, and whether the dot was spelled out; nil when no dot follows `index`.
    private func dot(after index: Int) -> (Int, Bool)? {
        if byte(index) == ASCII.period { return (index + 1, false) }
        let word = skipAhead(index, over: isSpace)
        let bracketed = isOpening(byte(word))
        let start = bracketed ? word + 1 : word
        guard (bracketed || word > index), hasWord("dot", at: start) else { return nil }
        let after = start + 3
        if bracketed {
            guard isClosing(byte(after)) else { return nil }
            return (skipAhead(after + 1, over: isSpace), true)
        }
        guard isSpace(byte(after)) else { return nil }
        return (skipAhead(after, over: isSpace), true)
    }

    private func labelRun(from index: Int) -> Int {
        var end = index
        while isLetterOrDigit(byte(end)) || (byte(end) == ASCII.dash && end > index) { end += 1 }
        while end > index, byte(end - 1) == ASCII.dash { end -= 1 }
        return end
    }

    private func skipAhead(_ index: Int, over include: (UInt8) -> Bool) -> Int {
        var position = index
        while position < bytes.count, include(bytes[position]) { position += 1 }
        return position
    }

    private func skipBack(_ index: Int, over include: (UInt8) -> Bool) -> Int {
        var position = index
        while position > 0, include(bytes[position - 1]) { position -= 1 }
        return position
    }

    private func isSpace(_ byte: UInt8) -> Bool { byte == ASCII.space || byte == ASCII.tab }
    private func isOpening(_ byte: UInt8) -> Bool { byte == ASCII.openParenthesis || byte == 0x5B || byte == 0x7B }
    private func isClosing(_ byte: UInt8) -> Bool { byte == ASCII.closeParenthesis || byte == 0x5D || byte == 0x7D }

    /// The mailbox providers people most often write as `name at gmail.com`.
    private func isMailboxProvider(_ label: Range<Int>) -> Bool {
        let word = bytes[label].map(lower)
        return Self.mailboxProviders.contains { $0.utf8.elementsEqual(word) }
    }

    static let mailboxProviders = [
        "gmail", "googlemail", "yahoo", "ymail", "outlook", "hotmail", "live", "msn", "aol", "icloud", "me", "mac",
        "proton", "protonmail", "comcast", "att", "verizon", "sbcglobal", "zoho", "gmx",
    ]
}
