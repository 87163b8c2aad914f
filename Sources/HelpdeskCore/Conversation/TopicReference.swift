/// Reads a short line that turns to a topic by naming it: "what about the code problem?", "and the password thing?".
/// The words that open such a line and the vague words that may close it are knowledge-base data (`topic_lead_ins`
/// and `topic_fillers` in the lexicon); with no lead-ins, no line is read this way.
public struct TopicReference: Sendable, Equatable {
    /// Each lead-in as lowercase words, longest first, so "and what about" wins over "and the".
    public let leadIns: [[String]]
    /// Each filler as lowercase words, longest first.
    public let fillers: [[String]]
    /// The first word of each lead-in: a line that opens with none of them is read no further.
    private let openers: Set<String>

    public init(leadIns: [String] = [], fillers: [String] = []) {
        func words(_ phrases: [String]) -> [[String]] {
            phrases.map { $0.lowercased().split(whereSeparator: \.isWhitespace).map(String.init) }
                .filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        }
        self.leadIns = words(leadIns)
        self.fillers = words(fillers)
        openers = Set(self.leadIns.compactMap(\.first))
    }

    public init(lexicon: Lexicon) {
        self.init(leadIns: lexicon.topicLeadIns, fillers: lexicon.topicFillers)
    }

    /// The words that name the topic, as typed, without the lead-in, a filler at the end or the end punctuation:
    /// "the code problem" from "what about the code problem?", "password" from "and the password thing?" (the
    /// lead-in "and the" takes its "the"). Nil when the line opens with no lead-in, or names nothing after it. Only
    /// sentence punctuation is dropped from the end: a redacted "[SSN]" keeps its bracket, so it stays a placeholder.
    public func topic(in text: String) -> String? {
        // Most lines open with no lead-in: their first words tell, and only those are keyed (batch reads every line so).
        guard let longest = leadIns.first?.count, let opener = Self.openingKeys(text, count: 1).first, openers.contains(opener)
        else { return nil }
        let opening = Self.openingKeys(text, count: longest)
        guard leadIns.contains(where: { opening.starts(with: $0) }) else { return nil }
        let typed = text.split(whereSeparator: \.isWhitespace).filter { !Self.key($0).isEmpty }
        let keys = typed.map(Self.key)
        guard let leadIn = leadIns.first(where: { keys.starts(with: $0) }) else { return nil }
        var named = typed.dropFirst(leadIn.count)
        if let filler = fillers.first(where: { named.count > $0.count && keys.suffix($0.count).elementsEqual($0) }) {
            named = named.dropLast(filler.count)
        }
        guard !named.isEmpty else { return nil }
        return String(named.joined(separator: " ").reversed().drop { Self.endPunctuation.contains($0) }.reversed())
    }

    /// The keys of the first `count` words of `text` that have one (`key(_:)`); the words after them are not read.
    static func openingKeys(_ text: String, count: Int) -> [String] {
        var keys: [String] = []
        var rest = text[...]
        while keys.count < count {
            rest = rest.drop(while: \.isWhitespace)
            guard !rest.isEmpty else { break }
            let word = rest.prefix { !$0.isWhitespace }
            rest = rest[word.endIndex...]
            let key = Self.key(word)
            if !key.isEmpty { keys.append(key) }
        }
        return keys
    }

    /// What may close the line after the words that name the topic.
    private static let endPunctuation: Set<Character> = [".", ",", ";", ":", "!", "?", "\u{2026}"]

    /// A typed word compared without case or the punctuation around it ("About," is "about").
    private static func key(_ word: Substring) -> String {
        let isWordCharacter = { (c: Character) in c.isLetter || c.isNumber }
        let lowered = word.lowercased()
        guard let first = lowered.firstIndex(where: isWordCharacter), let last = lowered.lastIndex(where: isWordCharacter) else { return "" }
        return String(lowered[first...last])
    }
}
