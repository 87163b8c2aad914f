/// Splits pasted text into pieces that may each hold one problem: lines, sentences, and clauses joined by
/// "and also", "plus", "as well as", "on top of that", "another thing" and the like, or by ", and" / ", also".
/// Dots inside words (`id.me`, `api.id.me/en`) and after common abbreviations (`e.g.`, `Mr.`, `U.S.`) do not end
/// a sentence. Each piece keeps at least two words; a connector with fewer on either side is left alone.
public struct ProblemSplitter: Sendable {
    /// Words that join two problems; the text is cut before them and they are dropped.
    public static let connectors = [
        "and also", "but also", "and on top of that", "on top of that", "as well as", "and another thing",
        "another thing is", "another thing", "and separately", "separately", "in addition", "additionally",
        "and then also", "plus",
    ]
    /// Connectors that join two problems only right after a comma ("forgot my password, and ...").
    public static let afterCommaConnectors = ["and also", "also", "and"]
    /// Words ending in a dot that do not end a sentence.
    static let abbreviations: Set<String> = [
        "e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "vs", "approx", "u.s", "no", "st", "jr", "sr", "inc", "ltd", "co",
    ]

    public init() {}

    /// The non-empty pieces of `text`, trimmed, in order. Text without a boundary comes back as one piece.
    public func split(_ text: String) -> [String] {
        sentences(text).flatMap(clauses).filter { $0.contains { $0.isLetter || $0.isNumber } }
    }

    /// Cuts at line breaks and at `.`, `!`, `?`, `;` followed by a space or the end.
    func sentences(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        let characters = Array(text)
        for (i, character) in characters.enumerated() {
            if character.isNewline {
                pieces.append(current)
                current = ""
                continue
            }
            current.append(character)
            guard ".!?;".contains(character) else { continue }
            let next = i + 1 < characters.count ? characters[i + 1] : " "
            guard next.isWhitespace else { continue }
            if character == ".", endsWithAbbreviation(current) { continue }
            pieces.append(current)
            current = ""
        }
        pieces.append(current)
        return pieces.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// Cuts a sentence before each connector that starts a clause (after a comma, or joining two clauses of 2+ words).
    func clauses(_ sentence: String) -> [String] {
        var words = sentence.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        // "Also, my phone was stolen.": a sentence that opens with a connector loses it.
        if let length = connectorLength(at: 0, in: words, opening: true), words.count - length >= 2 {
            words.removeFirst(length)
        }
        var pieces: [[String]] = [[]]
        var i = 0
        while i < words.count {
            if let length = connectorLength(at: i, in: words), (pieces.last?.count ?? 0) >= 2, words.count - i - length >= 2 {
                pieces.append([])
                i += length
                continue
            }
            pieces[pieces.count - 1].append(words[i])
            i += 1
        }
        return pieces.map { clean($0.joined(separator: " ")) }.filter { !$0.isEmpty }
    }

    /// The clauses of `piece` cut at commas, each of at least three words; empty when there is no such cut.
    public func commaClauses(_ piece: String) -> [String] {
        let clauses = piece.split(separator: ",").map { clean(String($0)) }
        guard clauses.count > 1, clauses.allSatisfy({ $0.split(separator: " ").count >= 3 }) else { return [] }
        return clauses
    }

    /// The number of words of the connector that starts at `index`, if one does.
    private func connectorLength(at index: Int, in words: [String], opening: Bool = false) -> Int? {
        let afterComma = opening || (index > 0 && words[index - 1].hasSuffix(","))
        for connector in Self.connectors + (afterComma ? Self.afterCommaConnectors : []) {
            let parts = connector.split(separator: " ")
            guard index + parts.count <= words.count else { continue }
            let candidate = words[index..<(index + parts.count)].map { bare($0) }
            if candidate.elementsEqual(parts.map(String.init)) {
                // A connector's last word may carry a comma ("also,"); its inner words may not.
                if words[index..<(index + parts.count - 1)].contains(where: { $0.hasSuffix(",") }) { continue }
                return parts.count
            }
        }
        return nil
    }

    private func endsWithAbbreviation(_ text: String) -> Bool {
        let last = text.split(separator: " ").last.map { String($0.dropLast()).lowercased() } ?? ""
        let word = String(last.drop { !$0.isLetter })
        return word.count == 1 || Self.abbreviations.contains(word)
    }

    /// A word without surrounding punctuation, lowercased.
    private func bare(_ word: String) -> String {
        String(word.lowercased().drop { !$0.isLetter }.reversed().drop { !$0.isLetter }.reversed())
    }

    /// Trims spaces and the commas or dashes a cut leaves at either end.
    private func clean(_ text: String) -> String {
        let junk: Set<Character> = [",", "-", "–", "—", ":", " "]
        return String(text.drop { junk.contains($0) }.reversed().drop { junk.contains($0) }.reversed())
    }
}
