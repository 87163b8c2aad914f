/// Passwords and one-time codes read out by a caller: "her password is Summer2024!", "pw: hunter22", "the code 482913
/// didn't work", "IP PIN 123456".
///
/// A value counts only right after its label (`password(s)`, `pass word`, `passphrase(s)`, `passwd`, `psswd`, `pswd`, `pwd`,
/// `p/w`, `pw`, `pword`, and
/// `pass` or `secret` before `:`, `=`, `is` or `was`; `passcode(s)`, `code(s)`, `otp`, `pin(s)`, `ippin(s)`, `cvv`, `cvc`; and the
/// knowledge base's `other_password_labels` and `other_code_labels`: `otherCredentialLabel(at:)`), past line
/// breaks and at most four of `is`,
/// `was`, `of`, `now`, `still`, `number`, `no`, `:`, `=`, `-`, `>`, `#`, `,`, `.`, and only when it has the shape of
/// a secret:
/// - after a password label, six characters or more holding a digit ("my password is wrong", "reset password 2 times"
///   are kept), or in quotes with spaces ("password was 'Tax Season 2026'"); a form or notice name is kept
///   (`Form8821`, `CP2000`);
/// - after `code`, `passcode`, `otp`, `pin` or `ippin`, four to eight digits, in one group or several of two or more
///   split by a space or dash ("482 913", "48 29 13"), or six to eight read out one by one ("4 8 2 9 1 3"); after
///   `cvv` or `cvc` three to eight ("cvv 123"; "error code 500" and "code 846 on a transcript" are kept); after
///   `passcode`, a password's shape too. Four or five digits after `code` are a system's code, not one sent to the
///   caller, after a word that names the system (`zip code 90210`, `tax code 1234`, `reject code 0515`:
///   `isSystemCode(_:labelAt:value:)`), and so is a year (`code 2024`). A number before
///   `form` is a form's ("pin number 1099 form"), and `code` right after `error` labels nothing ("error code 100012").
/// Values listed after one label ("codes 482913 and 593021") are each redacted.
/// Every pattern here needs a digit; a password of letters and symbols alone is read right after its label and link only
/// (`singleWordPassword(from:)`, `spacedPassword(at:)`).
extension RedactorScanner {
    func credentials() -> [Hit] {
        var hits: [Hit] = []
        var index = 0
        while index < bytes.count {
            guard startsToken(index), let (label, labelEnd) = credentialLabel(at: index) else {
                index += 1
                continue
            }
            var valueStart = skipCredentialConnectors(from: labelEnd)
            guard var value = credentialValue(after: label, from: valueStart),
                  !isSystemCode(label, labelAt: index, value: valueStart..<value.end) else {
                index = labelEnd
                continue
            }
            // A list after one label: "codes 482913 and 593021", "codes: 482913, 593021".
            while true {
                hits.append(Hit(kind: value.kind, start: valueStart, end: value.end))
                index = value.end
                valueStart = skipListSeparator(from: value.end)
                guard valueStart > value.end, let next = credentialValue(after: label, from: valueStart) else { break }
                value = next
            }
        }
        return hits
    }

    /// A word that introduces a secret: what it is redacted as, and for codes, the fewest digits one has when read out
    /// or away from the label (right after it, four do: `credentialValue(after:from:)`).
    /// `punctuated`: only before `:`, `=`, `is` or `was` ("pass: Tax2026!", "my pass is Hunter2", not "pass 2 tests"); a
    /// `passcode` may be either shape.
    struct CredentialLabel {
        let word: String
        let kind: Redaction.Kind
        var fewestDigits = 4
        /// The fewest digits right after the label: a `token` or `2fa` names a six-digit code, `code` a PIN too.
        var fewestRightAfter = 4
        var punctuated = false
    }

    private static let credentialLabels = [
        CredentialLabel(word: "passwords", kind: .password), CredentialLabel(word: "password", kind: .password),
        CredentialLabel(word: "pass word", kind: .password), CredentialLabel(word: "passphrases", kind: .password),
        CredentialLabel(word: "passphrase", kind: .password), CredentialLabel(word: "passwd", kind: .password),
        CredentialLabel(word: "psswd", kind: .password), CredentialLabel(word: "pswd", kind: .password),
        CredentialLabel(word: "pword", kind: .password), CredentialLabel(word: "pwd", kind: .password),
        CredentialLabel(word: "p/w", kind: .password), CredentialLabel(word: "pw", kind: .password),
        CredentialLabel(word: "pass", kind: .password, punctuated: true),
        // A secret of any kind ("secret: Hunter2024", a batch column `secret`); an authenticator's seed after it is
        // read by `authenticatorSeed(at:)`.
        CredentialLabel(word: "secret", kind: .password, punctuated: true),
        CredentialLabel(word: "passcodes", kind: .oneTimeCode), CredentialLabel(word: "passcode", kind: .oneTimeCode),
        CredentialLabel(word: "codes", kind: .oneTimeCode, fewestDigits: 6),
        CredentialLabel(word: "code", kind: .oneTimeCode, fewestDigits: 6),
        CredentialLabel(word: "otp", kind: .oneTimeCode), CredentialLabel(word: "pins", kind: .oneTimeCode),
        CredentialLabel(word: "pin", kind: .oneTimeCode),
        // An IP PIN typed as one word, and a card's security code.
        CredentialLabel(word: "ippins", kind: .oneTimeCode), CredentialLabel(word: "ippin", kind: .oneTimeCode),
        CredentialLabel(word: "cvv", kind: .oneTimeCode, fewestDigits: 3), CredentialLabel(word: "cvc", kind: .oneTimeCode, fewestDigits: 3),
    ]

    /// The label word at `index`, and where it ends; a misspelt `password` or `passcode` too (`pasword`, `passwrd`).
    func credentialLabel(at index: Int) -> (CredentialLabel, Int)? {
        let first = lower(byte(index))
        guard first == ASCII.lowerP || first == ASCII.lowerC || first == ASCII.lowerO
                || first == 0x69 && hasWord("ippin", at: index) || first == 0x73 && lower(byte(index + 1)) == 0x65 && hasWord("secret", at: index) else {
            return otherCredentialLabel(at: index)
        }
        for label in Self.credentialLabels where hasWord(label.word, at: index) {
            let end = index + label.word.utf8.count
            guard !isWordByte(byte(end)) else { continue }
            if label.punctuated {
                var next = end
                while isSpace(byte(next)) { next += 1 }
                guard byte(next) == ASCII.colon || byte(next) == ASCII.equals
                        || ["is", "was"].contains(where: { hasWord($0, at: next) && isSpace(byte(next + $0.utf8.count)) })
                else { continue }
            }
            // "error code 100012": the number of an error, not a code sent to the caller ("an error, code 482913
            // failed" still labels one).
            if first == ASCII.lowerC, isSpace(byte(index - 1)), isLetter(byte(skipSpacesBack(from: index) - 1)),
               precedingWords(before: index, limit: 1, include: isErrorWord) { return nil }
            return (label, end)
        }
        return misspelledCredentialLabel(at: index) ?? otherCredentialLabel(at: index)
    }

    /// Past the spaces and line breaks and up to four of the connecting words (`is`, `was`, `of`, `now`, `still`,
    /// `number`, `no`) and marks (`:`, `=`, `-`, `>`, `#`, `,`, `.`) after a label: "password is now X", "code -> X",
    /// "PIN no. 1234", "the code, 482913, didn't work", "password:" at the end of one line and the value on the next.
    private func skipCredentialConnectors(from start: Int) -> Int {
        var index = start
        for _ in 0..<4 {
            while isSpaceOrBreak(byte(index)) { index += 1 }
            if Self.connectingMarks.contains(byte(index)) {
                index += 1
                continue
            }
            guard let word = words.credentialLinks.first(where: { hasWord($0, at: index) }),
                  !isWordByte(byte(index + word.utf8.count)) else { break }
            index += word.utf8.count
        }
        while isSpaceOrBreak(byte(index)) { index += 1 }
        return index
    }
    /// `:`, `=`, `-`, `>`, `#`, `,`, `.`.
    private static let connectingMarks: Set<UInt8> = [0x3A, 0x3D, 0x2D, 0x3E, 0x23, 0x2C, 0x2E]

    /// Past ", ", " and " or " or " after a value, where a list goes on; `index` itself when none follows.
    private func skipListSeparator(from index: Int) -> Int {
        var next = index
        while isSpace(byte(next)) || byte(next) == 0x2C { next += 1 }
        for word in ["and", "or"] where hasWord(word, at: next) && !isWordByte(byte(next + word.utf8.count)) {
            next += word.utf8.count
            while isSpace(byte(next)) { next += 1 }
            return next
        }
        return next > index && byte(index) == 0x2C ? next : index
    }

    /// The value of `label`'s shape starting at `start`: what it is redacted as, and its end.
    private func credentialValue(after label: CredentialLabel, from start: Int) -> (kind: Redaction.Kind, end: Int)? {
        guard label.kind == .oneTimeCode else { return passwordEnd(from: start).map { (.password, $0) } }
        // Right after its label a code may be as short as a PIN ("code 4417"); further on, or read out, `fewestDigits`.
        if let end = codeEnd(from: start, fewestDigits: min(label.fewestDigits, label.fewestRightAfter)) {
            return namesForm(after: end) ? nil : (.oneTimeCode, end)
        }
        return label.word.hasPrefix("passcode") ? passwordEnd(from: start).map { (.password, $0) } : nil
    }

    /// End of a code of `fewestDigits` to 8 digits, in one group or several of 2 or more split by one space or dash
    /// ("482 913", "48 29 13"), or six to eight digits read out one by one ("4 8 2 9 1 3").
    private func codeEnd(from start: Int, fewestDigits: Int) -> Int? {
        if let end = singleDigitsEnd(from: start) { return end }
        var digits = digitRun(at: start)
        var end = start + digits
        while digits < 8, isSpace(byte(end)) || byte(end) == ASCII.dash, case let run = digitRun(at: end + 1), run >= 2,
              digits + run <= 8 {
            digits += run
            end += 1 + run
        }
        guard digits >= fewestDigits, digits <= 8, endsToken(end) else { return nil }
        return end
    }

    /// End of six to eight digits read out one by one, split by one space or dash ("4 8 2 9 1 3"), with no digit
    /// before or after them: nine single digits are no code, nor are their last eight.
    func singleDigitsEnd(from start: Int) -> Int? {
        guard digitRun(at: start) == 1,
              !((isSpace(byte(start - 1)) || byte(start - 1) == ASCII.dash) && isDigit(byte(start - 2))) else { return nil }
        var digits = 1
        var end = start + 1
        while isSpace(byte(end)) || byte(end) == ASCII.dash, digitRun(at: end + 1) == 1 {
            digits += 1
            end += 2
        }
        guard (6...8).contains(digits), endsToken(end) else { return nil }
        return end
    }

    /// End of a password: six characters or more up to the next space, holding a digit, without the punctuation that
    /// closes a sentence after it; its quotes or brackets are redacted with it, and a quoted password holds spaces
    /// ("'Tax Season 2026'"). A form or notice name (`Form8821`, `CP2000`: `isFormName`) is none.
    private func passwordEnd(from start: Int) -> Int? {
        if let end = quotedPasswordEnd(from: start) { return end }
        let quoted = byte(start) == 0x22 || byte(start) == 0x27 || byte(start) == 0x28
        let valueStart = quoted ? start + 1 : start
        var end = valueStart
        while end < bytes.count, !isSpace(bytes[end]), bytes[end] >= 0x20, bytes[end] != 0x7F { end += 1 }
        // A control character right after it (an escape sequence, say) means it is no password.
        guard end == bytes.count || isSpace(bytes[end]) || bytes[end] == 0x0A || bytes[end] == 0x0D else { return nil }
        while end > valueStart, Self.closingPunctuation.contains(bytes[end - 1]) { end -= 1 }
        guard end - valueStart >= 6, bytes[valueStart..<end].contains(where: isDigit),
              !isFormName(valueStart..<end) else { return nil }
        let closing: UInt8 = byte(start) == 0x28 ? 0x29 : byte(start)
        return quoted && byte(end) == closing ? end + 1 : end
    }

    /// End of a password in quotes that holds a space ("password was 'Tax Season 2026'"), its quotes included: six
    /// characters or more and a digit, closed on the same line within `contextReach` bytes by the same quote with no
    /// space before it and no letter or digit after it.
    private func quotedPasswordEnd(from start: Int) -> Int? {
        let quote = byte(start)
        guard quote == 0x22 || quote == 0x27 else { return nil }
        let limit = min(bytes.count, start + 1 + Self.contextReach)
        var end = start + 1
        var hasSpace = false
        var hasDigit = false
        while end < limit, bytes[end] != quote, bytes[end] >= 0x20, bytes[end] != 0x7F {
            hasSpace = hasSpace || isSpace(bytes[end])
            hasDigit = hasDigit || isDigit(bytes[end])
            end += 1
        }
        guard end < limit, bytes[end] == quote, hasSpace, hasDigit, end - start - 1 >= 6, !isSpace(bytes[end - 1]),
              !isSpace(byte(start + 1)), !isWordByte(byte(end + 1)) else { return nil }
        return end + 1
    }

    /// `.`, `,`, `;`, `:`, `)`, `"` and `'`, left out at the end of a value.
    private static let closingPunctuation: Set<UInt8> = [0x2E, 0x2C, 0x3B, 0x3A, 0x29, 0x22, 0x27]

    /// Where the spaces and tabs that end right before `index` start.
    private func skipSpacesBack(from index: Int) -> Int {
        var start = index
        while isSpace(byte(start - 1)) { start -= 1 }
        return start
    }

}
