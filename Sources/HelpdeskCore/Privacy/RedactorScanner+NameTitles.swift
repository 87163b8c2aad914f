/// A title before a surname ("Ms Chen", `surnameAfterTitle(_:_:)`), and a title before the name an introduction or greeting places (`NameContexts.Lists.titles`: "Mr", "Ms.", "Miss"): the
/// title is kept and only the name after it redacted, "Dear Mr. Ruiz" becomes "Dear Mr. [NAME]" (it was "Dear [NAME].
/// [NAME]").
extension RedactorScanner {
    /// Where the name after a capitalized title at `index` starts (past the title, maybe its dot, and the spaces after
    /// it); `index` itself when no title stands there; nil for a title with no capitalized word after it ("Dear Mr.
    /// smith"), which is no name either.
    func nameAfterTitle(_ index: Int, _ contexts: NameContexts.Lists) -> Int? {
        guard !contexts.titles.isEmpty, byte(index) &- 0x41 < 26 else { return index }
        var end = index + 1
        while end - index < 5, isLetter(byte(end)) { end += 1 }
        guard !isLetterOrDigit(byte(end)) else { return index }
        var next = byte(end) == ASCII.period ? end + 1 : end
        guard isSpace(byte(next)) || next == bytes.count || byte(next) == ASCII.comma,
              contexts.titles.contains(lowercased(index..<end)) else { return index }
        while isSpace(byte(next)) { next += 1 }
        return capitalWidth(at: next) > 0 ? next : nil
    }

    /// The surname after a title of `name_titles` typed without its dot at `title` ("Ms Chen cant log in", "ask Mr
    /// Patel"): the title a capital and lowercase letters ("MS Authenticator" is Microsoft's), one space, then a
    /// capitalized word that is no common word nor one of the knowledge base's (`surnameWordEnd(at:_:capitals:)`: "Dr
    /// Office" is kept); or nil.
    func surnameAfterTitle(_ title: Range<Int>, _ contexts: NameContexts.Lists) -> Hit? {
        guard (2...4).contains(title.count), byte(title.upperBound) == ASCII.space,
              bytes[title.lowerBound + 1..<title.upperBound].allSatisfy({ $0 &- 0x61 < 26 }),
              byte(title.upperBound + 1) &- 0x41 < 26, contexts.titles.contains(lowercased(title)),
              let end = surnameWordEnd(at: title.upperBound + 1, contexts, capitals: false) else { return nil }
        return Hit(kind: .name, start: title.upperBound + 1, end: end)
    }
}
