/// A ZIP code after its own label: "my zip is 90210", "zip code 90210-1234", "postal code: 90210". With the street it
/// belongs to an address, so it is redacted as `[ADDRESS]`, as a ZIP code after its state is (`stateZIPCode(at:)`).
///
/// Five digits, or ZIP+4 (`zipEnd(at:)`), right after `zip`, `zipcode`, `postal`, `postcode`, with only
/// link words between (`code`, `is`, `was`, `my`, `:`...: `labelBefore`). "zip file", a ZIP code alone and a list after `zips` are kept.
/// A Canadian or UK postcode after the same labels too (`postal code K1A 0B1`: `labeledPostcode(digitsAt:)`).
extension RedactorScanner {
    func labeledZIPCode(at start: Int) -> Hit? {
        guard let end = zipEnd(at: start),
              labelBefore(start, limit: 4, links: words.zipLinks, isLabel: { isWord($0, in: words.zipLabels) })
        else { return nil }
        return Hit(kind: .address, start: start, end: end)
    }

    /// A Canadian or UK postcode after the same labels ("postal code K1A 0B1", "postcode: NW1 6XE",
    /// `postcodeEnd(at:)`), tried at the digits glued after its first letter or two.
    func labeledPostcode(digitsAt start: Int) -> Hit? {
        guard byte(start - 1) &- 0x41 < 26 else { return nil }
        for first in [start - 1, start - 2] where first >= 0 {
            if let end = postcodeEnd(at: first),
               labelBefore(first, limit: 4, links: words.zipLinks, isLabel: { isWord($0, in: words.zipLabels) }) {
                return Hit(kind: .address, start: first, end: end)
            }
        }
        return nil
    }
}
