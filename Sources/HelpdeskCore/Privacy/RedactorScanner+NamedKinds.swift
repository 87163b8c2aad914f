/// The kind the user names wins over the kind the digits suggest: "my ssn is 987-65-4321" is an SSN, though its
/// digits are an ITIN's (`nineDigitKind(first:group:)`).
extension RedactorScanner {
    /// `nineDigitKind(first:group:)` for nine digits starting at `start`, but `[SSN]` when an SSN label is among the
    /// four words before them (`ssn`, or `social` right before them, or `social security` written before them) and no
    /// ITIN label is.
    func nineDigitKind(at start: Int, first: UInt8, group: Int) -> Redaction.Kind {
        let kind = nineDigitKind(first: first, group: group)
        guard kind == .itin,
              precedingWords(before: start, limit: 4, include: isSSNLabel)
                || precedingWords(before: start, limit: 2, include: { $0.elementsEqual("social".utf8) })
                || mentionsSocialSecurity(before: start),
              !precedingWords(before: start, limit: 4, include: { $0.elementsEqual("itin".utf8) || $0.elementsEqual("itins".utf8) })
        else { return kind }
        return .ssn
    }
}
