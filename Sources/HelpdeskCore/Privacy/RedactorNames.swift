/// The knowledge base's lists a `Redactor` finds names with, shared by every copy of it (a redactor is copied into
/// every matcher and conversation): the labels before a name, the words that are none after one, the abbreviations
/// inside one, the fields that hold one, and where a name stands without a label; and the word lists its scanners
/// read (`RedactionWords`), here so that a redactor grows by no field for them.
final class RedactorNames: Sendable {
    /// `Redactor.nameLabels`.
    let labels: [[UInt8]]
    /// The last two letters the labels end in (`LabelEndings`), made once.
    let labelEndings: LabelEndings
    /// `Redactor.notNameWords`.
    let notNameWords: Set<String>
    /// `Redactor.nameAbbreviations`.
    let abbreviations: Set<String>
    /// `Redactor.nameFields`.
    let fields: [String]
    /// `Redactor.nameContexts`.
    let contexts: NameContexts
    /// `Redactor.redactionWords`.
    let words: RedactionWords?

    init(labels: [[UInt8]], notNameWords: Set<String>, abbreviations: Set<String>, fields: [String],
         contexts: NameContexts = NameContexts(), words: RedactionWords? = nil) {
        self.labels = labels
        labelEndings = LabelEndings(labels)
        self.notNameWords = notNameWords
        self.abbreviations = abbreviations
        self.fields = fields
        self.contexts = contexts
        self.words = words
    }

    /// No list: no name is redacted.
    static let none = RedactorNames(labels: [], notNameWords: [], abbreviations: [], fields: [])

    /// These lists with `contexts` for the names without a label.
    func with(_ contexts: NameContexts) -> RedactorNames {
        RedactorNames(labels: labels, notNameWords: notNameWords, abbreviations: abbreviations, fields: fields, contexts: contexts,
                      words: words)
    }

    /// These lists with `words` for the scanners.
    func with(words: RedactionWords?) -> RedactorNames {
        RedactorNames(labels: labels, notNameWords: notNameWords, abbreviations: abbreviations, fields: fields, contexts: contexts,
                      words: words)
    }
}
