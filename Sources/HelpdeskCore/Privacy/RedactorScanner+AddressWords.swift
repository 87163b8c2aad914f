/// The ZIP code ranges of the states whose abbreviations are also words, a USPS format rule the address rules read
/// (`RedactorScanner+Places.swift`). The words an address is made of (street types, unit words, state abbreviations
/// and names) are the lexicon's `redaction` lists (`RedactionWords`).
extension RedactorScanner {
    /// The first three digits of the ZIP codes of each state in `wordLikeStateAbbreviations` (USPS ranges).
    static let zipPrefixes: [String: ClosedRange<Int>] = [
        "ID": 832...838, "IN": 460...479, "OR": 970...979, "ME": 39...49, "OK": 730...749, "HI": 967...968,
        "DE": 197...199,
    ]
}
