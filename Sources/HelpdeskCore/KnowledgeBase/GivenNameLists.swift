/// The lexicon's `given_names`, `common_word_names`, `possessed_words`, `name_titles`, `phone_number_labels` and
/// `redaction` lists (the redactor's), held by one reference so that a `Lexicon` (copied whole with every matcher, and
/// zeroed on the stack when a batch line is answered) grows by one word for them, not ten: the lexicon's size decides
/// whether that zeroing takes a few instructions or one per byte.
final class GivenNameLists: Sendable, Equatable {
    let list: WordList?
    let commonWordNames: [String]
    let possessedWords: [String]
    let titles: [String]
    let phoneLabels: [String]
    let redactionWords: RedactionWords?

    private init(list: WordList?, names: [String], possessed: [String], titles: [String], phoneLabels: [String],
                 redaction: RedactionWords?) {
        self.list = list
        commonWordNames = names
        possessedWords = possessed
        self.titles = titles
        self.phoneLabels = phoneLabels
        redactionWords = redaction
    }

    /// The lists, or nil when all are empty.
    convenience init?(list: WordList?, commonWordNames: [String], possessedWords: [String], titles: [String],
                      phoneLabels: [String], redactionWords: RedactionWords?) {
        guard list != nil || !commonWordNames.isEmpty || !possessedWords.isEmpty || !titles.isEmpty || !phoneLabels.isEmpty
                || redactionWords != nil
        else { return nil }
        self.init(list: list, names: commonWordNames, possessed: possessedWords, titles: titles, phoneLabels: phoneLabels,
                  redaction: redactionWords)
    }

    static func == (a: GivenNameLists, b: GivenNameLists) -> Bool {
        a === b || a.list == b.list && a.commonWordNames == b.commonWordNames && a.possessedWords == b.possessedWords
            && a.titles == b.titles && a.phoneLabels == b.phoneLabels && a.redactionWords == b.redactionWords
    }
}
