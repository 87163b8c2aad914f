/// The knowledge base's lists a `Redactor` finds names with, shared by every copy of it (a redactor is copied into
/// every matcher and conversation): the labels before a name, the words that are none after one, the abbreviations
/// inside one, the fields that hold one, and where a name stands without a label.
final class RedactorNames: Sendable {
    /// `Redactor.nameLabels`.
    let labels: [[UInt8]]
    /// `Redactor.notNameWords`.
    let notNameWords: Set<String>
    /// `Redactor.nameAbbreviations`.
    let abbreviations: Set<String>
    /// `Redactor.nameFields`.
    let fields: [String]
    /// `Redactor.nameContexts`.
    let contexts: NameContexts

    init(labels: [[UInt8]], notNameWords: Set<String>, abbreviations: Set<String>, fields: [String],
         contexts: NameContexts = NameContexts()) {
        self.labels = labels
        self.notNameWords = notNameWords
        self.abbreviations = abbreviations
        self.fields = fields
        self.contexts = contexts
    }

    /// No list: no name is redacted.
    static let none = RedactorNames(labels: [], notNameWords: [], abbreviations: [], fields: [])

    /// These lists with `contexts` for the names without a label.
    func with(_ contexts: NameContexts) -> RedactorNames {
        RedactorNames(labels: labels, notNameWords: notNameWords, abbreviations: abbreviations, fields: fields, contexts: contexts)
    }
}
