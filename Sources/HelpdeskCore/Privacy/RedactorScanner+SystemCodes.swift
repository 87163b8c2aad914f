/// Codes of a system rather than one-time codes sent to a caller: four or five digits after `code` that a word before
/// it names ("zip code 90210", "tax code 1234", "reject code 0515", "transaction code 9710"), or a year ("code 2024").
/// Six digits or more after `code` are a one-time code whatever comes before ("the code 482913"), and `error code`
/// labels nothing at all (`credentialLabel(at:)`).
extension RedactorScanner {
    /// Whether `value`, read after `label` at `labelStart`, is such a code.
    func isSystemCode(_ label: CredentialLabel, labelAt labelStart: Int, value: Range<Int>) -> Bool {
        guard label.word.hasPrefix("code") else { return false }
        let digits = value.reduce(0) { $0 + (isDigit(bytes[$1]) ? 1 : 0) }
        guard digits < 6 else { return false }
        if digits == 4, value.count == 4, case let year = number(at: value.lowerBound, length: 4), (1900...2099).contains(year) {
            return true
        }
        guard let (word, _) = wordBefore(labelStart, origin: labelStart) else { return false }
        return isWord(word, in: words.systemCodeWords)
    }
}
