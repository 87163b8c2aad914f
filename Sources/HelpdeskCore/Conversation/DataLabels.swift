/// The words that only label a piece of personal data in a question ("SSN 123-45-6789", "my email is jane@x.com"):
/// the lexicon's `data_labels`, `data_links` and `linked_data_labels`, and the field names before a person's name
/// (`name_header_labels`, `name_fields`), lowercased, compared with the words as written.
/// They go with the data before matching, so that "SSN" does not make a password question look like one about
/// verifying a Social Security number.
public struct DataLabels: Sendable, Equatable {
    /// Words that only introduce the data right after them ("ssn", "call me at"): always dropped with it.
    public let labels: Set<String>
    /// Verbs that label the data only with another label between them and it: "call me at ..." goes, "should I call
    /// 866-255-0654" keeps "call".
    public let verbs: Set<String>
    /// Words that join a label to its data ("is", "was"); a colon or "=" does too ("Email: ...").
    public let links: Set<String>
    /// Words that name the data only when a link joins them to it and they open their clause: "my email is
    /// jane@example.com" says nothing about the problem, while "can't open the email jane@example.com" and
    /// "my new cell is ..." keep their words.
    public let linkedLabels: Set<String>
    /// The names of a ticket's or header's fields whose value is a person's name ("contact", "reported by"), their
    /// words separated by one space: only such a field's name goes before a name (`dropFieldName`).
    public let fieldNames: Set<String>

    public init(labels: some Sequence<String> = [], verbs: some Sequence<String> = [], links: some Sequence<String> = [],
                linkedLabels: some Sequence<String> = [], fieldNames: some Sequence<String> = []) {
        self.labels = Set(labels.map { $0.lowercased() })
        self.verbs = Set(verbs.map { $0.lowercased() })
        self.links = Set(links.map { $0.lowercased() })
        self.linkedLabels = Set(linkedLabels.map { $0.lowercased() })
        self.fieldNames = Set(fieldNames.map { $0.lowercased().split(separator: " ").joined(separator: " ") })
    }

    public init(lexicon: Lexicon) {
        self.init(labels: lexicon.dataLabels, verbs: lexicon.dataLabelVerbs, links: lexicon.dataLinks,
                  linkedLabels: lexicon.linkedDataLabels, fieldNames: lexicon.nameHeaderLabels + lexicon.nameFields)
    }

    public var isEmpty: Bool { labels.isEmpty && verbs.isEmpty && links.isEmpty && linkedLabels.isEmpty }

    /// Drops the words at the end of `output` that only label the data after it: `labels` always, `verbs` before
    /// another of them ("call me at"); `links` and
    /// `linkedLabels` when they run back to the start of their clause (the text's start, a line break, a word
    /// ending in `,` `.` `;` `!` `?` `(`, or a `(` right before the word); and always a `:` or `=` right before the
    /// data, with the spaces around it ("code: 482913" keeps "code"). Walks back from the end, and no further than the
    /// UTF-8 offset `floor` (where the data before this one ended, which no label reaches across), so a long line costs
    /// no more per finding: walking back over every earlier finding's space made a line of 5,000 addresses take a
    /// second.
    func dropTrailingLabel(_ output: inout String, floor floorOffset: Int = 0) {
        guard !isEmpty else { return }
        let floor = output.utf8.index(output.startIndex, offsetBy: min(floorOffset, output.utf8.count))
        var cut = output.endIndex       // from here on, the words go
        var pending: String.Index?      // a chain of linked labels, dropped only if it reaches its clause's start
        var linked = false
        var end = output.endIndex
        while true {
            var i = end
            while i > floor {
                let c = output[output.index(before: i)]
                guard c == " " || c == "\t" || c == ":" || c == "=" || c == "#" else { break }
                if c == ":" || c == "=" { linked = true }
                i = output.index(before: i)
            }
            // A colon or "=" right before the data links it to the word before; with the data gone it links nothing,
            // and "code: 482913 didnt work" would leave "code:" to read as a heading.
            if end == output.endIndex, linked { cut = i }
            var start = i
            while start > floor, !" \t\n\r".contains(output[output.index(before: start)]) {
                start = output.index(before: start)
            }
            let word = output[start..<i]
            if word.isEmpty || ",.;!?(".contains(word.last!) {  // the clause's start: a pending chain goes
                if let pending { cut = pending }
                break
            }
            // A word right after "(" is the first of its clause: "(my email is ...".
            let opensClause = word.first == "("
            let wordStart = opensClause ? output.index(after: start) : start
            let lowered = output[wordStart..<i].lowercased()
            if labels.contains(lowered) || (cut < output.endIndex && verbs.contains(lowered)) {
                cut = wordStart
                pending = nil
            } else if links.contains(lowered) || (linked && linkedLabels.contains(lowered)) {
                linked = true
                pending = wordStart
            } else {
                break
            }
            if opensClause {
                if let pending { cut = pending }
                break
            }
            end = start
        }
        if cut < output.endIndex { output.removeSubrange(cut...) }
    }
}
