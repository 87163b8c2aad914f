/// A payment card's expiry date after its label: "card exp 04/27", "expires 4/2027", "expiration: 04-27". With the card's
/// number and CVV it pays, so it is redacted as `[CARD]`.
///
/// A month (1 to 12, one or two digits), `/` or `-`, and a year of two or four digits, no further part after it, with
/// `exp`, `expiry`, `expiration`, `expires`, `valid thru` or `good thru` among the three words before it
/// (`isExpiryLabel`). The same date without that label ("04/27 deadline") is kept, and so is a full date after it
/// ("expires 04/15/2026").
extension RedactorScanner {
    /// The expiry date whose month, a digit run of `length`, starts at `start`, or nil.
    func cardExpiry(at start: Int, length: Int) -> Hit? {
        let mark = byte(start + length)
        guard mark == ASCII.slash || mark == ASCII.dash, startsToken(start), (1...12).contains(number(at: start, length: length))
        else { return nil }
        let year = digitRun(at: start + length + 1)
        let end = start + length + 1 + year
        guard year == 2 || year == 4, endsToken(end), precedingWords(before: start, limit: 3, include: isExpiryLabel) else { return nil }
        return Hit(kind: .cardNumber, start: start, end: end)
    }

    /// `exp`, `expiry`, `expiration`, `expires`, `thru`, `through` (`valid thru`).
    func isExpiryLabel(_ word: [UInt8]) -> Bool {
        words.cardExpiryLabels.contains { word.elementsEqual($0.utf8) }
    }
}
