/// Numbers that are personal data only by what stands around them, tried at every digit run before the shapes of
/// `scanNumber(at:length:datesMatter:into:)`, even one glued to letters (`xxxxx6789`): the last four digits of an SSN
/// or a masked one (`partialSSN(at:)`). Each rejects most runs on their length and the byte after or before.
extension RedactorScanner {
    func scanNumberInContext(at start: Int, length: Int, into hits: inout [Hit]) {
        switch length {
        case 4:
            if let hit = partialSSN(at: start) { hits.append(hit) }
        default:
            break
        }
    }
}
