/// Stage 3, correct spelling: the lexicon's fixes, then words unknown to the KB moved to the closest KB word (edit distance scaled to word length); known terms, protected terms, dictionary words, anything with a digit and a word typed as a name inside a sentence ("Quist") are left alone.
public struct SpellingCorrector: AnalysisStage {
    public let name = "spelling"
    private let fixes: [String: String]
    /// The words it corrects to.
    let vocabulary: Vocabulary
    private let dictionary: WordList?
    private let stemmer = Stemmer()

    public init(lexicon: Lexicon, vocabulary: Vocabulary) {
        self.fixes = lexicon.spelling
        self.vocabulary = vocabulary
        self.dictionary = lexicon.dictionary
    }

    /// The largest edit distance allowed for a word of this many letters.
    public static func allowedDistance(forLength length: Int) -> Int {
        switch length {
        case ..<4: return 0
        case 4...8: return 1
        default: return 2
        }
    }

    public func apply(to analysis: inout Analysis) {
        // Most questions need no fix: their tokens are copied into a new list only from the first one that does
        // (copying them all cost about 1,500 instructions a question).
        var result: [Token]?
        let tokens = analysis.tokens
        for (index, token) in tokens.enumerated() {
            if !fixes.isEmpty, let fixed = fixes[token.text] {
                analysis.spellingFixes.append((token.text, fixed))
                if result == nil { result = Array(tokens[..<index]) }
                for (i, word) in fixed.split(separator: " ").enumerated() {
                    result?.append(Token(text: String(word), surface: i == 0 ? token.surface : "", range: token.range))
                }
                continue
            }
            if let corrected = correction(for: token.text), !Self.readsAsName(token, in: analysis.original) {
                analysis.spellingFixes.append((token.text, corrected))
                if result == nil { result = Array(tokens[..<index]) }
                var token = token
                token.text = corrected
                result?.append(token)
                continue
            }
            result?.append(token)
        }
        if let result { analysis.tokens = result }
    }

    /// Whether `token` was typed as a name is: a capital and then lowercase letters ("Quist", not "QUIST" or "quist"),
    /// inside a sentence (after a letter, digit or comma, not at the start of the text or after `.`, `!`, `?`, `:` or a
    /// line break). Such a word is left as typed: "caller Bartholomew Quist, locked out" is no "quit".
    static func readsAsName(_ token: Token, in original: String) -> Bool {
        Redactor.withBytes(original) { bytes in
            guard token.range.lowerBound < token.range.upperBound, token.range.upperBound <= bytes.count else { return false }
            let word = bytes[token.range]
            guard let first = word.first, (65...90).contains(first), word.dropFirst().allSatisfy({ (97...122).contains($0) }),
                  word.count > 1 else { return false }
            var i = token.range.lowerBound - 1
            while i >= 0, bytes[i] == 32 || bytes[i] == 9 { i -= 1 }
            guard i >= 0 else { return false }
            return !".!?:\n\r\"'([-*>#".utf8.contains(bytes[i])
        }
    }

    /// The KB word this one was probably meant to be, or nil to leave it as it is.
    /// Whether `word` has a byte other than `a`-`z`, read from its contiguous bytes (the UTF-8 view's iterator cost
    /// about 215 instructions a word).
    private static func hasOtherThanLowercaseLetters(_ word: String) -> Bool {
        word.utf8.withContiguousStorageIfAvailable { $0.contains { $0 < 97 || $0 > 122 } }
            ?? word.utf8.contains { $0 < 97 || $0 > 122 }
    }

    public func correction(for word: String) -> String? {
        // Cheapest checks first: most words are short or known, and need no copy of their bytes.
        let limit = Self.allowedDistance(forLength: word.utf8.count)
        guard limit > 0, !Self.hasOtherThanLowercaseLetters(word), !vocabulary.isKnown(word),
              !vocabulary.isProtected(word), !vocabulary.isKnownStem(stemmer.stem(word)),
              !(dictionary?.contains(word) ?? false) else { return nil }
        if let shortened = shortenedStretch(word) { return shortened }
        return vocabulary.closest(to: Array(word.utf8), limit: limit)
    }

    /// A word typed with a letter held down ("helpppp", "pleeease", "passwordddd"): its runs of three letters or more
    /// cut to two, then to one (other letters as typed), taking the first that the lexicon's fixes or the KB knows, then
    /// the first whose stem the KB knows or that the dictionary holds; the closest KB word to either otherwise. Nil when no letter runs three
    /// times (no English word does).
    func shortenedStretch(_ word: String) -> String? {
        let bytes = Array(word.utf8)
        guard bytes.indices.dropFirst(2).contains(where: { bytes[$0] == bytes[$0 - 1] && bytes[$0] == bytes[$0 - 2] }) else { return nil }
        let cuts = [Self.cuttingLongRuns(bytes, to: 2), Self.cuttingLongRuns(bytes, to: 1)]
        let candidates = cuts.map { String(decoding: $0, as: UTF8.self) }
        for candidate in candidates {
            if let fixed = fixes[candidate], !fixed.contains(" ") { return fixed }
            if vocabulary.isKnown(candidate) { return candidate }
        }
        if let known = candidates.first(where: { vocabulary.isKnownStem(stemmer.stem($0)) || (dictionary?.contains($0) ?? false) }) {
            return known
        }
        return cuts.lazy.compactMap { self.vocabulary.closest(to: $0, limit: Self.allowedDistance(forLength: $0.count)) }.first
    }

    /// `bytes` with each run of three or more of one byte cut to `length`; shorter runs as they are.
    static func cuttingLongRuns(_ bytes: [UInt8], to length: Int) -> [UInt8] {
        var cut: [UInt8] = []
        var start = 0
        while start < bytes.count {
            var end = start + 1
            while end < bytes.count, bytes[end] == bytes[start] { end += 1 }
            cut += repeatElement(bytes[start], count: end - start >= 3 ? length : end - start)
            start = end
        }
        return cut
    }
}
