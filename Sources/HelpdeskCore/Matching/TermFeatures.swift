/// The terms a question is scored on: its words, and each pair of neighbouring words.
public enum TermFeatures {
    public static func terms(of words: [String]) -> [String] {
        var terms = words
        if words.count > 1 {
            for i in 0..<(words.count - 1) { terms.append(words[i] + " " + words[i + 1]) }
        }
        return terms
    }
}
