/// A title before the name an introduction or greeting places (`NameContexts.Lists.titles`: "Mr", "Ms.", "Miss"): the
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
}
