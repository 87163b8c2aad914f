/// Splits a longer message into its sentences and clauses, so that a pasted paragraph can be matched piece by piece.
public struct Segmenter: Sendable {
    /// A clause joined by "and" is split off only when both sides have at least this many words.
    public var minimumClauseWords = 3

    public init() {}

    /// The pieces of `text`, in order; a single piece when there is nothing to split.
    public func segments(of text: String) -> [String] {
        let characters = Array(text)
        var pieces: [String] = []
        var current = ""
        for (i, character) in characters.enumerated() {
            let next = i + 1 < characters.count ? characters[i + 1] : " "
            if character == "!" || character == "?" || character == ";" || character.isNewline
                || (character == "." && next.isWhitespace && !endsInAbbreviation(current)) {
                flush(&current, into: &pieces)
                continue
            }
            current.append(character)
        }
        flush(&current, into: &pieces)
        return pieces.flatMap(splitClauses)
    }

    /// "e.g." and "U.S." (a dot inside the word) or a lone letter do not end a sentence.
    private func endsInAbbreviation(_ current: String) -> Bool {
        let word = current.split(separator: " ").last ?? ""
        return word.count <= 1 || word.dropLast().contains(".") && word.count <= 4
    }

    private func flush(_ current: inout String, into pieces: inout [String]) {
        let piece = current.trimmingWhitespace()
        if piece.contains(where: { $0.isLetter || $0.isNumber }) { pieces.append(piece) }
        current = ""
    }

    private func splitClauses(_ sentence: String) -> [String] {
        let words = sentence.split(separator: " ", omittingEmptySubsequences: true)
        var clauses: [[Substring]] = [[]]
        for word in words {
            let lowered = word.lowercased()
            if (lowered == "and" || lowered == "also" || lowered == "plus"),
               clauses[clauses.count - 1].count >= minimumClauseWords {
                clauses.append([])
                continue
            }
            clauses[clauses.count - 1].append(word)
        }
        if clauses.count > 1, let last = clauses.last, last.count < minimumClauseWords {
            clauses.removeLast()
            clauses[clauses.count - 1] += ["and"] + last
        }
        return clauses.map { $0.joined(separator: " ") }.filter { !$0.isEmpty }
    }
}
