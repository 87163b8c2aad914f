/// Common given names, for the names a text says without a label: `kind(of:)` tells whether a lowercase word is a
/// name on its own ("marcy"), a name only before a surname (one that is also an ordinary word: "will", "mark"), or none.
public struct GivenNames: Sendable {
    /// The names (a word list, read on its first look-up).
    let list: WordList
    /// The names that are also ordinary words, lowercase.
    let commonWordNames: Set<String>
    /// Words a person owns, lowercase: a capitalized word with `'s` before one is a name (`isPossessed(_:)`).
    let possessedWords: Set<String>

    /// How a word is a given name.
    enum Kind {
        /// A name wherever it stands.
        case name
        /// A name only before a surname.
        case beforeSurname
    }

    /// `list` of names, `commonWordNames` (any case) that are names only before a surname, in the list or not, and
    /// `possessedWords` (any case) that make a capitalized word with `'s` before them a name.
    public init(list: WordList, commonWordNames: some Sequence<String>, possessedWords: some Sequence<String> = [String]()) {
        self.list = list
        self.commonWordNames = Set(commonWordNames.map { $0.lowercased() })
        self.possessedWords = Set(possessedWords.map { $0.lowercased() })
    }

    /// The knowledge base's `given_names` and `common_word_names`; nil without the word list.
    public init?(lexicon: Lexicon) {
        guard let list = lexicon.givenNames else { return nil }
        self.init(list: list, commonWordNames: lexicon.commonWordNames, possessedWords: lexicon.possessedWords)
    }

    /// Whether `word` (lowercase) is a thing a person owns ("account").
    func isPossessed(_ word: String) -> Bool {
        possessedWords.contains(word)
    }

    /// How `word` (lowercase) is a given name, or nil for no name.
    func kind(of word: String) -> Kind? {
        if commonWordNames.contains(word) { return .beforeSurname }
        return list.contains(word) ? .name : nil
    }
}
