/// The knowledge base's language data: synonym groups, spelling fixes, stop words, protected terms, and the phrasings
/// that the conversation reads (generic follow-ups, the words that join several problems in pasted text, the replies to
/// a list of choices).
/// Every list is empty unless the knowledge base gives it; the shipped `lexicon.yaml` gives them all.
public struct Lexicon: Sendable, Equatable {
    /// Each group lists words or phrases that mean the same here; the first is the canonical form.
    public var synonyms: [[String]] = []
    /// Misspelling to correction, applied before automatic spelling correction.
    public var spelling: [String: String] = [:]
    /// Words ignored when matching.
    public var stopWords: Set<String> = []
    /// Terms that automatic spelling correction must never change (acronyms, product names).
    public var protected: Set<String> = []
    /// Real words outside the KB's vocabulary that spelling correction must leave alone ("chance" is not "change").
    public var dictionary: WordList?
    /// Phrasings that mean a generic follow-up ("what's the number?": contacts); an intent without any is never read.
    public var followUpPhrasings: [FollowUpIntent: [String]] = [:]
    /// Lowercase words that open a short line turning to a topic by name ("what about", "and the"): with a topic in
    /// focus, such a line is matched on the words after them. See `TopicReference`.
    public var topicLeadIns: [String] = []
    /// Lowercase vague words that may end such a line ("thing", "stuff"): "and the password thing?" is matched on
    /// "the password".
    public var topicFillers: [String] = []
    /// Lowercase connectors that join two problems ("and also", "plus"), words separated by one space.
    public var problemConnectors: [String] = []
    /// Lowercase connectors that join two problems only right after a comma ("and", "also").
    public var commaConnectors: [String] = []
    /// Lowercase connectors that cut a question only when it is a close call between topics and each side answers
    /// one of them ("forgot my password and new phone no code": both problems, not a choice between them).
    public var closeCallConnectors: [String] = []
    /// Lowercase words that end in a dot without ending a sentence, written without that dot (`e.g`, `mr`, `u.s`).
    public var abbreviations: Set<String> = []
    /// Lowercase words that, opening a sentence before a comma or colon, only number an item of a list ("second, new
    /// phone", "secondly: locked out"): the sentence is read without them. See `ProblemSplitter`.
    public var listOpeners: Set<String> = []
    /// Words or phrases that put a question outside the knowledge base ("QuickBooks") unless it also holds one of
    /// `onTopicWords` ("ID.me", "IRS"): such a question falls back, whatever it scores.
    public var offTopicWords: [String] = []
    /// Words or phrases that keep a question in scope even when it holds one of `offTopicWords`.
    public var onTopicWords: [String] = []
    /// Lowercase speaker labels of the help desk's own side in a pasted chat transcript ("agent", "rep"): a line
    /// that starts with one and a colon, after an optional time stamp, is left out of the question.
    public var agentLabels: [String] = []
    /// Lowercase labels of an email's or ticket's subject line ("subject", "re", "fwd"): a problem raised in the
    /// subject comes after the body's problems, which it sums up.
    public var subjectLabels: [String] = []
    /// Greetings, thanks and goodbyes ("hello", "thanks", "bye"): a question that holds one and more besides is also
    /// matched without it, so "hi, I want to open an ID.me account" is not taken for a greeting.
    public var pleasantries: [String] = []
    /// Words that mark a piece of pasted text as background ("already", "it's not", "works fine"): a problem raised
    /// only in such a piece gives way to the text's other problems.
    public var backgroundMarkers: [String] = []
    /// Lowercase question words and auxiliaries ("do", "can", "how") that make a background marker right after them a
    /// question: "how do I reset my password?" asks for the reset, "I reset my password" tells it. See `BackgroundMarkers`.
    public var backgroundQuestionWords: [String] = []
    /// Lowercase negations ("never", "not") that make a background marker right after them no background: "I never
    /// got the reset email" is the problem, "I got the reset email" tells a step done. See `BackgroundMarkers`.
    public var backgroundNegations: [String] = []
    /// Lowercase words ("but", "however") after which a piece turns from background to the problem: "my reset email
    /// came but the link is expired" is about the link. See `BackgroundMarkers`.
    public var backgroundContrasts: [String] = []
    /// Lowercase lines that close a message ("thanks", "regards", "sent from my iphone"): such a line, and the short
    /// name, title, firm and phone lines right after it, are its signature. Matched on the whole line like
    /// `acknowledgements`. See `ReplyTrimmer`.
    public var signOffs: [String] = []
    /// Lowercase lines that open the earlier message an email reply quotes below it ("original message", Outlook's
    /// "-----Original Message-----"), matched on the whole line like `signOffs`: the line and every line after it are
    /// quoted. See `ReplyTrimmer`.
    public var replySeparators: [String] = []
    /// Lowercase lines that open a forwarded message ("forwarded message", Gmail's "---------- Forwarded message
    /// ---------"), matched like `replySeparators`: what follows is the question forwarded, so an email header block
    /// right after one heads it (only its subject line is read) instead of opening a quoted message. See `ReplyTrimmer`.
    public var forwardSeparators: [String] = []
    /// Lowercase words of a signature's title or firm line ("manager", "preparer", "accounting"): after a sign-off,
    /// "Office manager" and "Tax preparer" read like a title, as "Office Manager" does. See `ReplyTrimmer`.
    public var signatureWords: [String] = []
    /// Lowercase labels of the header lines an email program writes above the earlier message it quotes ("from",
    /// "sent", "to", "subject"): three lines or more in a row, each with a different one of them and a colon, after
    /// the writer's own text, open the quoted message. See `ReplyTrimmer`.
    public var replyHeaderLabels: [String] = []
    /// Lowercase attribution lines that open the quoted message, each as the words that open the line, "...", and the
    /// words that end it ("on ... wrote": Gmail's "On Tue, Mar 4, 2025 at 10:00 AM Jane <jane@x.com> wrote:"). See
    /// `ReplyTrimmer`.
    public var replyAttributions: [String] = []
    /// Lowercase words or phrases that, in a piece of pasted text or the connector before it ("also", "plus"), say it
    /// raises a further problem: it counts from the answer threshold, and is matched without them. See `AdditiveMarkers`.
    public var additiveWords: [String] = []
    /// Lowercase words or phrases that say so at the end of a piece ("too", "as well"): "my phone is gone too".
    public var additiveEndings: [String] = []
    /// Lowercase words or phrases of a line that introduces a quoted message ("pasted from", "wrote"): such a line of
    /// the writer's own, ending in a colon, makes the quote the question. See `QuoteIntroductions`.
    public var quoteIntroductions: [String] = []
    /// Lowercase words that open a sentence with a subject of its own ("she", "my", "client"), as a word ending in
    /// "'s" does ("Carl's account ..."): a later such sentence counts from the answer threshold. See `Matcher.matchProblems`.
    public var subjectWords: [String] = []
    /// Each punctuation mark ("," "." "?" "!" ";" ":") and the lowercase phrases voice-to-text writes for it ("comma",
    /// "period", "question mark"): in dictated text without marks of its own they are read as the mark. See
    /// `SpokenPunctuation`.
    public var spokenPunctuation: [String: [String]] = [:]
    /// Lowercase words after which a `spokenPunctuation` phrase is the word itself ("a comma", "waiting period").
    public var notPunctuationAfter: [String] = []
    /// The marks `spokenPunctuation` may give: those `ProblemSplitter` cuts at.
    public static let punctuationMarks: Set<String> = [",", ".", "?", "!", ";", ":"]
    /// Words that only introduce the piece of personal data right after them ("ssn", "call me at"): dropped with it
    /// before matching. See `DataLabels`.
    public var dataLabels: [String] = []
    /// Verbs that label the data only with another label between them and it ("call me at ..."): "should I call
    /// 866-255-0654" keeps "call". See `DataLabels`.
    public var dataLabelVerbs: [String] = []
    /// Words that join a label to its data ("is", "was").
    public var dataLinks: [String] = []
    /// Words that label the data only when a link joins them to it and they open their clause ("my email is ...").
    public var linkedDataLabels: [String] = []
    /// Lowercase words that follow a password label in a sentence without being the password ("I used the password
    /// manager"). See `Redactor.knowing(notPasswordWords:)`.
    public var notPasswordWords: [String] = []
    /// Lowercase labels a security question's answer follows ("security answer", "mother's maiden name"): the answer
    /// after one and a link is redacted as `[PASSWORD]`. See `Redactor.knowing(securityAnswerLabels:)`.
    public var securityAnswerLabels: [String] = []
    /// Lowercase labels right before a person's name ("my name is", "name:", "client name"): a capitalized name after
    /// one is redacted as `[NAME]`. See `Redactor.init(publicPhoneNumbers:nameLabels:notNameWords:nameFields:)`.
    public var nameLabels: [String] = []
    /// Lowercase words that are no name after a name label, typed in lowercase or capitals ("tin", "mismatch"): "client
    /// name TIN mismatch" keeps them. See `RedactorScanner.names(after:endings:notNames:abbreviations:)`.
    public var notNameWords: [String] = []
    /// Lowercase words of CSV columns and JSON keys whose whole value is a person's name ("caller", "customer name"):
    /// batch redacts such a value as `[NAME]`. See `Redactor.redact(_:labelledBy:)`.
    public var nameFields: [String] = []
    /// Lowercase phrases that introduce the writer's name, with `...` where it stands ("this is ...", "... here"). See
    /// `NameContexts`.
    public var selfIntroductions: [String] = []
    /// Lowercase labels of the email header lines that hold names ("from", "to", "cc"). See `NameContexts`.
    public var nameHeaderLabels: [String] = []
    /// Lowercase words that are never a name where no name label stands (months, weekdays, products). See
    /// `NameContexts`.
    public var notNameCapitals: [String] = []
    /// Common given names (a word-list file, read on its first look-up): a capitalized one is a person's name wherever
    /// it stands ("Marcy never had ID.me"). See `GivenNames`.
    public var givenNames: WordList? {
        get { givenNameLists?.list }
        set { setNameLists(list: newValue) }
    }
    /// Lowercase given names that are also ordinary words ("will", "may", "mark"): a name only before a capitalized
    /// surname ("Mark Lee"). See `GivenNames`.
    public var commonWordNames: [String] {
        get { givenNameLists?.commonWordNames ?? [] }
        set { setNameLists(commonWordNames: newValue) }
    }
    /// Lowercase words a person owns ("account", "password", "login"): a capitalized word with `'s` right before one is a
    /// name ("Tamsin's account is locked", "reset Will's password"). See `GivenNames`.
    public var possessedWords: [String] {
        get { givenNameLists?.possessedWords ?? [] }
        set { setNameLists(possessedWords: newValue) }
    }
    /// Lowercase titles said before a surname, without their dot ("mr", "ms", "miss"): a greeting or introduction keeps
    /// one and redacts the name after it ("Dear Mr. Ruiz" is "Dear Mr. [NAME]"). See `NameContexts`.
    public var nameTitles: [String] {
        get { givenNameLists?.titles ?? [] }
        set { setNameLists(titles: newValue) }
    }
    /// Lowercase phrases after which (and maybe `is`, `was` or `:`) 7 to 15 digits are a phone number ("her #", "my
    /// number"): "her # is 555-1234" is "her # is [PHONE]". See `RedactorScanner.followsPhoneNumberLabel(_:)`.
    public var phoneNumberLabels: [String] {
        get { givenNameLists?.phoneLabels ?? [] }
        set { setNameLists(phoneLabels: newValue) }
    }
    /// The word lists the redactor's scanners read (`redaction`: labels, link words, street and state words, common
    /// words), nil when no file gives them: a redactor then reads the shipped knowledge base's (`RedactionWords.standard`).
    public var redactionWords: RedactionWords? {
        get { givenNameLists?.redactionWords }
        set { setNameLists(redactionWords: .some(newValue)) }
    }
    /// Sets the lists held by `givenNameLists`, each given one replacing the one held.
    private mutating func setNameLists(list: WordList?? = nil, commonWordNames: [String]? = nil, possessedWords: [String]? = nil,
                                       titles: [String]? = nil, phoneLabels: [String]? = nil,
                                       redactionWords: RedactionWords?? = nil) {
        givenNameLists = GivenNameLists(list: list ?? givenNames, commonWordNames: commonWordNames ?? self.commonWordNames,
                                        possessedWords: possessedWords ?? self.possessedWords, titles: titles ?? nameTitles,
                                        phoneLabels: phoneLabels ?? phoneNumberLabels,
                                        redactionWords: redactionWords ?? self.redactionWords)
    }
    /// The six lists above, in one reference, nil when all are empty.
    private var givenNameLists: GivenNameLists?
    /// Lowercase lines that only acknowledge what was said ("ok", "got it", "no"): matched on the whole line after
    /// normalization, such a line gets one short reply instead of being matched. See `Acknowledgements`.
    public var acknowledgements: [String] = []
    /// Lowercase words that point back at what was just said ("it", "that", "again", "step"): a close follow-up with
    /// one of them may override a confident answer about a different entry. See `ContextPolicy`.
    public var pointingWords: [String] = []
    /// Lowercase replies that reject every choice of an open clarify list, but may mean something else with no list
    /// open ("no", "nope", "other"). See `ChoiceWords`.
    public var noneReplies: [String] = []
    /// Lowercase replies that reject every choice and only ever answer a list ("none", "neither of them"): with no
    /// list open, they are told there is nothing to pick from.
    public var listOnlyNoneReplies: [String] = []
    /// Lowercase words that carry no choice in a reply to a list ("the second one", "option 2", "number 3 please").
    public var choiceFillers: [String] = []
    /// Lowercase ordinal words and the number each names ("second": 2, "3rd": 3): "the second one" picks 2 from a list
    /// of choices, "the fourth step" is step 4. See `StepReference` and `ChoiceWords`.
    public var ordinalWords: [String: Int] = [:]
    /// Lowercase number words that pick from a list of choices as the reply's one word that carries a choice ("two",
    /// "the one"), and the number each names. Unlike `ordinalWords`, they name no step: "two step verification" is
    /// no step 2. See `ChoiceWords`.
    public var choiceNumberWords: [String: Int] = [:]
    /// Lowercase words that, before "step", count from the step shown last, and by how much ("next": 1,
    /// "previous": -1). See `StepReference`.
    public var relativeStepWords: [String: Int] = [:]
    /// Lowercase number words that, right after "step", name its number ("step two": "two": 2). Unlike
    /// `choiceNumberWords`, they pick nothing from a list, and a number word before "step" names no step ("two step
    /// verification"). See `StepReference`.
    public var stepNumberWords: [String: Int] = [:]
    /// Lowercase lines that end the interactive session as `:quit` does ("quit", "exit"): matched on the whole line
    /// like `acknowledgements`. Batch and `ask` never read them. See `ExitWords`.
    public var exitWords: [String] = []
    /// Lowercase lines that ask for the other topic named after the last answer ("Not this one? Also close: ...")
    /// instead of it: "the other one", "not this one". Matched on the whole line like `acknowledgements`. See
    /// `OtherTopicReplies`.
    public var otherTopicReplies: [String] = []
    /// Lowercase question words and auxiliaries ("what", "how", "do", "can"), compared with a line's terms after the
    /// text pipeline ("does" is "doe"): a line and a follow-up phrasing that share only these are no follow-up. With
    /// none, a follow-up is read only from a line that is one of its phrasings word for word. See `FollowUpResolver`.
    public var functionWords: [String] = []

    public init() {}

    /// Adds another file's lexicon to this one.
    public mutating func merge(_ other: Lexicon) {
        synonyms += other.synonyms
        spelling.merge(other.spelling) { _, new in new }
        stopWords.formUnion(other.stopWords)
        protected.formUnion(other.protected)
        if let words = other.dictionary { dictionary = words }
        if let names = other.givenNames { givenNames = names }
        followUpPhrasings.merge(other.followUpPhrasings) { old, new in old + new.filter { !old.contains($0) } }
        topicLeadIns += other.topicLeadIns.filter { !topicLeadIns.contains($0) }
        topicFillers += other.topicFillers.filter { !topicFillers.contains($0) }
        problemConnectors += other.problemConnectors.filter { !problemConnectors.contains($0) }
        commaConnectors += other.commaConnectors.filter { !commaConnectors.contains($0) }
        closeCallConnectors += other.closeCallConnectors.filter { !closeCallConnectors.contains($0) }
        abbreviations.formUnion(other.abbreviations)
        listOpeners.formUnion(other.listOpeners)
        offTopicWords += other.offTopicWords.filter { !offTopicWords.contains($0) }
        onTopicWords += other.onTopicWords.filter { !onTopicWords.contains($0) }
        agentLabels += other.agentLabels.filter { !agentLabels.contains($0) }
        subjectLabels += other.subjectLabels.filter { !subjectLabels.contains($0) }
        pleasantries += other.pleasantries.filter { !pleasantries.contains($0) }
        backgroundMarkers += other.backgroundMarkers.filter { !backgroundMarkers.contains($0) }
        backgroundQuestionWords += other.backgroundQuestionWords.filter { !backgroundQuestionWords.contains($0) }
        backgroundNegations += other.backgroundNegations.filter { !backgroundNegations.contains($0) }
        backgroundContrasts += other.backgroundContrasts.filter { !backgroundContrasts.contains($0) }
        signOffs += other.signOffs.filter { !signOffs.contains($0) }
        replySeparators += other.replySeparators.filter { !replySeparators.contains($0) }
        forwardSeparators += other.forwardSeparators.filter { !forwardSeparators.contains($0) }
        signatureWords += other.signatureWords.filter { !signatureWords.contains($0) }
        replyHeaderLabels += other.replyHeaderLabels.filter { !replyHeaderLabels.contains($0) }
        replyAttributions += other.replyAttributions.filter { !replyAttributions.contains($0) }
        additiveWords += other.additiveWords.filter { !additiveWords.contains($0) }
        additiveEndings += other.additiveEndings.filter { !additiveEndings.contains($0) }
        quoteIntroductions += other.quoteIntroductions.filter { !quoteIntroductions.contains($0) }
        subjectWords += other.subjectWords.filter { !subjectWords.contains($0) }
        spokenPunctuation.merge(other.spokenPunctuation) { old, new in old + new.filter { !old.contains($0) } }
        notPunctuationAfter += other.notPunctuationAfter.filter { !notPunctuationAfter.contains($0) }
        dataLabels += other.dataLabels.filter { !dataLabels.contains($0) }
        dataLabelVerbs += other.dataLabelVerbs.filter { !dataLabelVerbs.contains($0) }
        dataLinks += other.dataLinks.filter { !dataLinks.contains($0) }
        linkedDataLabels += other.linkedDataLabels.filter { !linkedDataLabels.contains($0) }
        notPasswordWords += other.notPasswordWords.filter { !notPasswordWords.contains($0) }
        securityAnswerLabels += other.securityAnswerLabels.filter { !securityAnswerLabels.contains($0) }
        nameLabels += other.nameLabels.filter { !nameLabels.contains($0) }
        notNameWords += other.notNameWords.filter { !notNameWords.contains($0) }
        nameFields += other.nameFields.filter { !nameFields.contains($0) }
        selfIntroductions += other.selfIntroductions.filter { !selfIntroductions.contains($0) }
        nameHeaderLabels += other.nameHeaderLabels.filter { !nameHeaderLabels.contains($0) }
        notNameCapitals += other.notNameCapitals.filter { !notNameCapitals.contains($0) }
        commonWordNames += other.commonWordNames.filter { !commonWordNames.contains($0) }
        possessedWords += other.possessedWords.filter { !possessedWords.contains($0) }
        nameTitles += other.nameTitles.filter { !nameTitles.contains($0) }
        phoneNumberLabels += other.phoneNumberLabels.filter { !phoneNumberLabels.contains($0) }
        if let words = other.redactionWords { redactionWords = redactionWords?.merged(with: words) ?? words }
        acknowledgements += other.acknowledgements.filter { !acknowledgements.contains($0) }
        pointingWords += other.pointingWords.filter { !pointingWords.contains($0) }
        noneReplies += other.noneReplies.filter { !noneReplies.contains($0) }
        listOnlyNoneReplies += other.listOnlyNoneReplies.filter { !listOnlyNoneReplies.contains($0) }
        choiceFillers += other.choiceFillers.filter { !choiceFillers.contains($0) }
        ordinalWords.merge(other.ordinalWords) { _, new in new }
        choiceNumberWords.merge(other.choiceNumberWords) { _, new in new }
        relativeStepWords.merge(other.relativeStepWords) { _, new in new }
        stepNumberWords.merge(other.stepNumberWords) { _, new in new }
        exitWords += other.exitWords.filter { !exitWords.contains($0) }
        otherTopicReplies += other.otherTopicReplies.filter { !otherTopicReplies.contains($0) }
        functionWords += other.functionWords.filter { !functionWords.contains($0) }
    }
}
