/// A labeled number that a pasted email wraps at a space between its groups, with no dash there: "my SSN is 123 45"
/// then "6789" on the next line, "SSN: 123-45" then "6789", "phone 555 201" then "4477".
///
/// Any line may end in digits and the next start with some, so a line break alone joins two groups only when the
/// number's label stands before it: an SSN or ITIN label for an SSN's groups (`hasSSNLabel(before:)`), a phone word
/// for a phone number's (`isLabeledPhone(_:)`). A number wrapped after one of its dashes needs none
/// (`skipSeparator(_:)`).
extension RedactorScanner {
    /// Past the separator between two groups of a number at `index`, and whether it was a line break without a dash
    /// (`bare`); nil when neither is there.
    func groupBreak(_ index: Int) -> (next: Int, bare: Bool)? {
        if let next = skipSeparator(index) { return (next, false) }
        let position = skipSpaces(index, limit: 2)
        let wrapped = skipLineWrap(position)
        return wrapped > position ? (wrapped, true) : nil
    }

    /// Whether an SSN or ITIN label (`ssn`, `itin`, `tin`, `social`...) is among the four words before `start`, or
    /// `social security` is written before it.
    func hasSSNLabel(before start: Int) -> Bool {
        precedingWords(before: start, limit: 4) { word in
            isSSNLabel(word) || words.wrappedSSNLabels.contains { word.elementsEqual($0.utf8) }
        } || mentionsSocialSecurity(before: start)
    }
}
