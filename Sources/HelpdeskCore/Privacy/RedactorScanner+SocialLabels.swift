/// The words that name a Social Security number by `social`: `social`, `social security`, their short forms (`soc
/// sec`, `soc. sec.`, `social sec`), and `social` misspelt by one edit (`socail`, `scoial`, `soical`); `socal` and
/// `socials` are words of their own.
extension RedactorScanner {
    /// Whether `word` (lowercase letters) is `social` or `social` misspelt by one edit; with `short`, `soc` too.
    func isSocialWord(_ word: [UInt8], short: Bool) -> Bool {
        if word.elementsEqual(Self.socialWord) || short && word.elementsEqual(Self.socWord) { return true }
        return isOneEdit(word, from: Self.socialWord) && !words.notSocialWords.contains { word.elementsEqual($0.utf8) }
    }

    /// `isSocialWord(_:short:)` for the letters at `range`, any case; most words are passed over on their first letter.
    func isSocialWord(_ range: Range<Int>, short: Bool) -> Bool {
        guard (3...7).contains(range.count), lower(bytes[range.lowerBound]) == ASCII.lowerS else { return false }
        return isSocialWord(bytes[range].map(lower), short: short)
    }

    /// Whether `social security` (or `social-security`, `soc sec`, `soc. sec.`, `social sec`, `socail security`) is
    /// written in the `contextReach` bytes before `index`.
    func mentionsSocialSecurity(before index: Int) -> Bool {
        for position in max(0, index - Self.contextReach)..<index
        where lower(bytes[position]) == ASCII.lowerS && startsToken(position) {
            var end = position
            while end < index, isLetter(bytes[end]) { end += 1 }
            guard isSocialWord(position..<end, short: true) else { continue }
            let next = byte(end) == ASCII.period ? end + 1 : end
            let security = skipSpaces(next + dashWidth(next), limit: 2)
            guard security > next else { continue }
            var securityEnd = security
            while isLetter(byte(securityEnd)) { securityEnd += 1 }
            if securityEnd - security == 3 ? hasWord("sec", at: security) : hasWord("security", at: security) { return true }
        }
        return false
    }

    private static let socialWord = Array("social".utf8)
    private static let socWord = Array("soc".utf8)
}
