extension RedactorScanner {
    // MARK: Phone numbers

    /// End of a North American number whose area code starts at `index`: `(866) 255-0654`, `866-255-0654`, `8662550654`;
    /// and the area code set apart from 7 digits in a row (`(866)2550654`, `866-2550654`) when they form a valid number,
    /// or after a phone word (`isLabeledPhone`) or before an extension (`5551234567x12`) whether valid or not.
    func phoneCore(at index: Int) -> Int? {
        guard let (end, valid) = phoneShape(at: index) else { return nil }
        return valid || isLabeledPhone(index) || extensionEnd(after: end) != nil ? end : nil
    }

    /// `555/123/4567`: a North American number grouped 3-3-4 by slashes, as by dashes; valid or not, like those.
    func slashedPhoneEnd(at start: Int) -> Int? {
        guard byte(start + 3) == ASCII.slash, digitRun(at: start + 4) == 3, byte(start + 7) == ASCII.slash,
              digitRun(at: start + 8) == 4 else { return nil }
        return phoneEnd(after: start + 12)
    }

    /// Whether a phone word (`isPhoneLabel`) is among the four words before `index` and no word that names another
    /// number (`isOtherNumberLabel`): then digits that make no valid number are one all the same ("call me at
    /// 5551234567", though no exchange starts with 1).
    func isLabeledPhone(_ index: Int) -> Bool {
        precedingWords(before: index, limit: 4, include: isPhoneLabel)
            && !precedingWords(before: index, limit: 4, include: isOtherNumberLabel)
    }

    /// End of the number `phoneCore` reads, and whether its area code and exchange start with 2–9 where that is checked.
    private func phoneShape(at index: Int) -> (end: Int, valid: Bool)? {
        var position = index
        let area = byte(index) == ASCII.openParenthesis ? index + 1 : index
        if byte(position) == ASCII.openParenthesis {
            guard digitRun(at: position + 1) == 3, byte(position + 4) == ASCII.closeParenthesis else { return nil }
            position += 5
            position = skipSeparator(position) ?? position
        } else {
            let length = digitRun(at: position)
            if length == 10 {
                return (position + 10, isNANPDigit(byte(position)) && isNANPDigit(byte(position + 3)))
            }
            guard length == 3, let (next, bare) = groupBreak(position + 3), !bare || isLabeledPhone(index) else { return nil }
            position = next
        }
        if digitRun(at: position) == 7 {
            return (position + 7, isNANPDigit(byte(area)) && isNANPDigit(byte(position)))
        }
        // Wrapped at a line break without a dash only after a phone word (`groupBreak(_:)`).
        guard digitRun(at: position) == 3, let (line, bare) = groupBreak(position + 3), digitRun(at: line) == 4,
              !bare || isLabeledPhone(index) else {
            return nil
        }
        return (line + 4, true)
    }

    /// End of a North American number whose bare area code starts at `start`. Grouped 3-3-4 (`866-255-0654`) it is
    /// always one; an area code then 7 digits in a row (`866-2550654`, `212.5550134`, `212 5550134`) only with a
    /// phone word among the four words before it (`call`, `phone`, `cell`...: `isPhoneLabel`), an extension after
    /// it, or nothing else in the text, since `amount 212.5550134` and `case 202-5551234` are no phone numbers.
    /// `(866)2550654`, `1-866-2550654` and `+1 866 2550654` are read elsewhere and need none of that.
    func areaCodePhoneEnd(at start: Int) -> Int? {
        guard let core = phoneCore(at: start), let end = phoneEnd(after: core) else { return nil }
        guard let split = skipSeparator(start + 3), digitRun(at: split) == 7 else { return end }
        if end > core || precedingWords(before: start, limit: 4, include: isPhoneLabel) { return end }
        var before = start
        while before > 0, bytes[before - 1] <= ASCII.space { before -= 1 }
        var after = end
        while after < bytes.count, bytes[after] <= ASCII.space { after += 1 }
        return before == 0 && after == bytes.count ? end : nil
    }

    /// Where a phone number ending at `core` really ends: after its extension if any, nil if it runs into more text.
    func phoneEnd(after core: Int) -> Int? {
        if let end = extensionEnd(after: core), endsToken(end) { return end }
        return endsToken(core) ? core : nil
    }

    /// End of `ext 123`, `, ext. 123`, `extension 123`, `x123` or `#123` right after a phone number.
    func extensionEnd(after core: Int) -> Int? {
        var position = core
        if byte(position) == ASCII.comma { position += 1 }
        position = skipSpaces(position, limit: 2)
        if hasWord("extension", at: position) {
            position += 9
        } else if hasWord("ext", at: position) {
            position += 3
        } else if lower(byte(position)) == ASCII.lowerX || byte(position) == ASCII.hash {
            position += 1
        } else {
            return nil
        }
        if byte(position) == ASCII.period || byte(position) == ASCII.colon { position += 1 }
        position = skipSpaces(position, limit: 2)
        let length = digitRun(at: position)
        return (1...6).contains(length) ? position + length : nil
    }

    /// `+1 …` North American numbers, and other international numbers of 8–15 digits.
    func scanPlus(at index: Int, into hits: inout [Hit]) {
        guard startsToken(index), isDigit(byte(index + 1)), byte(index + 1) != ASCII.zero else { return }
        if byte(index + 1) == ASCII.one {
            let area = skipSeparator(index + 2) ?? index + 2
            if let core = phoneCore(at: area), let end = phoneEnd(after: core) {
                hits.append(Hit(kind: .phone, start: index, end: end))
                return
            }
        }
        var position = index + 1
        var digits = 0
        var best: Int?
        for _ in 0..<8 {
            if byte(position) == ASCII.openParenthesis {
                let length = digitRun(at: position + 1)
                guard (1...4).contains(length), byte(position + 1 + length) == ASCII.closeParenthesis else { break }
                digits += length
                position += length + 2
            } else {
                let length = digitRun(at: position)
                guard length > 0 else { break }
                digits += length
                position += length
            }
            if digits > 15 { break }
            if digits >= 8, let end = phoneEnd(after: position) { best = end }
            let next = skipSeparator(position) ?? position
            guard isDigit(byte(next)) || byte(next) == ASCII.openParenthesis,
                  next > position || byte(position - 1) == ASCII.closeParenthesis || byte(next) == ASCII.openParenthesis
            else { break }
            position = next
        }
        if let best { hits.append(Hit(kind: .phone, start: index, end: best)) }
    }
}
