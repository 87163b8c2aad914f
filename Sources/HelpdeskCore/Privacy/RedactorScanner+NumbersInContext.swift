/// Numbers that are personal data only by what stands around them, tried at every digit run before the shapes of
/// `scanNumber(at:length:datesMatter:into:)`, even one glued to letters (`xxxxx6789`): a house number before its
/// street and a PO box (`streetAddress(at:length:)`, `poBox(at:length:)`), a ZIP code after its state
/// (`stateZIPCode(at:)`) or its label (`labeledZIPCode(at:)`, a Canadian or UK postcode too:
/// `labeledPostcode(digitsAt:)`), the last four digits of an SSN or a masked one (`partialSSN(at:)`), an EFIN (`efin(at:)`,
/// `spacedEFIN(at:)`), a PTIN without its `P` (`labeledPTINDigits(at:)`) and a CAF number (`cafNumber(at:length:)`), a card's expiry date after its label (`cardExpiry(at:length:)`) and an IBAN
/// (`iban(checkDigitsAt:)`). Each rejects most runs on their length and the byte after or before.
extension RedactorScanner {
    func scanNumberInContext(at start: Int, length: Int, into hits: inout [Hit]) {
        // An IBAN's check digits follow its country's letters, glued: "GB82 WEST...", "DE89370400440532013000".
        if length >= 2, isLetter(byte(start - 1)), let hit = iban(checkDigitsAt: start) { hits.append(hit) }
        switch length {
        case 1:
            if let hit = cardExpiry(at: start, length: 1) ?? labeledPostcode(digitsAt: start) { hits.append(hit) }
        case 2:
            if let hit = cardExpiry(at: start, length: 2) ?? labeledPostcode(digitsAt: start) { hits.append(hit) }
        case 3:
            if let hit = spacedEFIN(at: start) { hits.append(hit) }
        case 4:
            if let hit = partialSSN(at: start) ?? cafNumber(at: start, length: 4) { hits.append(hit) }
        case 5:
            if let hit = stateZIPCode(at: start) ?? labeledZIPCode(at: start) { hits.append(hit) }
        case 6:
            if let hit = efin(at: start) { hits.append(hit) }
        case 8:
            if let hit = labeledPTINDigits(at: start) { hits.append(hit) }
        case 9:
            if let hit = cafNumber(at: start, length: 9) { hits.append(hit) }
        default:
            break
        }
        guard length <= 6 else { return }
        if let hit = streetAddress(at: start, length: length) ?? poBox(at: start, length: length) { hits.append(hit) }
    }
}
