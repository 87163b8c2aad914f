/// The knowledge base's word lists that the redactor's scanners read (the lexicon's `redaction` block: labels, the
/// words that link them to their data, street, unit and state words, common words): given as lists, held as sets
/// built once when the lexicon loads, looked up per question.
public final class RedactionWords: Sendable, Equatable {
    /// The lexicon's keys under `redaction`, in the order a snapshot stores them.
    static let keys = [
        "call_links", "call_persons", "call_back_links", "list_links", "zip_labels", "zip_links", "efin_labels",
        "hyphenated_efin_labels", "ptin_labels", "caf_labels", "preparer_id_links", "mistyped_id_links",
        "system_code_words", "four_words", "partial_ssn_labels", "strong_partial_links", "ending_links",
        "partial_links", "street_types", "common_word_street_types", "unit_words", "not_street_name_words",
        "state_abbreviations", "word_like_state_abbreviations", "state_names", "calendar_names",
        "other_address_words", "common_words", "password_state_words", "state_words", "sentence_words",
        "possessives", "clause_openers", "reported_to",
    ]
    /// The keys whose entries are phrases of several words ("new york"); every other entry is one word.
    static let phraseKeys: Set<String> = ["state_names"]

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
    /// `zip_labels`: labels a ZIP code follows: "my zip is 90210" (a ZIP code alone is kept).
    let zipLabels: Set<String>
    /// `zip_links`: words between a ZIP label and its number: "zip code 90210".
    let zipLinks: Set<String>
    /// `efin_labels`: labels an EFIN follows: "my efin is 123456".
    let efinLabels: Set<String>
    /// `hyphenated_efin_labels`: an EFIN label's part after `e-` ("E-FIN 123456": `isEFINLabel(_:)`).
    let hyphenatedEFINLabels: Set<String>
    /// `ptin_labels`: labels a PTIN's 8 digits follow without their P: "PTIN 01234567".
    let ptinLabels: Set<String>
    /// `caf_labels`: labels a CAF number follows: "CAF number 0301-12345".
    let cafLabels: Set<String>
    /// `preparer_id_links`: words between an EFIN, PTIN or CAF label and its digits.
    let preparerIDLinks: Set<String>
    /// `mistyped_id_links`: words between an SSN, ITIN, EIN or PTIN label and a mistyped id: "ssn no 123-45-678".
    let mistypedIDLinks: Set<String>
    /// `system_code_words`: words that name the system a code of four or five digits belongs to.
    let systemCodeWords: Set<String>
    /// `four_words`: "4" and "four" after "last": "last 4 6789".
    let fourWords: Set<String>
    /// `partial_ssn_labels`: labels an SSN's last four digits follow; `snn` and `socsec` are one typed fast: "snn
    /// 6789", "socsec 6789".
    let partialSSNLabels: Set<String>
    /// `strong_partial_links`: links that say the four digits are the end of a number: after them even a year
    /// is redacted.
    let strongPartialLinks: Set<String>
    /// `ending_links`: the strong links that say the digits end a number (`ending in`): after a phone word they
    /// make them its last digits.
    let endingLinks: Set<String>
    /// `partial_links`: other words that may stand between the label and the four digits.
    let partialLinks: Set<String>
    /// `street_types`: street types that name nothing else in a sentence: abbreviations and the long words
    /// (`St`, `Ave`, `Road`, `Boulevard`...). After one to four name words they end a street in any case (`123
    /// main st`).
    let streetTypes: Set<String>
    /// `common_word_street_types`: street types that are ordinary words too (`way`, `drive`, `lane`, `court`,
    /// `place`..., and `Dr` for a doctor): they end a street only when written with a capital, after name words
    /// that all have one ("45 Oak Drive", "45 Oak Dr"; "there's 1 other way", "the 2 step way", "I saw 2 eye
    /// Dr" are kept).
    let commonWordStreetTypes: Set<String>
    /// `unit_words`: words that open a unit after the street: `Apt 3`, `Suite 200`, `Unit B`, `Fl 2`.
    let unitWords: Set<String>
    /// `not_street_name_words`: words that are no street's name between a number and a street type, in any
    /// case, on top of `sentenceWords`: counts and units ("2 different ways", "10 AM Court hearing", "3 more
    /// road closures"), and what makes a `Drive` a disk ("my 2 Google Drive folders", "2 Factor Authentication
    /// Way").
    let nonNameWords: Set<String>
    /// `state_abbreviations`: US state and territory abbreviations (USPS), uppercase as written on an envelope.
    let stateAbbreviations: Set<String>
    /// `word_like_state_abbreviations`: abbreviations that are also common words or ids written in capitals
    /// (`ID`, `IN`, `OR`, `ME`, `OK`, `HI`, `DE`): before a lone ZIP code they name a state only after a comma
    /// ("Boise, ID 83702"; "Tax ID 12345" is kept), or after a capitalized city when the ZIP code is one of the
    /// state's ("Boise ID 83702": `zipPrefixes`).
    let wordLikeStateAbbreviations: Set<String>
    /// `state_names`: US state and territory names, lowercase, up to three words.
    let stateNames: Set<String>
    /// `calendar_names`: month and weekday names and their abbreviations: never a city before a state.
    let calendarNames: Set<String>
    /// `other_address_words`: words before "address" that make it no postal address label: "email address", "ip
    /// address".
    let otherAddressWords: Set<String>
    /// `common_words`: common English words: never a user name or a one-word answer after its label ("my
    /// username is wrong").
    let commonWords: Set<String>
    /// `password_state_words`: words said of a password that `isCommonWord(_:)` does not list.
    let passwordStateWords: Set<String>
    /// `state_words`: words that say how a password is; a value opens with one only before three value words.
    let stateWords: Set<String>
    /// `sentence_words`: words that carry a sentence on rather than spell a password: joining words, pronouns,
    /// articles, prepositions, negations and the verbs and adverbs said of a password. A value ends before one;
    /// none starts with one.
    let sentenceWords: Set<String>
    /// `possessives`: words between a label and its number that say whose it is, or link them.
    let possessives: Set<String>
    /// `clause_openers`: words that open a clause before an id said before its label: "but jdoe is her username".
    let clauseOpeners: Set<String>
    /// `reported_to`: whom something is told, between a word that reports it and what it says: "told me", "told us".
    let reportedTo: Set<String>

    /// The lists by key (`keys`), lowercase; a key not given is an empty list.
    init(lists: [String: [String]]) {
        self.lists = lists.filter { !$0.value.isEmpty }
        func words(_ key: String) -> Set<String> { Set(lists[key] ?? []) }
        callLinks = words("call_links")
        callPersons = words("call_persons")
        callBackLinks = words("call_back_links")
        listLinks = words("list_links")
        zipLabels = words("zip_labels")
        zipLinks = words("zip_links")
        efinLabels = words("efin_labels")
        hyphenatedEFINLabels = words("hyphenated_efin_labels")
        ptinLabels = words("ptin_labels")
        cafLabels = words("caf_labels")
        preparerIDLinks = words("preparer_id_links")
        mistypedIDLinks = words("mistyped_id_links")
        systemCodeWords = words("system_code_words")
        fourWords = words("four_words")
        partialSSNLabels = words("partial_ssn_labels")
        strongPartialLinks = words("strong_partial_links")
        endingLinks = words("ending_links")
        partialLinks = words("partial_links")
        streetTypes = words("street_types")
        commonWordStreetTypes = words("common_word_street_types")
        unitWords = words("unit_words")
        nonNameWords = words("not_street_name_words")
        stateAbbreviations = Set((lists["state_abbreviations"] ?? []).map { $0.uppercased() })
        wordLikeStateAbbreviations = Set((lists["word_like_state_abbreviations"] ?? []).map { $0.uppercased() })
        stateNames = words("state_names")
        calendarNames = words("calendar_names")
        otherAddressWords = words("other_address_words")
        commonWords = words("common_words")
        passwordStateWords = words("password_state_words")
        stateWords = words("state_words")
        sentenceWords = words("sentence_words")
        possessives = words("possessives")
        clauseOpeners = words("clause_openers")
        reportedTo = words("reported_to")
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
