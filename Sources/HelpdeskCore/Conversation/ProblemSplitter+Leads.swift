/// What the splitter dropped before each piece: the connector it cut at ("and I"), the punctuation between sentences.
extension ProblemSplitter {
    /// For each of `pieces` (as `split(_:)` cut `text`), the text between it and the piece before it (from the start for
    /// the first): "The email arrived and I reset the password" gives "" and " and I ". Empty for a piece not found in
    /// `text` after the one before it.
    static func leads(of pieces: [String], in text: String) -> [Substring] {
        var searchFrom = text.startIndex
        return pieces.map { piece in
            guard let found = text[searchFrom...].firstRange(of: piece) else { return Substring() }
            defer { searchFrom = found.upperBound }
            return text[searchFrom..<found.lowerBound]
        }
    }
}
