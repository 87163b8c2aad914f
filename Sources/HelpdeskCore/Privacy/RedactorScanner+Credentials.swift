/// Passwords and one-time codes read out by a caller: "her password is Summer2024!", "pw: hunter22", "the code 482913
/// didn't work", "IP PIN 123456".
///
/// A value counts only right after its label (`password`, `passwd`, `pwd`, `pw`, `pword`; `passcode`, `code`, `otp`,
/// `pin`), past at most three of `is`, `was`, `of`, `:`, `=` and `-`, and only when it has the shape of a secret:
/// - after a password label, six characters or more holding a digit ("my password is wrong", "reset password 2 times"
///   are kept);
/// - after `code`, six to eight digits, in one group or two separated by a space or dash ("482 913"); after `passcode`,
///   `otp` or `pin`, four to eight ("error code 500" and "code 846 on a transcript" are kept).
/// Every pattern of the scanner needs a digit, so a password of letters and symbols alone is not recognised.
extension RedactorScanner {
    func credentials() -> [Hit] {
        var hits: [Hit] = []
        var index = 0
        while index < bytes.count {
            guard startsToken(index), let (label, labelEnd) = credentialLabel(at: index) else {
                index += 1
                continue
            }
            let valueStart = skipCredentialConnectors(from: labelEnd)
            if let end = credentialValueEnd(after: label, from: valueStart) {
                hits.append(Hit(kind: label.kind, start: valueStart, end: end))
                index = end
            } else {
                index = labelEnd
            }
        }
        return hits
    }

    /// A word that introduces a secret: what it is redacted as, and for codes, the fewest digits one has.
    private struct CredentialLabel {
        let word: String
        let kind: Redaction.Kind
        var fewestDigits = 4
    }

    private static let credentialLabels = [
        CredentialLabel(word: "password", kind: .password), CredentialLabel(word: "passwd", kind: .password),
        CredentialLabel(word: "pword", kind: .password), CredentialLabel(word: "pwd", kind: .password),
        CredentialLabel(word: "pw", kind: .password), CredentialLabel(word: "passcode", kind: .oneTimeCode),
        CredentialLabel(word: "code", kind: .oneTimeCode, fewestDigits: 6),
        CredentialLabel(word: "otp", kind: .oneTimeCode), CredentialLabel(word: "pin", kind: .oneTimeCode),
    ]

    /// The label word at `index`, and where it ends.
    private func credentialLabel(at index: Int) -> (CredentialLabel, Int)? {
        let first = lower(byte(index))
        guard first == ASCII.lowerP || first == ASCII.lowerC || first == ASCII.lowerO else { return nil }
        for label in Self.credentialLabels where hasWord(label.word, at: index) {
            let end = index + label.word.utf8.count
            if !isWordByte(byte(end)) { return (label, end) }
        }
        return nil
    }

    /// Past the spaces and up to three of `is`, `was`, `of`, `:`, `=`, `-` after a label.
    private func skipCredentialConnectors(from start: Int) -> Int {
        var index = start
        for _ in 0..<3 {
            while isSpace(byte(index)) { index += 1 }
            let current = byte(index)
            if current == ASCII.colon || current == ASCII.equals || current == ASCII.dash {
                index += 1
                continue
            }
            guard let word = ["is", "was", "of"].first(where: { hasWord($0, at: index) }),
                  !isWordByte(byte(index + word.utf8.count)) else { break }
            index += word.utf8.count
        }
        while isSpace(byte(index)) { index += 1 }
        return index
    }

    /// End of a value of `label`'s shape starting at `start`, without the punctuation that closes a sentence after it;
    /// a password's quotes are redacted with it.
    private func credentialValueEnd(after label: CredentialLabel, from start: Int) -> Int? {
        if label.kind == .oneTimeCode {
            let first = digitRun(at: start)
            var end = start + first
            var digits = first
            if first == 3, isSpace(byte(end)) || byte(end) == ASCII.dash, digitRun(at: end + 1) == 3 {
                end += 4
                digits = 6
            }
            guard digits >= label.fewestDigits, digits <= 8, endsToken(end) else { return nil }
            return end
        }
        let quoted = byte(start) == 0x22 || byte(start) == 0x27
        let valueStart = quoted ? start + 1 : start
        var end = valueStart
        while end < bytes.count, !isSpace(bytes[end]), bytes[end] >= 0x20, bytes[end] != 0x7F { end += 1 }
        // A control character right after it (an escape sequence, say) means it is no password.
        guard end == bytes.count || isSpace(bytes[end]) || bytes[end] == 0x0A || bytes[end] == 0x0D else { return nil }
        while end > valueStart, Self.closingPunctuation.contains(bytes[end - 1]) { end -= 1 }
        guard end - valueStart >= 6, bytes[valueStart..<end].contains(where: isDigit) else { return nil }
        return quoted && byte(end) == byte(start) ? end + 1 : end
    }

    /// `.`, `,`, `;`, `:`, `)`, `"` and `'`, left out at the end of a value.
    private static let closingPunctuation: Set<UInt8> = [0x2E, 0x2C, 0x3B, 0x3A, 0x29, 0x22, 0x27]

    @inline(__always) private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
}
