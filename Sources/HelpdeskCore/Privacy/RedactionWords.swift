/// The knowledge base's word lists that the redactor's scanners read (the lexicon's `redaction` block: labels, the
/// words that link them to their data, street, unit and state words, common words): given as lists, held as sets
/// built once when the lexicon loads, looked up per question.
public final class RedactionWords: Sendable, Equatable {
    /// The lexicon's keys under `redaction`, in the order a snapshot stores them.
    static let keys = [
        "call_links", "call_persons", "call_back_links", "list_links",
    ]
    /// The keys whose entries are phrases of several words ("new york"); every other entry is one word.
    static let phraseKeys: Set<String> = []

    /// Each key's entries as the lexicon gives them, lowercase, in order, without repeats.
    let lists: [String: [String]]

    /// `call_links`: the word between a person and a local number ("call me at", "reach us on").
    let callLinks: Set<String>
    /// `call_persons`: whom a phone verb names before that word ("me", "us", "her").
    let callPersons: Set<String>
    /// `call_back_links`: the word after a phone verb right before a local number ("call back 555-1234").
    let callBackLinks: Set<String>
    /// `list_links`: the words between the items of a list of local numbers ("555-1234 or 555-9876").
    let listLinks: Set<String>

    /// The lists by key (`keys`), lowercase; a key not given is an empty list.
    init(lists: [String: [String]]) {
        self.lists = lists.filter { !$0.value.isEmpty }
        func words(_ key: String) -> Set<String> { Set(lists[key] ?? []) }
        callLinks = words("call_links")
        callPersons = words("call_persons")
        callBackLinks = words("call_back_links")
        listLinks = words("list_links")
    }

    /// No list: the scanners that need one find nothing.
    static let none = RedactionWords(lists: [:])

    /// Whether no list has an entry.
    var isEmpty: Bool { lists.isEmpty }

    /// These lists with `other`'s entries added after their own, without repeats (another lexicon file's).
    func merged(with other: RedactionWords) -> RedactionWords {
        RedactionWords(lists: lists.merging(other.lists) { old, new in old + new.filter { !old.contains($0) } })
    }

    public static func == (a: RedactionWords, b: RedactionWords) -> Bool {
        a === b || a.lists == b.lists
    }
}
