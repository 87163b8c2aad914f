/// Attribution lines: "On Tue, Mar 4, 2025 at 10:00 AM Jane <jane@example.com> wrote:", which Gmail writes above the
/// message a reply quotes, often pasted without the `>` before each quoted line.
extension ReplyTrimmer {
    /// An attribution of the lexicon ("on ... wrote") as the words that open and end the line; nil without "...".
    static func attribution(_ pattern: String) -> (opens: [String], ends: [String])? {
        let sides = pattern.lowercased().split(separator: "...", omittingEmptySubsequences: false)
        guard sides.count == 2 else { return nil }
        let opens = words(sides[0])
        let ends = words(sides[1])
        return opens.isEmpty || ends.isEmpty ? nil : (opens, ends)
    }

    /// The first line of `lines` (each without its leading spaces) that opens an attribution: one that opens with an
    /// attribution's opening words and ends with its ending words (a colon after them aside), or opens with them when
    /// the next line ends with them (a long attribution wrapped in two). Nil when there is none.
    func attributionStart(in lines: [Substring]) -> Int? {
        guard !replyAttributions.isEmpty else { return nil }
        for (i, line) in lines.enumerated() {
            let first = Self.words(line)
            for attribution in replyAttributions where first.starts(with: attribution.opens) {
                if first.count > attribution.opens.count, first.reversed().starts(with: attribution.ends.reversed()) { return i }
                if i + 1 < lines.count, Self.words(lines[i + 1]).reversed().starts(with: attribution.ends.reversed()) { return i }
            }
        }
        return nil
    }

    /// The lowercase words of `text`, each without the punctuation around it ("wrote:" is "wrote").
    private static func words(_ text: Substring) -> [String] {
        text.lowercased().split(whereSeparator: \.isWhitespace)
            .map { String($0.drop { !($0.isLetter || $0.isNumber) }.reversed().drop { !($0.isLetter || $0.isNumber) }.reversed()) }
            .filter { !$0.isEmpty }
    }
}
