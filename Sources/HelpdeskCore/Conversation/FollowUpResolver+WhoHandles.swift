extension FollowUpResolver {
    /// Whose matter `entry` is, asked about whoever the line (`terms`) names: "can the IRS help?", "does ID.me handle
    /// this?". The entry's contacts that the line names ("ID.me is one of this topic's contacts: ..."), or, when it names only
    /// others, all of the entry's contacts ("This topic's contacts (IRS is not one of them): ..."), each with when to
    /// use it, and then the entry's escalation. So "can the IRS reset it?" about contacting ID.me says first that ID.me
    /// is the contact for sign-in trouble, before the escalation's "transcripts ... are not ID.me's to answer: contact
    /// the IRS". A line that names no contact, or an entry with none, gets the escalation (`escalationAnswer`).
    func whoHandlesAnswer(_ entry: Entry, terms: Set<String>) -> String {
        let named = namedParties(in: terms)
        guard !named.isEmpty, !entry.contacts.isEmpty else { return escalationAnswer(entry) }
        let namedTerms = Set(named.map(\.terms))
        let own = entry.contacts.filter { namedTerms.contains(Set(pipeline.analyze($0.name).terms)) }
        let lead: [String]
        if own.isEmpty {
            let names = named.map(\.name)
            let none = names.count == 1 ? "\(names[0]) is not one of them" : "none of them is " + Self.list(names)
            lead = ["This topic's contacts (\(none)):"] + contactLines(entry.contacts)
        } else {
            let names = Self.list(own.map(\.name), joiner: "and")
            lead = [names + (own.count == 1 ? " is one" : " are") + " of this topic's contacts:"] + contactLines(own)
        }
        return (lead + [entry.escalation].compactMap { $0 }).joined(separator: "\n")
    }

    /// The contacts (`parties`) a line names: those whose name's every term is among `terms`, without one whose terms
    /// another named one holds too ("IRS" when "IRS e-help desk" is named).
    func namedParties(in terms: Set<String>) -> [(name: String, terms: Set<String>)] {
        let named = parties.compactMap { name -> (name: String, terms: Set<String>)? in
            let own = Set(pipeline.analyze(name).terms)
            return !own.isEmpty && own.isSubset(of: terms) ? (name, own) : nil
        }
        return named.filter { one in !named.contains { one.terms.isStrictSubset(of: $0.terms) } }
    }

    /// The name of every contact the knowledge base gives, in every entry and its fallback, each once.
    static func parties(in kb: KnowledgeBase) -> [String] {
        var names: [String] = []
        for contact in kb.entries.flatMap(\.contacts) + kb.fallback.contacts where !names.contains(contact.name) {
            names.append(contact.name)
        }
        return names
    }
}
