import Foundation
import Yams

/// `kb import`: turns labelled CSV rows into a knowledge-base file; rows sharing an entry become one entry, rows with no entry become off-topic examples.
/// Every question and entry label goes through the `Redactor` first: personal data pasted into a question never
/// reaches the knowledge base, only its placeholder (`my ssn is [SSN] forgot pw`). Titles and answers are the
/// author's own text and are kept as written (an answer gives the phone numbers to call).
public struct KnowledgeBaseImporter: Sendable {
    public var source: String
    public var reviewed: ReviewDate

    public init(source: String, reviewed: ReviewDate) {
        self.source = source
        self.reviewed = reviewed
    }

    /// The knowledge base the rows describe, in first-seen order of their entries. A question given to a second entry
    /// (or to an entry and to off topic) stays with the first and counts as `conflicting`: `kb check` refuses a
    /// question in two places.
    public func entries(from rows: [LabeledQuestion]) -> (entries: [Entry], outOfScope: [String], conflicting: Int) {
        var entries: [Entry] = []
        var indexByLabel: [String: Int] = [:]
        var usedIDs: Set<String> = []
        var seenQuestions: [Int: Set<String>] = [:]
        var outOfScope: [String] = []
        var owners: [String: String?] = [:]  // comparable question -> its first label (nil: off topic)
        var conflicting = 0
        var seenOffTopic: Set<String> = []
        var details: [String: (title: String?, answer: String?)] = [:]  // a label's first title and answer
        let redactor = Redactor()
        for row in rows {
            let question = redactor.redact(row.question)
            let label = row.entry.map(redactor.redact)
            if let label {
                let known = details[label]
                details[label] = (known?.title ?? row.title, known?.answer ?? row.answer)
            }
            let key = KnowledgeBaseLoader.comparable(question)
            if let owner = owners[key] {
                if owner != label {
                    conflicting += 1
                    if let label, let index = indexByLabel[label] { fillSummary(&entries[index], answer: row.answer) }
                    continue
                }
            } else {
                owners[key] = label
            }
            guard let label else {
                if seenOffTopic.insert(question).inserted { outOfScope.append(question) }
                continue
            }
            let index: Int
            if let existing = indexByLabel[label] {
                index = existing
            } else {
                var id = Self.kebabCase(label)
                var n = 2
                while usedIDs.contains(id) { id = Self.kebabCase(label) + "-\(n)"; n += 1 }
                usedIDs.insert(id)
                let title = details[label]?.title ?? Self.title(for: label)
                entries.append(Entry(id: id, title: title, summary: details[label]?.answer ?? "\(title) (imported; no answer text yet).",
                                     questions: [], source: source, lastReviewed: reviewed))
                index = entries.count - 1
                indexByLabel[label] = index
            }
            fillSummary(&entries[index], answer: row.answer)
            if seenQuestions[index, default: []].insert(question).inserted { entries[index].questions.append(question) }
        }
        return (entries, outOfScope, conflicting)
    }

    /// The first answer given for an entry becomes its summary.
    private func fillSummary(_ entry: inout Entry, answer: String?) {
        if let answer, entry.summary.hasSuffix("(imported; no answer text yet).") { entry.summary = answer }
    }

    /// The YAML text of a version-1 knowledge-base file holding the rows.
    public func yaml(from rows: [LabeledQuestion]) throws -> String {
        let (entries, outOfScope, _) = entries(from: rows)
        func text(_ s: String) -> Node { Node.scalar(Node.Scalar(s, Tag(.str), .doubleQuoted)) }
        func list(_ items: [String]) -> Node { Node.sequence(Node.Sequence(items.map(text))) }
        var top: [(Node, Node)] = [(Node("version"), Node("1", Tag(.int)))]
        let entryNodes = entries.map { e -> Node in
            Node.mapping(Node.Mapping([
                (Node("id"), text(e.id)), (Node("title"), text(e.title)), (Node("summary"), text(e.summary)),
                (Node("questions"), list(e.questions)), (Node("source"), text(e.source)),
                (Node("last_reviewed"), Node(e.lastReviewed.description)),
            ]))
        }
        top.append((Node("entries"), Node.sequence(Node.Sequence(entryNodes))))
        if !outOfScope.isEmpty { top.append((Node("out_of_scope"), list(outOfScope))) }
        return try Yams.serialize(node: Node.mapping(Node.Mapping(top)), width: -1, allowUnicode: true)
    }

    /// A knowledge-base file holding only the conversation's language data from `lexicon` (generic follow-up
    /// phrasings, problem connectors, abbreviations, agent and subject labels, personal-data labels), so an
    /// imported KB reads follow-ups and pasted text like the KB it came from; nil when `lexicon` has none of them.
    public func languageYAML(from lexicon: Lexicon) throws -> String? {
        func text(_ s: String) -> Node { Node.scalar(Node.Scalar(s, Tag(.str), .doubleQuoted)) }
        func list(_ items: [String]) -> Node { Node.sequence(Node.Sequence(items.map(text))) }
        var language: [(Node, Node)] = []
        let intents = FollowUpIntent.allCases.compactMap { intent -> (Node, Node)? in
            guard let phrasings = lexicon.followUpPhrasings[intent], !phrasings.isEmpty else { return nil }
            return (Node(intent.rawValue), list(phrasings))
        }
        if !intents.isEmpty { language.append((Node("follow_up_phrasings"), Node.mapping(Node.Mapping(intents)))) }
        if !lexicon.problemConnectors.isEmpty { language.append((Node("problem_connectors"), list(lexicon.problemConnectors))) }
        if !lexicon.commaConnectors.isEmpty { language.append((Node("comma_connectors"), list(lexicon.commaConnectors))) }
        if !lexicon.closeCallConnectors.isEmpty {
            language.append((Node("close_call_connectors"), list(lexicon.closeCallConnectors)))
        }
        if !lexicon.abbreviations.isEmpty { language.append((Node("abbreviations"), list(lexicon.abbreviations.sorted()))) }
        if !lexicon.agentLabels.isEmpty { language.append((Node("agent_labels"), list(lexicon.agentLabels))) }
        if !lexicon.subjectLabels.isEmpty { language.append((Node("subject_labels"), list(lexicon.subjectLabels))) }
        if !lexicon.dataLabels.isEmpty { language.append((Node("data_labels"), list(lexicon.dataLabels))) }
        if !lexicon.dataLinks.isEmpty { language.append((Node("data_links"), list(lexicon.dataLinks))) }
        if !lexicon.linkedDataLabels.isEmpty { language.append((Node("linked_data_labels"), list(lexicon.linkedDataLabels))) }
        guard !language.isEmpty else { return nil }
        let top: [(Node, Node)] = [(Node("version"), Node("1", Tag(.int))), (Node("lexicon"), Node.mapping(Node.Mapping(language)))]
        return try Yams.serialize(node: Node.mapping(Node.Mapping(top)), width: -1, allowUnicode: true)
    }

    /// `card_arrival` and `Card Arrival` become `card-arrival`.
    public static func kebabCase(_ label: String) -> String {
        var out = ""
        for scalar in label.lowercased().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, out.last != "-" {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "entry" : out
    }

    static func title(for label: String) -> String {
        let words = label.split { $0 == "_" || $0 == "-" || $0 == " " }.map(String.init)
        guard let first = words.first else { return label }
        return ([first.prefix(1).uppercased() + first.dropFirst()] + words.dropFirst()).joined(separator: " ")
    }
}
