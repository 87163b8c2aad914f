/// One-time codes and PINs read out after their label, in digits or words: "code was four eight two nine one seven",
/// "my code is oh four eight two nine one", "pin is four eight two one", "my pin is 4 8 2 1".
///
/// A reading (`spokenNumber(at:)`) of as many digits as the label's typed code holds (`credentials()`: six to eight
/// after `code` or `codes`, four to eight after `passcode`, `otp` or `pin`) is `[CODE]` when the label stands right
/// before it, or before at most two of `is`, `was`, `:`, `=`, `#`, `-`. An error's code is kept ("error code one two
/// three four five six"), as `error code 100012` is.
extension RedactorScanner {
    /// `number` as a code, when a code label stands right before it.
    func spokenCode(_ number: SpokenNumber) -> Hit? {
        guard number.digits.count <= 8, let label = codeLabel(before: number.start),
              number.digits.count >= label.fewestDigits else { return nil }
        return Hit(kind: .oneTimeCode, start: number.start, end: number.end)
    }

    /// The code label that ends right before `start`, past at most two of `is`, `was`, `:`, `=`, `#`, `-`.
    private func codeLabel(before start: Int) -> CredentialLabel? {
        var end = start
        for _ in 0..<3 {
            while isSpaceOrBreak(byte(end - 1)) { end -= 1 }
            if Self.codeLinkMarks.contains(byte(end - 1)) {
                end -= 1
                continue
            }
            var wordStart = end
            while isLetter(byte(wordStart - 1)) { wordStart -= 1 }
            guard wordStart < end, end - wordStart <= 8, !isWordByte(byte(wordStart - 1)) else { return nil }
            if hasWord("is", at: wordStart) && end - wordStart == 2 || hasWord("was", at: wordStart) && end - wordStart == 3 {
                end = wordStart
                continue
            }
            guard let (label, labelEnd) = credentialLabel(at: wordStart), labelEnd == end,
                  label.kind == .oneTimeCode else { return nil }
            return label
        }
        return nil
    }

    /// `:`, `=`, `#`, `-`.
    private static let codeLinkMarks: Set<UInt8> = [0x3A, 0x3D, 0x23, 0x2D]
}
