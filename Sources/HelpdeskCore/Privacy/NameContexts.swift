/// Where a person's name stands without a name label, and which capitalized words are never one there: the knowledge
/// base's `self_introductions`, `sign_offs`, `name_header_labels` and `not_name_capitals`, its own words, and the
/// given names that make a capitalized word a name wherever it stands (`given_names`, `common_word_names`).
///
/// Empty (`init()`), it finds no name: a redactor without a knowledge base redacts names after no context.
public struct NameContexts: Sendable {
    /// The lists, shared by every copy (a redactor hands them to a scanner for each text it reads); nil when empty.
    let lists: Lists?

    /// The lists behind `NameContexts`, in the forms the scanner compares.
    final class Lists: Sendable {
        /// Lowercase ASCII phrases that introduce the writer's name after them ("this is", "it's"): "this is ...".
        let before: [[UInt8]]
        /// Lowercase ASCII words that close a name said before them ("here"): "... here".
        let after: [[UInt8]]
        /// Whole lines that close a message, as their lowercase runs of letters and digits ("thanks", "best regards"):
        /// the name line after one, or after its comma on the same line, is a name.
        let signOffs: [[[UInt8]]]
        /// Lowercase ASCII labels of the email header and ticket lines that hold names ("from", "cc", "reported by").
        let headerLabels: [[UInt8]]
        /// Lowercase words that are never a name alone (months, weekdays, products, signature words: `knownWords`),
        /// and the knowledge base's own (its texts' words, `vocabulary`): a name holds at least one word that is none
        /// of them ("It's Monday", "Google Authenticator", "Office Manager" are no names; "June Lee" and "Mark Lee"
        /// are).
        let knownWords: Set<String>
        let vocabulary: Vocabulary?
        /// English words (the lexicon's `dictionary`): a word after `username` without a link that is one ("username
        /// field") is no user name (`RedactorScanner.unlinkedUserNameEnd(from:)`). Read only when such a word is seen.
        let dictionary: WordList?
        /// Common given names: a capitalized one is a name wherever it stands (`RedactorScanner.givenNames()`).
        let givenNames: GivenNames?
        /// Lowercase titles said before a surname, without their dot ("mr", "miss"): kept before the name an
        /// introduction places (`RedactorScanner.nameAfterTitle(_:_:)`).
        let titles: Set<String>
        /// Lowercase ASCII phrases after which a local phone number stands ("her #", "my number"):
        /// `RedactorScanner.followsPhoneNumberLabel(_:)`.
        let phoneLabels: [[UInt8]]
        /// Whether any context can find a name.
        let findsNames: Bool

        init(before: [[UInt8]], after: [[UInt8]], signOffs: [[[UInt8]]], headerLabels: [[UInt8]], knownWords: Set<String>,
             vocabulary: Vocabulary?, dictionary: WordList?, givenNames: GivenNames?, titles: Set<String>,
             phoneLabels: [[UInt8]]) {
            self.before = before
            self.after = after
            self.signOffs = signOffs
            self.headerLabels = headerLabels
            self.knownWords = knownWords
            self.vocabulary = vocabulary
            self.dictionary = dictionary
            self.givenNames = givenNames
            self.titles = titles
            self.phoneLabels = phoneLabels
            findsNames = !(before.isEmpty && after.isEmpty && signOffs.isEmpty && headerLabels.isEmpty)
        }

        /// Whether `word` (lowercase) is one of the knowledge base's own words.
        func isKnown(_ word: String) -> Bool {
            knownWords.contains(word) || vocabulary?.isKnown(word) == true
        }
    }

    /// Contexts that find no name.
    public init() {
        self.init(introductions: [], signOffs: [], headerLabels: [], knownWords: [])
    }

    /// Contexts from the lexicon's lists: `introductions` as phrases with `...` where the name stands ("this is ...",
    /// "... here"; an entry without `...` is a phrase before the name), `signOffs` as whole lines, `headerLabels` as
    /// lowercase phrases; `knownWords` in any case; `vocabulary` the knowledge base's words; `dictionary` English words;
    /// `givenNames` the names that are names wherever they stand; `titles` (any case, without a dot) those kept before
    /// a name; `phoneLabels` (any case) those a local phone number follows.
    public init(introductions: [String], signOffs: [String], headerLabels: [String], knownWords: some Sequence<String>,
                vocabulary: Vocabulary? = nil, dictionary: WordList? = nil, givenNames: GivenNames? = nil,
                titles: some Sequence<String> = [String](), phoneLabels: [String] = []) {
        var before: [[UInt8]] = []
        var after: [[UInt8]] = []
        for phrase in introductions {
            let words = phrase.lowercased().split(separator: " ")
            if words.first == "..." {
                after.append(Array(words.dropFirst().joined(separator: " ").utf8))
            } else {
                before.append(Array((words.last == "..." ? words.dropLast() : words[...]).joined(separator: " ").utf8))
            }
        }
        let signOffs = signOffs.map { line in
            line.lowercased().utf8.split { !($0 &- 0x61 < 26 || $0 &- 0x30 < 10) }.map(Array.init)
        }.filter { !$0.isEmpty }
        let lists = Lists(before: before.filter { !$0.isEmpty }, after: after.filter { !$0.isEmpty }, signOffs: signOffs,
                          headerLabels: headerLabels.map { Array($0.lowercased().utf8) }.filter { !$0.isEmpty },
                          knownWords: Set(knownWords.map { $0.lowercased() }), vocabulary: vocabulary, dictionary: dictionary,
                          givenNames: givenNames, titles: Set(titles.map { $0.lowercased() }),
                          phoneLabels: phoneLabels.map { Array($0.lowercased().utf8) }.filter { !$0.isEmpty })
        self.lists = lists.findsNames || !lists.knownWords.isEmpty || vocabulary != nil || dictionary != nil || givenNames != nil
            || !lists.phoneLabels.isEmpty ? lists : nil
    }

    /// Contexts from `lexicon`'s `self_introductions`, `sign_offs`, `name_header_labels` and `not_name_capitals`, with
    /// those and its `signature_words` and `vocabulary`'s words (a knowledge base's) as words no name is made of alone,
    /// its `dictionary`, its `given_names` and `common_word_names`, its `name_titles`, and its `phone_number_labels`.
    public init(lexicon: Lexicon, vocabulary: Vocabulary?) {
        self.init(introductions: lexicon.selfIntroductions, signOffs: lexicon.signOffs, headerLabels: lexicon.nameHeaderLabels,
                  knownWords: lexicon.notNameCapitals + lexicon.signatureWords, vocabulary: vocabulary,
                  dictionary: lexicon.dictionary, givenNames: GivenNames(lexicon: lexicon), titles: lexicon.nameTitles,
                  phoneLabels: lexicon.phoneNumberLabels)
    }

    /// Whether no context can find a name.
    var isEmpty: Bool { lists?.findsNames != true }

    /// Whether a given name can be found wherever it stands.
    var findsGivenNames: Bool { lists?.givenNames != nil }
}
