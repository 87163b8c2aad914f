import Foundation
import Yams

/// `kb import`: turns labelled CSV rows into a knowledge-base file; rows sharing an entry become one entry, rows with no entry become off-topic examples.
/// Every question and entry label goes through the `Redactor` first: personal data pasted into a question never
/// reaches the knowledge base, only its placeholder (`my ssn is [SSN] forgot pw`). Titles and answers are the
/// author's own text and are kept as written (an answer gives the phone numbers to call).
public struct KnowledgeBaseImporter: Sendable {
    public var source: String
    public var reviewed: ReviewDate
    /// What redacts each question and entry label: by default no name, since names are redacted after the labels a
    /// knowledge base lists (`kb import` gives the KB's it copies its language data from, `Redactor(knowledgeBase:vocabulary:)`).
    public var redactor = Redactor()

    public init(source: String, reviewed: ReviewDate) {
        self.source = source
        self.reviewed = reviewed
    }

    /// The knowledge base the rows describe, in first-seen order of their entries. Labels that make the same id
    /// (`Wifi` and `wifi`, `Printer Reset` and `printer_reset`) are one entry, as `eval` reads them
    /// (`entryID(forLabel:)`); its title and answer are the first given, and rows giving others count as
    /// `ignoredDetails`. A question given to a second entry (or to an entry and to off topic) stays with the first
    /// and counts as `conflicting`: `kb check` refuses a question in two places.
    public func entries(from rows: [LabeledQuestion]) -> ImportedEntries {
        var result = ImportedEntries()
        var indexByID: [String: Int] = [:]
        // Comparable question (as kb check compares them) -> its first entry id (nil: off topic); a question seen
        // again is already in that entry, or is a conflict.
        var owners: [String: String?] = [:]
        // An id's first label, title and answer; a row left out as conflicting still gives them.
        var details: [String: (label: String, title: String?, answer: String?)] = [:]
        for row in rows {
            let question = redactor.redact(row.question)
            let label = row.entry.map(redactor.redact)
            let id = label.map(Self.entryID(forRedactedLabel:))
            if let label, let id { note(row, label: label, id: id, in: &details, result: &result) }
            let key = KnowledgeBaseLoader.comparable(question)
            if let owner = owners[key] {
                if owner != id { result.conflicting += 1 }
                continue
            }
            owners[key] = id
            guard let id else {
                result.outOfScope.append(question)
                continue
            }
            let index: Int
            if let existing = indexByID[id] {
                index = existing
            } else {
                result.entries.append(Entry(id: id, title: "", summary: "", questions: [], source: source, lastReviewed: reviewed))
                index = result.entries.count - 1
                indexByID[id] = index
            }
            result.entries[index].questions.append(question)
        }
        for index in result.entries.indices {
            let known = details[result.entries[index].id]!
            let title = known.title ?? Self.title(for: known.label)
            result.entries[index].title = title
            result.entries[index].summary = known.answer ?? "\(title) (imported; no answer text yet)."
        }
        return result
    }

    /// Keeps an id's first label, title and answer; a row giving another title or answer is counted.
    private func note(_ row: LabeledQuestion, label: String, id: String,
                      in details: inout [String: (label: String, title: String?, answer: String?)], result: inout ImportedEntries) {
        guard let known = details[id] else {
            details[id] = (label, row.title, row.answer)
            return
        }
        let otherTitle = row.title != nil && known.title != nil && row.title != known.title
        let otherAnswer = row.answer != nil && known.answer != nil && row.answer != known.answer
        if otherTitle || otherAnswer {
            result.ignoredDetails += 1
            if !result.entriesWithIgnoredDetails.contains(id) { result.entriesWithIgnoredDetails.append(id) }
        }
        details[id] = (known.label, known.title ?? row.title, known.answer ?? row.answer)
    }

    /// The entry id a CSV label names, for `kb import` and `eval` alike (each giving its knowledge base's `redactor`): its personal data replaced by
    /// placeholders, then kebab-cased (`Printer Reset` and `printer_reset` both name `printer-reset`). A label with
    /// no ASCII letter or digit, even with its accents taken off (`Принтер`, `!!!`), gets `entry-` and a hash of its text, so distinct ones stay apart.
    public static func entryID(forLabel label: String, redactor: Redactor = Redactor()) -> String {
        entryID(forRedactedLabel: redactor.redact(label))
    }

    static func entryID(forRedactedLabel redacted: String) -> String {
        let id = kebabCase(redacted)
        var hash = FNV.start(0)
        for byte in redacted.lowercased().utf8 { hash = FNV.add(byte, to: hash) }
        let digest = String(hash % 0xFFFF_FFFF, radix: 16)
        // A long label keeps its first words, cut at a hyphen, and the digest of the whole (two long labels that
        // start alike stay two entries).
        if id.count > maximumIDLength {
            let head = id.prefix(maximumIDLength - 9)
            return String(head.lastIndex(of: "-").map { head[..<$0] } ?? head) + "-" + digest
        }
        guard id == "entry", redacted.lowercased() != "entry" else { return id }
        return "entry-" + digest
    }

    /// The longest id `entryID(forLabel:)` makes: a label longer than that is cut.
    static let maximumIDLength = 60

    /// The YAML text of a version-1 knowledge-base file holding the rows.
    public func yaml(from rows: [LabeledQuestion]) throws -> String {
        try yaml(for: entries(from: rows))
    }

    /// The YAML text of a version-1 knowledge-base file holding the imported entries.
    public func yaml(for imported: ImportedEntries) throws -> String {
        let (entries, outOfScope) = (imported.entries, imported.outOfScope)
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
    /// phrasings and function words, topic lead-ins and fillers, problem connectors, abbreviations, list openers, agent and subject labels, sign-offs, signature words, spoken punctuation, personal-data labels, the redactor's word lists,
    /// acknowledgements, exit words, other-topic replies, pointing words, none replies, choice fillers, ordinal, choice number, relative step
    /// and step number words), so an imported KB reads follow-ups, pasted text, replies to a list of choices and step references, and ends
    /// an interactive session, like the KB it came from; nil when `lexicon` has none of them.
    public func languageYAML(from lexicon: Lexicon) throws -> String? {
        func text(_ s: String) -> Node { Node.scalar(Node.Scalar(s, Tag(.str), .doubleQuoted)) }
        func list(_ items: [String]) -> Node { Node.sequence(Node.Sequence(items.map(text))) }
        var language: [(Node, Node)] = []
        let intents = FollowUpIntent.allCases.compactMap { intent -> (Node, Node)? in
            guard let phrasings = lexicon.followUpPhrasings[intent], !phrasings.isEmpty else { return nil }
            return (Node(intent.rawValue), list(phrasings))
        }
        if !intents.isEmpty { language.append((Node("follow_up_phrasings"), Node.mapping(Node.Mapping(intents)))) }
        if !lexicon.topicLeadIns.isEmpty { language.append((Node("topic_lead_ins"), list(lexicon.topicLeadIns))) }
        if !lexicon.topicFillers.isEmpty { language.append((Node("topic_fillers"), list(lexicon.topicFillers))) }
        if !lexicon.problemConnectors.isEmpty { language.append((Node("problem_connectors"), list(lexicon.problemConnectors))) }
        if !lexicon.commaConnectors.isEmpty { language.append((Node("comma_connectors"), list(lexicon.commaConnectors))) }
        if !lexicon.closeCallConnectors.isEmpty {
            language.append((Node("close_call_connectors"), list(lexicon.closeCallConnectors)))
        }
        if !lexicon.abbreviations.isEmpty { language.append((Node("abbreviations"), list(lexicon.abbreviations.sorted()))) }
        if !lexicon.listOpeners.isEmpty { language.append((Node("list_openers"), list(lexicon.listOpeners.sorted()))) }
        if !lexicon.agentLabels.isEmpty { language.append((Node("agent_labels"), list(lexicon.agentLabels))) }
        if !lexicon.subjectLabels.isEmpty { language.append((Node("subject_labels"), list(lexicon.subjectLabels))) }
        if !lexicon.signOffs.isEmpty { language.append((Node("sign_offs"), list(lexicon.signOffs))) }
        if !lexicon.replySeparators.isEmpty { language.append((Node("reply_separators"), list(lexicon.replySeparators))) }
        if !lexicon.signatureWords.isEmpty { language.append((Node("signature_words"), list(lexicon.signatureWords))) }
        for (key, words) in [("reply_header_labels", lexicon.replyHeaderLabels), ("reply_attributions", lexicon.replyAttributions),
                             ("forward_separators", lexicon.forwardSeparators), ("additive_words", lexicon.additiveWords),
                             ("additive_endings", lexicon.additiveEndings), ("subject_words", lexicon.subjectWords),
                             ("quote_introductions", lexicon.quoteIntroductions)] where !words.isEmpty {
            language.append((Node(key), list(words)))
        }
        if !lexicon.spokenPunctuation.isEmpty {
            let marks = lexicon.spokenPunctuation.sorted { $0.key < $1.key }.map { (text($0.key), list($0.value)) }
            language.append((Node("spoken_punctuation"), Node.mapping(Node.Mapping(marks))))
        }
        if !lexicon.notPunctuationAfter.isEmpty {
            language.append((Node("not_punctuation_after"), list(lexicon.notPunctuationAfter)))
        }
        if !lexicon.dataLabels.isEmpty { language.append((Node("data_labels"), list(lexicon.dataLabels))) }
        if !lexicon.dataLabelVerbs.isEmpty { language.append((Node("data_label_verbs"), list(lexicon.dataLabelVerbs))) }
        if !lexicon.dataLinks.isEmpty { language.append((Node("data_links"), list(lexicon.dataLinks))) }
        if !lexicon.linkedDataLabels.isEmpty { language.append((Node("linked_data_labels"), list(lexicon.linkedDataLabels))) }
        if !lexicon.notPasswordWords.isEmpty { language.append((Node("not_password_words"), list(lexicon.notPasswordWords))) }
        if !lexicon.securityAnswerLabels.isEmpty {
            language.append((Node("security_answer_labels"), list(lexicon.securityAnswerLabels)))
        }
        if let words = lexicon.redactionWords {
            let lists = RedactionWords.keys.compactMap { key in words.lists[key].map { (Node(key), list($0)) } }
            language.append((Node("redaction"), Node.mapping(Node.Mapping(lists))))
        }
        if !lexicon.nameLabels.isEmpty { language.append((Node("name_labels"), list(lexicon.nameLabels))) }
        if !lexicon.notNameWords.isEmpty { language.append((Node("not_name_words"), list(lexicon.notNameWords))) }
        if !lexicon.nameFields.isEmpty { language.append((Node("name_fields"), list(lexicon.nameFields))) }
        for (key, words) in [("self_introductions", lexicon.selfIntroductions), ("name_header_labels", lexicon.nameHeaderLabels),
                             ("not_name_capitals", lexicon.notNameCapitals), ("name_titles", lexicon.nameTitles),
                             ("phone_number_labels", lexicon.phoneNumberLabels), ("given_names", lexicon.givenNames?.words ?? []),
                             ("common_word_names", lexicon.commonWordNames)] where !words.isEmpty {
            language.append((Node(key), list(words)))
        }
        if !lexicon.acknowledgements.isEmpty { language.append((Node("acknowledgements"), list(lexicon.acknowledgements))) }
        if !lexicon.exitWords.isEmpty { language.append((Node("exit_words"), list(lexicon.exitWords))) }
        if !lexicon.otherTopicReplies.isEmpty { language.append((Node("other_topic_replies"), list(lexicon.otherTopicReplies))) }
        if !lexicon.functionWords.isEmpty { language.append((Node("function_words"), list(lexicon.functionWords))) }
        let choices = [("pointing_words", lexicon.pointingWords), ("none_replies", lexicon.noneReplies),
                       ("list_only_none_replies", lexicon.listOnlyNoneReplies), ("choice_fillers", lexicon.choiceFillers)]
        for (key, items) in choices where !items.isEmpty { language.append((Node(key), list(items))) }
        let numbers = [("ordinal_words", lexicon.ordinalWords), ("choice_number_words", lexicon.choiceNumberWords),
                       ("relative_step_words", lexicon.relativeStepWords), ("step_number_words", lexicon.stepNumberWords)]
        for (key, words) in numbers where !words.isEmpty {
            // In the order of their numbers ("first", "1st", "second"...), as a person would write them.
            let pairs = words.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map { (text($0.key), Node(String($0.value), Tag(.int))) }
            language.append((Node(key), Node.mapping(Node.Mapping(pairs))))
        }
        guard !language.isEmpty else { return nil }
        let top: [(Node, Node)] = [(Node("version"), Node("1", Tag(.int))), (Node("lexicon"), Node.mapping(Node.Mapping(language)))]
        return try Yams.serialize(node: Node.mapping(Node.Mapping(top)), width: -1, allowUnicode: true)
    }

    /// `card_arrival` and `Card Arrival` become `card-arrival`; accents and full-width forms are folded first, so
    /// `Café Wi-Fi` becomes `cafe-wi-fi` rather than `caf-wi-fi`.
    public static func kebabCase(_ label: String) -> String {
        var out = ""
        let folded = label.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        for scalar in folded.lowercased().unicodeScalars {
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
