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
        "possessives", "clause_openers", "reported_to", "card_expiry_labels", "reference_labels",
        "reference_links", "error_labels", "error_links", "entry_verbs", "using_verbs", "password_determiners",
        "wrapped_ssn_labels", "taxpayer_labels", "form_prefixes", "product_names", "other_number_labels",
        "clause_joiners", "value_introducers", "credential_links", "value_before_label_fillers",
        "strict_phone_words", "mail_providers", "top_level_domains", "ordinary_words_before_at", "seed_labels",
        "spoken_breaks", "not_social_words", "password_shaped_products", "other_password_labels",
        "other_code_labels", "pair_user_labels", "pair_password_labels", "version_words", "phone_letter_labels", "vendor_things", "place_words", "name_particles", "suffix_street_types", "prefix_street_types",
        "name_first_street_types", "name_lead_ins", "leading_surnames", "other_script_greetings",
    ]
    /// The keys whose entries are phrases of several words ("new york"); every other entry is one word.
    static let phraseKeys: Set<String> = [
        "state_names", "entry_verbs", "seed_labels", "other_password_labels", "name_lead_ins", "other_script_greetings",
    ]

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
    let notStreetNameWords: Set<String>
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
    /// `password_state_words`: words said of a password that `common_words` does not list ("my password is perfect").
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
    /// `card_expiry_labels`: labels a card's expiry date follows: "card exp 04/27" → "card exp [CARD]".
    let cardExpiryLabels: [String]
    /// `reference_labels`: labels whose number is a reference kept as typed: "ticket #123456789", "case no. 123456789".
    let referenceLabels: [String]
    /// `reference_links`: words allowed between a reference label and its number: "ref number 2024031512".
    let referenceLinks: [String]
    /// `error_labels`: labels of an error number, kept as typed ("error 518227394").
    let errorLabels: [String]
    /// `error_links`: the word only an error label takes before its number: "error code 518227394".
    let errorLinks: [String]
    /// `entry_verbs`: verbs that name a code or password typed right after them: "I typed 482913" (may be two words).
    let entryVerbs: [String]
    /// `using_verbs`: verbs of using before a password label and the password: "I used the password tigers".
    let usingVerbs: [String]
    /// `password_determiners`: words allowed between such a verb and the label: "tried my password hunter".
    let passwordDeterminers: [String]
    /// `wrapped_ssn_labels`: labels, besides "ssn", that let an SSN wrap at a space onto the next line: "itin
    /// 123 45" then "6789".
    let wrappedSSNLabels: [String]
    /// `taxpayer_labels`: labels of an individual's number besides an SSN's, said after it: "... is my itin".
    let taxpayerLabels: [String]
    /// `form_prefixes`: words a form, schedule or notice number is written after, glued or not: "Form8821",
    /// "CP2000" (kept).
    let formPrefixes: [String]
    /// `product_names`: products whose names carry a version or year, and which a question names after a
    /// password label: "password for office365 expired", "Drake2024 password".
    let productNames: [String]
    /// `other_number_labels`: labels whose number or id after them is theirs, not a secret's: "see ticket inc004471".
    let otherNumberLabels: [String]
    /// `clause_joiners`: words that join another clause after a user name: "login is jdoe but it fails".
    let clauseJoiners: [String]
    /// `value_introducers`: verbs after which a value some words on from a password label is read: "tried
    /// Summer2024 as the password".
    let valueIntroducers: [String]
    /// `credential_links`: words between a password or code label and its value: "PIN no. 1234", "the code is
    /// now 482913".
    let credentialLinks: [String]
    /// `value_before_label_fillers`: words allowed between a value and its label after it: "Summer2024 is my
    /// new password".
    let valueBeforeLabelFillers: [String]
    /// `strict_phone_words`: words that name a phone number and nothing else: "tel 555 0100 22", "fax: ...".
    let strictPhoneWords: [String]
    /// `mail_providers`: mail providers: "jane at gmail" is an address without a dot-com.
    let mailProviders: [String]
    /// `top_level_domains`: top-level domains, the only labels a loosely written dot may lead to: "jane at firm
    /// period com".
    let topLevelDomains: [String]
    /// `ordinary_words_before_at`: ordinary words before "at gmail" in a sentence, no mailbox name: "look at
    /// gmail", "my inbox at gmail.com".
    let ordinaryWordsBeforeAt: [String]
    /// `seed_labels`: labels an authenticator seed or setup key follows, longer first: "setup key: JBSWY3DPEHPK3PXP".
    let seedLabels: [String]
    /// `spoken_breaks`: the words that say a dash or a dot between groups of a number read out ("123 dash 45").
    let spokenBreaks: [String]
    /// `not_social_words`: words of their own one edit from `social`, never an SSN label ("socal").
    let notSocialWords: [String]
    /// `password_shaped_products`: products whose names look like a password, never one after a password label
    /// ("saved in 1Password", "password manager (1Password)").
    let passwordShapedProducts: Set<String>
    /// `other_password_labels`: password labels of other languages, a letter with an accent typed matching the
    /// entry's plain one ("contraseña: Maple2023", "mot de passe: Maple2023": `otherCredentialLabel(at:)`).
    let otherPasswordLabels: [String]
    /// `other_code_labels`: labels a one-time code of six to eight digits follows, besides `code`, `otp` and `pin`
    /// ("2fa 482913", "mfa: 482913", "token 482913").
    let otherCodeLabels: [String]
    /// The first letters of `other_password_labels` and `other_code_labels`, true at their byte values: a word starting
    /// otherwise is passed over on one look-up.
    let otherCredentialLabelInitials: [Bool]
    /// `pair_user_labels`: labels of a user name said in a pair with its password ("u: jdoe p: Maple2023", "user/pass
    /// jdoe/Maple2023", "login jdoe / Maple2023": `credentialPair(at:)`).
    let pairUserLabels: [String]
    /// The first letters (`a` to `z`) of `pair_user_labels`, as bits counted from `a`: only a word starting with one
    /// is read as a pair's label.
    let pairUserLabelInitials: UInt32
    /// `pair_password_labels`: labels of the password in such a pair ("p:", "pass", "pw").
    let pairPasswordLabels: [String]
    /// `version_words`: words before four dotted numbers that make them a version, no IP address ("version 2.1.0.5").
    let versionWords: Set<String>
    /// `phone_letter_labels`: letters that label a phone number in capitals before a colon ("M: 5551234567"), as bytes.
    let phoneLetterLabels: Set<UInt8>
    /// `vendor_things`: what a company has, never a person, after a capitalized word and `'s` ("Drake's support").
    let vendorThings: Set<String>
    /// `place_words`: words after a capitalized word that make it a place's name ("our Eugene office").
    let placeWords: Set<String>
    /// `name_particles`: words in lowercase inside a name after its label ("Pieter van der Berg").
    let nameParticles: Set<String>
    /// `suffix_street_types`: the ends of a street's name written before its number ("Hauptstraße 12"; `ß` as `ss`).
    let suffixStreetTypes: [String]
    /// `prefix_street_types`: street types written after the number and before the name ("12 rue de Rivoli").
    let prefixStreetTypes: Set<String>
    /// `name_first_street_types`: street types written before the name and its number ("Via Roma 25", "Calle Mayor 15").
    let nameFirstStreetTypes: Set<String>
    /// `name_lead_ins`: phrases a person's name follows without a label ("ticket from", "spoke with", "on behalf of"),
    /// as lowercase bytes.
    let nameLeadIns: [[UInt8]]
    /// `leading_surnames`: family names written before the given name ("Tran", "Wang"), a name's first word even when
    /// English.
    let leadingSurnames: Set<String>
    /// `other_script_greetings`: greetings and openers of other alphabets ("добрый день", "γεια σας"), lowercase, never
    /// a name though written in title case.
    let otherScriptGreetings: Set<String>

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
        notStreetNameWords = words("not_street_name_words")
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
        cardExpiryLabels = lists["card_expiry_labels"] ?? []
        referenceLabels = lists["reference_labels"] ?? []
        referenceLinks = lists["reference_links"] ?? []
        errorLabels = lists["error_labels"] ?? []
        errorLinks = lists["error_links"] ?? []
        entryVerbs = lists["entry_verbs"] ?? []
        usingVerbs = lists["using_verbs"] ?? []
        passwordDeterminers = lists["password_determiners"] ?? []
        wrappedSSNLabels = lists["wrapped_ssn_labels"] ?? []
        taxpayerLabels = lists["taxpayer_labels"] ?? []
        formPrefixes = lists["form_prefixes"] ?? []
        productNames = lists["product_names"] ?? []
        otherNumberLabels = lists["other_number_labels"] ?? []
        clauseJoiners = lists["clause_joiners"] ?? []
        valueIntroducers = lists["value_introducers"] ?? []
        credentialLinks = lists["credential_links"] ?? []
        valueBeforeLabelFillers = lists["value_before_label_fillers"] ?? []
        strictPhoneWords = lists["strict_phone_words"] ?? []
        mailProviders = lists["mail_providers"] ?? []
        topLevelDomains = lists["top_level_domains"] ?? []
        ordinaryWordsBeforeAt = lists["ordinary_words_before_at"] ?? []
        seedLabels = lists["seed_labels"] ?? []
        spokenBreaks = lists["spoken_breaks"] ?? []
        notSocialWords = lists["not_social_words"] ?? []
        passwordShapedProducts = words("password_shaped_products")
        otherPasswordLabels = lists["other_password_labels"] ?? []
        otherCodeLabels = lists["other_code_labels"] ?? []
        var initials = [Bool](repeating: false, count: 256)
        for first in (otherPasswordLabels + otherCodeLabels).compactMap(\.utf8.first) { initials[Int(first)] = true }
        otherCredentialLabelInitials = initials
        pairUserLabels = lists["pair_user_labels"] ?? []
        pairUserLabelInitials = pairUserLabels.reduce(0) { bits, label in
            guard let first = label.utf8.first, first &- 0x61 < 26 else { return bits }
            return bits | 1 << UInt32(first &- 0x61)
        }
        pairPasswordLabels = lists["pair_password_labels"] ?? []
        versionWords = words("version_words")
        vendorThings = words("vendor_things")
        placeWords = words("place_words")
        nameParticles = words("name_particles")
        suffixStreetTypes = lists["suffix_street_types"] ?? []
        prefixStreetTypes = words("prefix_street_types")
        nameFirstStreetTypes = words("name_first_street_types")
        nameLeadIns = (lists["name_lead_ins"] ?? []).map { Array($0.utf8) }
        leadingSurnames = words("leading_surnames")
        otherScriptGreetings = words("other_script_greetings")
        phoneLetterLabels = Set((lists["phone_letter_labels"] ?? []).filter { $0.utf8.count == 1 }.compactMap(\.utf8.first))
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
