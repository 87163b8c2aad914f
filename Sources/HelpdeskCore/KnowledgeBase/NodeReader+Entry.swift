import Yams

extension NodeReader {
    static let entryKeys = [
        "id", "kind", "title", "summary", "questions", "keywords", "steps", "tips", "contacts",
        "escalation", "follow_ups", "related", "answer_threshold", "source", "last_reviewed",
    ]
    static let contactKeys = ["name", "phone", "hours", "url", "when"]
    static let followUpKeys = ["questions", "answer"]

    /// Reads one entry; nil when a required key is missing or malformed (the problems are recorded).
    func entry(_ node: Node, path: String, links: inout [(entry: String, id: String, location: SourceLocation)]) -> Entry? {
        currentEntry = nil
        if case .mapping(let raw) = node, let idNode = raw["id"], case .scalar(let scalar) = idNode, EntryID.isValid(scalar.string) {
            currentEntry = scalar.string
        }
        guard let map = mapping(node, path: path, allowed: Self.entryKeys) else { return nil }
        var id: String?
        if let idNode = map["id"], let text = string(idNode, path: "\(path).id") {
            if EntryID.isValid(text) {
                id = text
            } else {
                error("id '\(text)' must be kebab-case: lowercase letters, digits and single hyphens", at: idNode)
            }
        }
        currentEntry = id
        func required(_ key: String) -> String? {
            guard let value = map[key] else {
                error("missing required key '\(key)' (at \(path))", at: node)
                return nil
            }
            return string(value, path: "\(path).\(key)")
        }
        func list(_ key: String) -> [String] {
            map[key].flatMap { strings($0, path: "\(path).\(key)") } ?? []
        }
        let title = required("title")
        let summary = required("summary")
        let source = required("source")
        let reviewed = required("last_reviewed").flatMap { text -> ReviewDate? in
            guard let date = ReviewDate(parsing: text) else {
                error("last_reviewed '\(text)' is not a date of the form YYYY-MM-DD", at: map["last_reviewed"]!)
                return nil
            }
            return date
        }
        var questions: [String] = []
        if let node = map["questions"] {
            questions = strings(node, path: "\(path).questions") ?? []
            if questions.isEmpty, case .sequence = node { error("questions must list at least one example question", at: node) }
        } else {
            error("missing required key 'questions' (at \(path))", at: node)
        }
        let contacts = map["contacts"].flatMap { contactList($0, path: "\(path).contacts") } ?? []
        let followUps = map["follow_ups"].flatMap { followUpList($0, path: "\(path).follow_ups") } ?? []
        let escalation = map["escalation"].flatMap { string($0, path: "\(path).escalation") }
        let related = list("related")
        if let id, let relatedNode = map["related"] {
            links += related.map { (entry: id, id: $0, location: location(of: relatedNode)) }
        }
        guard let id, let title, let summary, let source, let reviewed, !questions.isEmpty else { return nil }
        var entry = Entry(
            id: id, title: title, summary: summary, questions: questions,
            source: source, lastReviewed: reviewed, location: location(of: node)
        )
        if let kindNode = map["kind"], let text = string(kindNode, path: "\(path).kind") {
            if let kind = EntryKind(rawValue: text) {
                entry.kind = kind
            } else {
                error("kind '\(text)' must be one of: \(EntryKind.allCases.map(\.rawValue).joined(separator: ", "))", at: kindNode)
            }
        }
        entry.keywords = list("keywords")
        entry.steps = list("steps")
        entry.tips = list("tips")
        entry.contacts = contacts
        entry.escalation = escalation
        entry.followUps = followUps
        entry.related = related
        if let node = map["answer_threshold"], let value = number(node, path: "\(path).answer_threshold") {
            if MatcherSettings.fractions.contains(value) {
                entry.answerThreshold = value
            } else {
                error("answer_threshold must be between 0 and 1, found \(value)", at: node)
            }
        }
        return entry
    }

    func contactList(_ node: Node, path: String) -> [Contact]? {
        guard let items = sequence(node, path: path) else { return nil }
        return items.enumerated().compactMap { i, item in contact(item, path: "\(path)[\(i)]") }
    }

    private func contact(_ node: Node, path: String) -> Contact? {
        guard let map = mapping(node, path: path, allowed: Self.contactKeys) else { return nil }
        guard let nameNode = map["name"] else {
            error("missing required key 'name' (at \(path))", at: node)
            return nil
        }
        guard let name = string(nameNode, path: "\(path).name") else { return nil }
        var contact = Contact(name: name)
        if let phoneNode = map["phone"], let phone = string(phoneNode, path: "\(path).phone") {
            if PhoneNumber.isWellFormed(phone) {
                contact.phone = phone
            } else {
                error("malformed phone number '\(phone)' (at \(path).phone); write it like 866-255-0654", at: phoneNode)
            }
        }
        contact.hours = map["hours"].flatMap { string($0, path: "\(path).hours") }
        contact.url = map["url"].flatMap { string($0, path: "\(path).url") }
        contact.when = map["when"].flatMap { string($0, path: "\(path).when") }
        let kept = ["phone": contact.phone, "url": contact.url, "when": contact.when]
        contact.refusedKeys = Set(kept.keys.filter { map[$0] != nil && kept[$0]! == nil })
        return contact
    }

    private func followUpList(_ node: Node, path: String) -> [FollowUp]? {
        guard let items = sequence(node, path: path) else { return nil }
        return items.enumerated().compactMap { i, item -> FollowUp? in
            let itemPath = "\(path)[\(i)]"
            guard let map = mapping(item, path: itemPath, allowed: Self.followUpKeys) else { return nil }
            guard let qNode = map["questions"], let aNode = map["answer"] else {
                error("a follow-up needs both 'questions' and 'answer' (at \(itemPath))", at: item)
                return nil
            }
            guard let questions = strings(qNode, path: "\(itemPath).questions"), !questions.isEmpty,
                  let answer = string(aNode, path: "\(itemPath).answer") else { return nil }
            return FollowUp(questions: questions, answer: answer)
        }
    }
}
