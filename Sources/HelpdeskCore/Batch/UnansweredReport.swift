/// The questions a knowledge-base author works through next: those that fell back (not lines that are no question on
/// their own: "ok", "more", "the second one") or needed clarifying, redacted,
/// grouped by normalized text (case, spacing and end punctuation ignored), most frequent first.
/// Memory grows with the number of distinct unanswered questions, not with the input.
public struct UnansweredReport: Sendable {
    public struct Group: Sendable, Equatable {
        /// The first wording seen, redacted.
        public var question: String
        public var count: Int
        public var status: BatchRecord.Status
        /// The best-ranked help topic's entry id among the candidates, if one scored above zero: small talk ("goodbye",
        /// "capabilities") is no lead for a question the KB does not cover, so it is skipped, as the fallback's
        /// closest topics skip it.
        public var bestGuess: String?
        /// Order of first appearance, to break ties.
        var firstSeen: Int
    }

    private var groups: [Group] = []
    private var indexByKey: [String: Int] = [:]
    /// The ids of the small-talk entries, never a best guess.
    private let chitChat: Set<String>

    public init(chitChatIDs: Set<String> = []) {
        chitChat = chitChatIDs
    }

    /// A report whose best guesses skip `knowledgeBase`'s small talk.
    public init(knowledgeBase: KnowledgeBase) {
        self.init(chitChatIDs: Set(knowledgeBase.entries.filter(\.isChitChat).map(\.id)))
    }

    public mutating func add(_ record: BatchRecord) {
        // A line that only acknowledges ("ok"), or asks about a topic with none in focus ("more"), is no question for the
        // KB to answer.
        guard record.status == .fallback || record.status == .clarify, record.kind == nil, let question = record.question else { return }
        let key = Self.key(question)
        if let index = indexByKey[key] {
            groups[index].count += 1
            return
        }
        indexByKey[key] = groups.count
        let guess = record.candidates.first { $0.confidence > 0 && !chitChat.contains($0.entry) }?.entry
        groups.append(Group(question: question, count: 1, status: record.status, bestGuess: guess, firstSeen: groups.count))
    }

    /// Most frequent first; ties in order of first appearance.
    public var sortedGroups: [Group] {
        groups.sorted { $0.count != $1.count ? $0.count > $1.count : $0.firstSeen < $1.firstSeen }
    }

    /// CSV with the header `count,question,status,best_guess`; a question a spreadsheet could run as a formula gets a
    /// `'` before it, as in batch CSV output.
    public func csv() -> [UInt8] {
        var bytes: [UInt8] = Array("count,question,status,best_guess\n".utf8)
        for group in sortedGroups {
            bytes.append(String(group.count))
            bytes.append(44)
            bytes.appendCSVUserField(group.question)
            bytes.append(44)
            bytes.append(group.status.rawValue)
            bytes.append(44)
            bytes.appendCSVField(group.bestGuess ?? "")
            bytes.append(10)
        }
        return bytes
    }

    /// Lowercased, runs of whitespace as one space, without surrounding spaces and end punctuation.
    static func key(_ question: String) -> String {
        let words = question.lowercased().split(whereSeparator: \.isWhitespace)
        var key = words.joined(separator: " ")
        while let last = key.last, ".?!,;:".contains(last) || last == " " { key.removeLast() }
        return key
    }
}
