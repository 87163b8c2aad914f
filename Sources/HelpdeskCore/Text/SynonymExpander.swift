/// Stage 5, synonyms: replaces every word or phrase of a lexicon group with the group's concept, longest phrase first.
public struct SynonymExpander: AnalysisStage {
    public let name = "synonyms"
    /// Stemmed phrase (words joined by spaces) to concept name.
    private let phrases: [String: String]
    /// Single words matched as written, because their stem is shared with a word outside the group
    /// ("accountant" stems to "account", which must not become "tax pro").
    private let words: [String: String]
    /// For each word that starts a phrase of two or more words, the longest such phrase: other words need only
    /// the one-word look-up.
    private let longestPhraseFrom: [String: Int]

    /// `analyze` turns a lexicon phrase into the stemmed words the pipeline would make of it; `wordsByStem` gives the
    /// knowledge base's words as written under each stem (`Vocabulary.wordsByStem`), to find stems that a group member
    /// shares with other words.
    public init(lexicon: Lexicon, wordsByStem owners: [String: Set<String>] = [:], analyze: (String) -> [String]) {
        var phrases: [String: String] = [:]
        var words: [String: String] = [:]
        var longest: [String: Int] = [:]
        for group in lexicon.synonyms {
            guard let first = group.first else { continue }
            let concept = analyze(first).joined()
            guard !concept.isEmpty else { continue }
            let members = Set(group.map { $0.lowercased() })
            for phrase in group {
                let stems = analyze(phrase)
                guard !stems.isEmpty else { continue }
                let key = stems.joined(separator: " ")
                if stems.count == 1, !(owners[key] ?? []).isSubset(of: members) {
                    if words[phrase.lowercased()] == nil { words[phrase.lowercased()] = concept }
                    continue
                }
                if phrases[key] == nil { phrases[key] = concept }
                if stems.count > 1 { longest[stems[0]] = max(longest[stems[0]] ?? 1, stems.count) }
            }
        }
        self.phrases = phrases
        self.words = words
        self.longestPhraseFrom = longest
    }

    public func apply(to analysis: inout Analysis) {
        guard !phrases.isEmpty else { return }
        let tokens = analysis.tokens
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            var matched = false
            for length in stride(from: min(longestPhraseFrom[tokens[i].text] ?? 1, tokens.count - i), through: 1, by: -1) {
                let key = length == 1 ? tokens[i].text : tokens[i..<(i + length)].map(\.text).joined(separator: " ")
                guard let concept = phrases[key] ?? (length == 1 ? words[tokens[i].surface] : nil) else { continue }
                let range = tokens[i].range.lowerBound..<tokens[i + length - 1].range.upperBound
                let surface = tokens[i..<(i + length)].map(\.surface).joined(separator: " ")
                if concept != key { analysis.synonymsApplied.append((surface, concept)) }
                result.append(Token(text: concept, surface: surface, range: range))
                i += length
                matched = true
                break
            }
            if !matched {
                result.append(tokens[i])
                i += 1
            }
        }
        analysis.tokens = result
    }
}
