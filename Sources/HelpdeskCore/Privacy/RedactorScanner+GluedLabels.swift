/// A label typed without a space before its number: "SSN123456789", "EIN123456789", "PTINP01234567", "EFIN123456",
/// "CAF0301-12345R".
///
/// A number glued to letters is otherwise kept (an order id such as `AB123456789XY`); glued to one of these labels,
/// it is read as if a space split them, so "SSN123456789" becomes "SSN[SSN]" as "SSN:123456789" becomes "SSN:[SSN]".
extension RedactorScanner {
    /// Labels read before a glued number: `ssn`, `ssns`, `itin`, `ein`, `fein`. Each must start a token, so
    /// "protein123456789" is no EIN.
    private static let gluedLabels = ["ssns", "ssn", "itin", "fein", "ein"]

    /// Labels read before a glued EFIN (`efin(at:)`) and CAF number (`cafNumber(at:length:)`).
    static let gluedEFINLabels = ["efins", "efin"]
    static let gluedCAFLabels = ["cafs", "caf"]

    /// Labels of an id that `#` may join to it (`ptin#P01234567`, `Efin#123456`): not a password's letters and mark.
    static let idLabelsBeforeHash: Set<String> = Set(gluedLabels + gluedEFINLabels + gluedCAFLabels + ["ptin", "ptins", "tin", "tins"])

    /// Whether the digits at `start` follow one of `labels` (lowercase; `gluedLabels` when none are given) directly,
    /// the label starting a token.
    func followsGluedLabel(_ start: Int, among labels: [String] = Self.gluedLabels) -> Bool {
        guard isLetter(byte(start - 1)) else { return false }
        for label in labels {
            let labelStart = start - label.utf8.count
            if labelStart >= 0, startsToken(labelStart), hasWord(label, at: labelStart) { return true }
        }
        return false
    }

    /// A PTIN whose label is glued to it, the 8 digits at `start` after `PTINP` or `ptin p` (any case): the `P` and its
    /// digits are redacted, the label kept. Right after `PTIN`, without their `P`, the 8 digits are one too
    /// (`PTIN01234567`).
    func gluedPTIN(digitsAt start: Int, length: Int) -> Hit? {
        guard length == 8, endsToken(start + 8) else { return nil }
        if start >= 4, startsToken(start - 4), hasWord("ptin", at: start - 4) {
            return Hit(kind: .ptin, start: start, end: start + 8)
        }
        guard lower(byte(start - 1)) == ASCII.lowerP, start >= 5, startsToken(start - 5), hasWord("ptin", at: start - 5)
        else { return nil }
        return Hit(kind: .ptin, start: start - 1, end: start + 8)
    }
}
