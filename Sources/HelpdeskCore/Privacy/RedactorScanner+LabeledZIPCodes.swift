/// A ZIP code after its own label: "my zip is 90210", "zip code 90210-1234", "postal code: 90210". With the street it
/// belongs to an address, so it is redacted as `[ADDRESS]`, as a ZIP code after its state is (`stateZIPCode(at:)`).
///
/// Five digits, or ZIP+4 (`zipEnd(at:)`), right after `zip`, `zipcode`, `postal`, `postcode`, with only
/// link words between (`code`, `is`, `was`, `my`, `:`...: `labelBefore`). "zip file", a ZIP code alone and a list after `zips` are kept.
extension RedactorScanner {
    func labeledZIPCode(at start: Int) -> Hit? {
        guard let end = zipEnd(at: start),
              labelBefore(start, limit: 4, links: words.zipLinks, isLabel: { isWord($0, in: words.zipLabels) })
        else { return nil }
        return Hit(kind: .address, start: start, end: end)
    }
}
