/// The commonest passwords of all, the word itself and a number: "Password123 is what I use", "i tried password1!".
///
/// A word that is `password` (any case) and one to eight digits, maybe then some of a password's marks (`!`, `@`, `#`,
/// `$`, `%`, `^`, `&`, `*`, `+`, `=`, `~`), is a password wherever it stands, without the quotes and brackets
/// around it and the `.`, `,`, `;`, `:` after it; a form's or a step's name says `password 2`, with a space.
extension RedactorScanner {
    /// `range` (one word) as a numbered password, or nil.
    func numberedPassword(in range: Range<Int>) -> Hit? {
        let value = valueCore(range)
        guard value.count >= 9, value.count <= Self.contextReach, hasWord("password", at: value.lowerBound) else { return nil }
        let digits = digitRun(at: value.lowerBound + 8)
        guard (1...8).contains(digits) else { return nil }
        for position in value.lowerBound + 8 + digits..<value.upperBound where !Self.numberedPasswordMarks.contains(bytes[position]) {
            return nil
        }
        return Hit(kind: .password, start: value.lowerBound, end: value.upperBound)
    }

    /// `!`, `@`, `#`, `$`, `%`, `^`, `&`, `*`, `+`, `=`, `~`.
    private static let numberedPasswordMarks: Set<UInt8> = [0x21, 0x40, 0x23, 0x24, 0x25, 0x5E, 0x26, 0x2A, 0x2B, 0x3D, 0x7E]
}
