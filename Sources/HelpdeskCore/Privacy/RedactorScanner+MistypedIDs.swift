/// A tax id typed with a digit too few or too many right after its label: "my ssn is 123-45-678", "EIN 12-345678",
/// "ptin 1234567". A typo is still the person's number.
///
/// Right after an SSN or TIN label (`ssn`, `tin`, `social`), an ITIN label (`itin`), an EIN label (`ein`, `fein`) or a PTIN one
/// (`ptin`), with only link words between (`is`, `was`, `number`, `#`, `my`, `her`...: `labelBefore`), any 7 to 11
/// digits, in a row or in groups split by a space, dash or dot (`digitGroups(from:)`), that are no date and not glued
/// to the label (`ssn12345678` is kept, as other glued numbers are).
extension RedactorScanner {
    /// The id of that shape whose first digit run, of `length`, starts at `start`, or nil.
    func mistypedID(at start: Int, length: Int) -> Hit? {
        guard length >= 7 || continuesGroups(start + length), !isLetter(byte(start - 1)), let groups = digitGroups(from: start),
              (7...11).contains(groups.digits), numericDate(at: start, length: length) == nil, isoDate(at: start) == nil
        else { return nil }
        // Nine digits in a row or grouped 3-2-4, 3-3-3 or 2-7 are read by the SSN, ITIN and EIN rules, which tell the
        // kinds apart ("ITIN 900-93-1234" is an SSN's number).
        if groups.digits == 9, groups.count == 1 || groups.shortest >= 2 && groups.count <= 3 { return nil }
        for (labels, kind) in Self.mistypedIDLabels
        where labelBefore(start, limit: 4, links: words.mistypedIDLinks, isLabel: { isWord($0, in: labels) }) {
            return Hit(kind: kind, start: start, end: groups.end)
        }
        return nil
    }

    private static let mistypedIDLabels: [(Set<String>, Redaction.Kind)] = [
        (["ssn", "ssns", "tin", "social"], .ssn), (["itin", "itins"], .itin), (["ein", "fein"], .ein), (["ptin"], .ptin),
    ]
}
