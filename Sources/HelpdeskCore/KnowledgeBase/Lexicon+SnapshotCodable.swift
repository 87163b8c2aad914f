/// How a lexicon is stored in a knowledge-base snapshot: every field, in the order written here (see
/// `Entry+SnapshotCodable.swift`).
extension Lexicon: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws {
        self.init()
        synonyms = try (0..<reader.count()).map { _ in try reader.strings() }
        let spellingPairs = try reader.strings()
        guard spellingPairs.count % 2 == 0 else { throw SnapshotReader.Malformed() }
        spelling = Dictionary(stride(from: 0, to: spellingPairs.count, by: 2).map { (spellingPairs[$0], spellingPairs[$0 + 1]) },
                              uniquingKeysWith: { _, last in last })
        stopWords = Set(try reader.strings())
        protected = Set(try reader.strings())
        dictionary = try reader.bool() ? try WordList(from: &reader) : nil
        for _ in 0..<(try reader.count()) {
            guard let intent = FollowUpIntent(rawValue: try reader.string()) else { throw SnapshotReader.Malformed() }
            followUpPhrasings[intent] = try reader.strings()
        }
        topicLeadIns = try reader.strings()
        topicFillers = try reader.strings()
        problemConnectors = try reader.strings()
        commaConnectors = try reader.strings()
        closeCallConnectors = try reader.strings()
        abbreviations = Set(try reader.strings())
        listOpeners = Set(try reader.strings())
        offTopicWords = try reader.strings()
        onTopicWords = try reader.strings()
        agentLabels = try reader.strings()
        subjectLabels = try reader.strings()
        pleasantries = try reader.strings()
        backgroundMarkers = try reader.strings()
        dataLabels = try reader.strings()
        dataLabelVerbs = try reader.strings()
        dataLinks = try reader.strings()
        linkedDataLabels = try reader.strings()
        notPasswordWords = try reader.strings()
        acknowledgements = try reader.strings()
        pointingWords = try reader.strings()
        noneReplies = try reader.strings()
        listOnlyNoneReplies = try reader.strings()
        choiceFillers = try reader.strings()
        // Numbers a KB file could not give are refused, as damaged bytes are (`NodeReader.WordNumberRule`).
        ordinalWords = try Self.wordNumbers(from: &reader, rule: .position(""))
        choiceNumberWords = try Self.wordNumbers(from: &reader, rule: .position(""))
        relativeStepWords = try Self.wordNumbers(from: &reader, rule: .offset)
        stepNumberWords = try Self.wordNumbers(from: &reader, rule: .position(""))
        exitWords = try reader.strings()
        functionWords = try reader.strings()
        otherTopicReplies = try reader.strings()
        backgroundQuestionWords = try reader.strings()
        backgroundNegations = try reader.strings()
        backgroundContrasts = try reader.strings()
        signOffs = try reader.strings()
        replySeparators = try reader.strings()
        signatureWords = try reader.strings()
        for _ in 0..<(try reader.count()) {
            let mark = try reader.string()
            guard Self.punctuationMarks.contains(mark) else { throw SnapshotReader.Malformed() }
            spokenPunctuation[mark] = try reader.strings()
        }
        notPunctuationAfter = try reader.strings()
        nameLabels = try reader.strings()
        notNameWords = try reader.strings()
        nameFields = try reader.strings()
        replyHeaderLabels = try reader.strings()
        additiveWords = try reader.strings()
        additiveEndings = try reader.strings()
        quoteIntroductions = try reader.strings()
        subjectWords = try reader.strings()
        replyAttributions = try reader.strings()
        forwardSeparators = try reader.strings()
        selfIntroductions = try reader.strings()
        nameHeaderLabels = try reader.strings()
        notNameCapitals = try reader.strings()
        securityAnswerLabels = try reader.strings()
        givenNames = try reader.bool() ? try WordList(from: &reader) : nil
        commonWordNames = try reader.strings()
        possessedWords = try reader.strings()
        nameTitles = try reader.strings()
        phoneNumberLabels = try reader.strings()
        if try reader.bool() {
            var lists: [String: [String]] = [:]
            for key in RedactionWords.keys { lists[key] = try reader.strings() }
            redactionWords = RedactionWords(lists: lists)
        }
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(UInt64(synonyms.count))
        for group in synonyms { writer.write(group) }
        writer.write(spelling.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] })
        writer.write(stopWords)
        writer.write(protected)
        writer.write(dictionary != nil)
        dictionary?.write(to: &writer)
        writer.write(UInt64(followUpPhrasings.count))
        for (intent, phrasings) in followUpPhrasings.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            writer.write(intent.rawValue)
            writer.write(phrasings)
        }
        writer.write(topicLeadIns)
        writer.write(topicFillers)
        for list in [problemConnectors, commaConnectors, closeCallConnectors] { writer.write(list) }
        writer.write(abbreviations)
        writer.write(listOpeners)
        for list in [offTopicWords, onTopicWords, agentLabels, subjectLabels, pleasantries, backgroundMarkers,
                     dataLabels, dataLabelVerbs, dataLinks, linkedDataLabels, notPasswordWords, acknowledgements, pointingWords, noneReplies, listOnlyNoneReplies,
                     choiceFillers] {
            writer.write(list)
        }
        for numbers in [ordinalWords, choiceNumberWords, relativeStepWords, stepNumberWords] { Self.write(numbers, to: &writer) }
        writer.write(exitWords)
        writer.write(functionWords)
        writer.write(otherTopicReplies)
        writer.write(backgroundQuestionWords)
        writer.write(backgroundNegations)
        writer.write(backgroundContrasts)
        writer.write(signOffs)
        writer.write(replySeparators)
        writer.write(signatureWords)
        writer.write(UInt64(spokenPunctuation.count))
        for (mark, phrases) in spokenPunctuation.sorted(by: { $0.key < $1.key }) {
            writer.write(mark)
            writer.write(phrases)
        }
        writer.write(notPunctuationAfter)
        writer.write(nameLabels)
        writer.write(notNameWords)
        writer.write(nameFields)
        for list in [replyHeaderLabels, additiveWords, additiveEndings, quoteIntroductions, subjectWords, replyAttributions, forwardSeparators,
                     selfIntroductions, nameHeaderLabels, notNameCapitals, securityAnswerLabels] { writer.write(list) }
        writer.write(givenNames != nil)
        givenNames?.write(to: &writer)
        writer.write(commonWordNames)
        writer.write(possessedWords)
        writer.write(nameTitles)
        writer.write(phoneNumberLabels)
        writer.write(redactionWords != nil)
        if let words = redactionWords { for key in RedactionWords.keys { writer.write(words.lists[key] ?? []) } }
    }

    /// A word: number map (`ordinalWords`...), as its words in order, then their numbers.
    private static func write(_ numbers: [String: Int], to writer: inout SnapshotWriter) {
        let pairs = numbers.sorted { $0.key < $1.key }
        writer.write(pairs.map(\.key))
        for pair in pairs { writer.write(pair.value) }
    }

    private static func wordNumbers(from reader: inout SnapshotReader, rule: NodeReader.WordNumberRule) throws -> [String: Int] {
        let words = try reader.strings()
        var numbers: [String: Int] = [:]
        for word in words {
            let number = try reader.integer()
            guard rule.allows(number), numbers.updateValue(number, forKey: word) == nil else { throw SnapshotReader.Malformed() }
        }
        return numbers
    }
}
