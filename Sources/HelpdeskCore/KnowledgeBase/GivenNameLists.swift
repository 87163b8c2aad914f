/// The lexicon's `given_names` and `common_word_names`, held by one reference so that a `Lexicon` (copied whole with
/// every matcher, and zeroed on the stack when a batch line is answered) grows by one word for them, not three: the
/// lexicon's size decides whether that zeroing takes a few instructions or one per byte.
final class GivenNameLists: Sendable, Equatable {
    let list: WordList?
    let commonWordNames: [String]

    private init(list: WordList?, names: [String]) {
        self.list = list
        commonWordNames = names
    }

    /// Both lists, or nil when both are empty.
    convenience init?(list: WordList?, commonWordNames: [String]) {
        guard list != nil || !commonWordNames.isEmpty else { return nil }
        self.init(list: list, names: commonWordNames)
    }

    static func == (a: GivenNameLists, b: GivenNameLists) -> Bool {
        a === b || a.list == b.list && a.commonWordNames == b.commonWordNames
    }
}
