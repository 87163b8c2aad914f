import Foundation
import Yams

extension NodeReader {
    static let lexiconKeys = ["synonyms", "spelling", "stop_words", "protected", "dictionary"]
    static let fallbackKeys = ["title", "summary", "steps", "contacts", "escalation"]

    func lexicon(_ node: Node) -> Lexicon? {
        guard let map = mapping(node, path: "lexicon", allowed: Self.lexiconKeys) else { return nil }
        var lexicon = Lexicon()
        if let groups = map["synonyms"].flatMap({ sequence($0, path: "lexicon.synonyms") }) {
            for (i, group) in groups.enumerated() {
                guard let words = strings(group, path: "lexicon.synonyms[\(i)]") else { continue }
                if words.count < 2 {
                    error("a synonym group needs at least two words (at lexicon.synonyms[\(i)])", at: group)
                } else {
                    lexicon.synonyms.append(words)
                }
            }
        }
        if let spellingNode = map["spelling"], case .mapping(let pairs) = spellingNode {
            for (key, value) in pairs {
                if let wrong = string(key, path: "lexicon.spelling"), let right = string(value, path: "lexicon.spelling.\(wrong)") {
                    lexicon.spelling[wrong.lowercased()] = right.lowercased()
                }
            }
        } else if let spellingNode = map["spelling"] {
            error("expected a mapping of misspelling: correction (at lexicon.spelling)", at: spellingNode)
        }
        lexicon.stopWords = Set((map["stop_words"].flatMap { strings($0, path: "lexicon.stop_words") } ?? []).map { $0.lowercased() })
        lexicon.protected = Set((map["protected"].flatMap { strings($0, path: "lexicon.protected") } ?? []).map { $0.lowercased() })
        if let node = map["dictionary"], let name = string(node, path: "lexicon.dictionary") {
            let path = name.hasPrefix("/") ? name : (file as NSString).deletingLastPathComponent + "/" + name
            do {
                lexicon.dictionary = try WordList(contentsOf: path)
            } catch {
                self.error("cannot read the word list '\(name)' (at lexicon.dictionary)", at: node)
            }
        }
        return lexicon
    }

    func fallback(_ node: Node) -> FallbackAnswer? {
        guard let map = mapping(node, path: "fallback", allowed: Self.fallbackKeys) else { return nil }
        guard let titleNode = map["title"], let summaryNode = map["summary"] else {
            error("fallback needs 'title' and 'summary'", at: node)
            return nil
        }
        guard let title = string(titleNode, path: "fallback.title"),
              let summary = string(summaryNode, path: "fallback.summary") else { return nil }
        var fallback = FallbackAnswer(title: title, summary: summary)
        fallback.steps = map["steps"].flatMap { strings($0, path: "fallback.steps") } ?? []
        fallback.contacts = map["contacts"].flatMap { contactList($0, path: "fallback.contacts") } ?? []
        fallback.escalation = map["escalation"].flatMap { string($0, path: "fallback.escalation") }
        return fallback
    }

    func matcherSettings(_ node: Node) -> MatcherSettings? {
        guard let map = mapping(node, path: "matcher", allowed: MatcherSettings.keys) else { return nil }
        var settings = MatcherSettings()
        func fraction(_ key: String) -> Double? {
            guard let value = map[key].flatMap({ number($0, path: "matcher.\(key)") }) else { return nil }
            guard (0...1).contains(value) else {
                error("matcher.\(key) must be between 0 and 1, found \(value)", at: map[key]!)
                return nil
            }
            return value
        }
        if let value = fraction("answer_threshold") { settings.answerThreshold = value }
        if let value = fraction("clarify_margin") { settings.clarifyMargin = value }
        if let node = map["candidates"], let count = integer(node, path: "matcher.candidates") {
            if (1...20).contains(count) { settings.candidateCount = count } else { error("matcher.candidates must be 1 to 20", at: node) }
        }
        return settings
    }
}
