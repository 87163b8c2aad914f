import Foundation
import Yams

extension NodeReader {
    static let lexiconKeys = [
        "synonyms", "spelling", "stop_words", "protected", "dictionary",
        "follow_up_phrasings", "topic_lead_ins", "topic_fillers", "problem_connectors", "comma_connectors", "close_call_connectors", "abbreviations", "list_openers", "off_topic_words", "on_topic_words",
        "agent_labels", "subject_labels", "pleasantries", "background_markers", "background_question_words", "background_negations", "background_contrasts", "sign_offs", "reply_separators", "forward_separators", "reply_header_labels", "reply_attributions", "quote_introductions", "signature_words", "additive_words", "additive_endings", "subject_words", "spoken_punctuation", "not_punctuation_after", "data_labels", "data_label_verbs", "data_links", "linked_data_labels", "name_labels", "not_name_words", "name_fields", "self_introductions", "name_header_labels", "not_name_capitals",
        "given_names", "common_word_names", "possessed_words", "name_titles", "phone_number_labels",
        "acknowledgements", "pointing_words", "none_replies", "list_only_none_replies", "choice_fillers",
        "ordinal_words", "choice_number_words", "relative_step_words", "step_number_words", "exit_words", "other_topic_replies", "function_words",
        "not_password_words", "security_answer_labels", "redaction",
    ]

    func lexicon(_ node: Node) -> Lexicon? {
        guard let map = mapping(node, path: "lexicon", allowed: Self.lexiconKeys) else { return nil }
        var lexicon = Lexicon()
        if let node = map["synonyms"] { lexicon.synonyms = synonymGroups(node) }
        lexicon.stopWords = Set((map["stop_words"].flatMap { strings($0, path: "lexicon.stop_words") } ?? []).map { $0.lowercased() })
        lexicon.protected = Set((map["protected"].flatMap { strings($0, path: "lexicon.protected") } ?? []).map { $0.lowercased() })
        if let spellingNode = map["spelling"], case .mapping(let pairs) = spellingNode {
            let synonymWords = Set(lexicon.synonyms.joined().map { $0.lowercased() })
            for (key, value) in pairs {
                if let wrong = string(key, path: "lexicon.spelling"), let right = string(value, path: "lexicon.spelling.\(wrong)") {
                    let word = wrong.lowercased()
                    if let kind = synonymWords.contains(word) ? "a synonym" : lexicon.stopWords.contains(word) ? "a stop word"
                        : lexicon.protected.contains(word) ? "a protected term" : nil {
                        error("the misspelling '\(wrong)' is also \(kind) in this file (at lexicon.spelling)", at: key)
                    }
                    lexicon.spelling[word] = right.lowercased()
                }
            }
        } else if let spellingNode = map["spelling"] {
            error("expected a mapping of misspelling: correction (at lexicon.spelling)", at: spellingNode)
        }
        if let node = map["dictionary"] { lexicon.dictionary = wordList(node, path: "lexicon.dictionary") }
        if let node = map["given_names"] { lexicon.givenNames = wordList(node, path: "lexicon.given_names") }
        if let node = map["follow_up_phrasings"] { lexicon.followUpPhrasings = followUpPhrasings(node) }
        if let node = map["topic_lead_ins"] { lexicon.topicLeadIns = connectors(node, path: "lexicon.topic_lead_ins", kind: "a lead-in") }
        if let node = map["topic_fillers"] { lexicon.topicFillers = connectors(node, path: "lexicon.topic_fillers", kind: "a filler") }
        if let node = map["problem_connectors"] { lexicon.problemConnectors = connectors(node, path: "lexicon.problem_connectors") }
        if let node = map["comma_connectors"] { lexicon.commaConnectors = connectors(node, path: "lexicon.comma_connectors") }
        if let node = map["close_call_connectors"] {
            lexicon.closeCallConnectors = connectors(node, path: "lexicon.close_call_connectors")
        }
        if let node = map["abbreviations"] { lexicon.abbreviations = abbreviations(node) }
        if let node = map["list_openers"] {
            lexicon.listOpeners = Set(plainWords(node, path: "lexicon.list_openers", kind: "a list opener"))
        }
        lexicon.offTopicWords = (map["off_topic_words"].flatMap { strings($0, path: "lexicon.off_topic_words") } ?? []).map { $0.lowercased() }
        lexicon.onTopicWords = (map["on_topic_words"].flatMap { strings($0, path: "lexicon.on_topic_words") } ?? []).map { $0.lowercased() }
        if let node = map["agent_labels"] { lexicon.agentLabels = lineLabels(node, path: "lexicon.agent_labels") }
        if let node = map["subject_labels"] { lexicon.subjectLabels = lineLabels(node, path: "lexicon.subject_labels") }
        lexicon.pleasantries = (map["pleasantries"].flatMap { strings($0, path: "lexicon.pleasantries") } ?? []).map { $0.lowercased() }
        lexicon.backgroundMarkers = (map["background_markers"].flatMap { strings($0, path: "lexicon.background_markers") } ?? [])
            .map { $0.lowercased() }
        for (key, list) in [("data_labels", \Lexicon.dataLabels), ("data_label_verbs", \.dataLabelVerbs), ("data_links", \.dataLinks), ("linked_data_labels", \.linkedDataLabels)] {
            if let node = map[key] { lexicon[keyPath: list] = singleWords(node, path: "lexicon." + key) }
        }
        if let node = map["name_labels"] { lexicon.nameLabels = nameLabels(node, path: "lexicon.name_labels", kind: "a name label") }
        if let node = map["not_name_words"] { lexicon.notNameWords = singleWords(node, path: "lexicon.not_name_words") }
        if let node = map["name_fields"] { lexicon.nameFields = nameLabels(node, path: "lexicon.name_fields", kind: "a name field") }
        if let node = map["self_introductions"] { lexicon.selfIntroductions = selfIntroductions(node) }
        if let node = map["name_header_labels"] {
            lexicon.nameHeaderLabels = nameLabels(node, path: "lexicon.name_header_labels", kind: "a name header label")
        }
        if let node = map["common_word_names"] { lexicon.commonWordNames = singleWords(node, path: "lexicon.common_word_names") }
        if let node = map["possessed_words"] { lexicon.possessedWords = singleWords(node, path: "lexicon.possessed_words") }
        if let node = map["name_titles"] { lexicon.nameTitles = nameTitles(node) }
        if let node = map["phone_number_labels"] {
            lexicon.phoneNumberLabels = nameLabels(node, path: "lexicon.phone_number_labels", kind: "a phone number label")
        }
        if let node = map["not_name_capitals"] { lexicon.notNameCapitals = singleWords(node, path: "lexicon.not_name_capitals") }
        if let node = map["not_password_words"] { lexicon.notPasswordWords = singleWords(node, path: "lexicon.not_password_words") }
        if let node = map["redaction"] { lexicon.redactionWords = redactionWords(node) }
        if let node = map["security_answer_labels"] {
            lexicon.securityAnswerLabels = nameLabels(node, path: "lexicon.security_answer_labels", kind: "a security answer label")
        }
        // Whole lines, compared as lines are ("thanks", "-----Original Message-----").
        for (key, list, kind) in [("acknowledgements", \Lexicon.acknowledgements, "an acknowledgement"),
                                  ("exit_words", \.exitWords, "an exit word"), ("other_topic_replies", \.otherTopicReplies, "an other-topic reply"),
                                  ("sign_offs", \.signOffs, "a sign-off"), ("reply_separators", \.replySeparators, "a reply separator"),
                                  ("forward_separators", \.forwardSeparators, "a forward separator")] {
            if let node = map[key] { lexicon[keyPath: list] = wholeLines(node, path: "lexicon." + key, kind: kind) }
        }
        // Single words of letters and digits, compared with a line's runs of them.
        for (key, list, kind) in [("background_question_words", \Lexicon.backgroundQuestionWords, "a background question word"),
                                  ("background_negations", \.backgroundNegations, "a background negation"),
                                  ("background_contrasts", \.backgroundContrasts, "a background contrast"),
                                  ("reply_header_labels", \.replyHeaderLabels, "a reply header label"),
                                  ("subject_words", \.subjectWords, "a subject word"), ("signature_words", \.signatureWords, "a signature word"),
                                  ("function_words", \.functionWords, "a function word"), ("pointing_words", \.pointingWords, "a pointing word"),
                                  ("choice_fillers", \.choiceFillers, "a choice filler")] {
            if let node = map[key] { lexicon[keyPath: list] = plainWords(node, path: "lexicon." + key, kind: kind) }
        }
        if let node = map["reply_attributions"] { lexicon.replyAttributions = replyAttributions(node) }
        if let node = map["additive_words"] { lexicon.additiveWords = connectors(node, path: "lexicon.additive_words", kind: "an additive word") }
        if let node = map["quote_introductions"] {
            lexicon.quoteIntroductions = connectors(node, path: "lexicon.quote_introductions", kind: "a quote introduction")
        }
        if let node = map["additive_endings"] {
            lexicon.additiveEndings = connectors(node, path: "lexicon.additive_endings", kind: "an additive ending")
        }
        if let node = map["spoken_punctuation"] { lexicon.spokenPunctuation = spokenPunctuation(node) }
        if let node = map["not_punctuation_after"] {
            lexicon.notPunctuationAfter = singleWords(node, path: "lexicon.not_punctuation_after")
        }
        if let node = map["none_replies"] { lexicon.noneReplies = noneReplies(node, path: "lexicon.none_replies") }
        if let node = map["list_only_none_replies"] {
            lexicon.listOnlyNoneReplies = noneReplies(node, path: "lexicon.list_only_none_replies")
        }
        if let node = map["ordinal_words"] {
            lexicon.ordinalWords = wordNumbers(node, path: "lexicon.ordinal_words", rule: .position("an ordinal word"))
        }
        if let node = map["choice_number_words"] {
            lexicon.choiceNumberWords = wordNumbers(node, path: "lexicon.choice_number_words", rule: .position("a choice number word"))
        }
        if let node = map["relative_step_words"] {
            lexicon.relativeStepWords = wordNumbers(node, path: "lexicon.relative_step_words", rule: .offset)
        }
        if let node = map["step_number_words"] {
            lexicon.stepNumberWords = wordNumbers(node, path: "lexicon.step_number_words", rule: .position("a step number word"))
        }
        return lexicon
    }

    /// `follow_up_phrasings`: a map from a `FollowUpIntent` name to its phrasings.
    /// The synonym groups; a group of fewer than two words, or a word or phrase already in an earlier group of this
    /// file, is an error at its group.
    private func synonymGroups(_ node: Node) -> [[String]] {
        guard let groups = sequence(node, path: "lexicon.synonyms") else { return [] }
        var result: [[String]] = []
        var groupOf: [String: (index: Int, canonical: String)] = [:]
        for (i, group) in groups.enumerated() {
            guard let words = strings(group, path: "lexicon.synonyms[\(i)]") else { continue }
            guard words.count >= 2 else {
                error("a synonym group needs at least two words (at lexicon.synonyms[\(i)])", at: group)
                continue
            }
            var repeated: [(word: String, first: (index: Int, canonical: String))] = []
            for word in words {
                let key = word.lowercased().split(separator: " ").joined(separator: " ")
                if let first = groupOf[key], first.index != i {
                    repeated.append((word, first))
                } else {
                    groupOf[key] = (i, words[0])
                }
            }
            if let first = repeated.first?.first {
                let named = repeated.prefix(3).map { "'\($0.word)'" }.joined(separator: ", ")
                let more = repeated.count > 3 ? " and \(repeated.count - 3) more" : ""
                error("\(named)\(more) \(repeated.count == 1 ? "is" : "are") already in the group '\(first.canonical)' (lexicon.synonyms[\(first.index)]); "
                    + "a word or phrase belongs to one group (at lexicon.synonyms[\(i)])", at: group)
            }
            result.append(words)
        }
        return result
    }

    private func followUpPhrasings(_ node: Node) -> [FollowUpIntent: [String]] {
        let path = "lexicon.follow_up_phrasings"
        guard case .mapping(let pairs) = node else {
            error("expected a mapping of intent: list of phrasings (at \(path))", at: node)
            return [:]
        }
        var phrasings: [FollowUpIntent: [String]] = [:]
        for (key, value) in pairs {
            guard let name = string(key, path: path) else { continue }
            guard let intent = FollowUpIntent(rawValue: name) else {
                let names = FollowUpIntent.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
                error("unknown follow-up intent '\(name)' (at \(path)); the intents are \(names)", at: key)
                continue
            }
            if let list = strings(value, path: "\(path).\(name)") { phrasings[intent, default: []] += list }
        }
        return phrasings
    }

    /// `spoken_punctuation`: a map from a punctuation mark (`Lexicon.punctuationMarks`) to the phrases that say it,
    /// each phrase's words beginning and ending with a letter, as connectors' do.
    private func spokenPunctuation(_ node: Node) -> [String: [String]] {
        let path = "lexicon.spoken_punctuation"
        guard case .mapping(let pairs) = node else {
            error("expected a mapping of punctuation mark: list of phrases (at \(path))", at: node)
            return [:]
        }
        var marks: [String: [String]] = [:]
        for (key, value) in pairs {
            guard let mark = string(key, path: path) else { continue }
            guard Lexicon.punctuationMarks.contains(mark) else {
                let known = Lexicon.punctuationMarks.sorted().map { "'\($0)'" }.joined(separator: ", ")
                error("unknown punctuation mark '\(mark)' (at \(path)); the marks are \(known)", at: key)
                continue
            }
            marks[mark, default: []] += connectors(value, path: "\(path).\(mark)", kind: "a spoken punctuation phrase")
        }
        return marks
    }

    /// The entries of the list at `path`, each turned into a value by `read`, without repeats, in order. An entry
    /// `read` refuses (nil) is an error: "`problem`, found '<entry>' (at <path>[<i>])".
    private func list(_ node: Node, path: String, problem: String, _ read: (String) -> String?) -> [String] {
        guard let items = sequence(node, path: path) else { return [] }
        var values: [String] = []
        for (i, item) in items.enumerated() {
            guard let text = string(item, path: "\(path)[\(i)]") else { continue }
            guard let value = read(text) else {
                error("\(problem), found '\(text)' (at \(path)[\(i)])", at: item)
                continue
            }
            if !values.contains(value) { values.append(value) }
        }
        return values
    }

    /// A list of connectors (or of what `kind` names: topic lead-ins or fillers), lowercased, their words separated by
    /// one space; each word must begin and end with a letter, because they are compared with words without their
    /// surrounding punctuation.
    private func connectors(_ node: Node, path: String, kind: String = "a connector") -> [String] {
        list(node, path: path, problem: "\(kind)'s words must begin and end with a letter") { text in
            let words = text.lowercased().split(whereSeparator: \.isWhitespace)
            return words.allSatisfy({ $0.first!.isLetter && $0.last!.isLetter }) ? words.joined(separator: " ") : nil
        }
    }

    /// `reply_attributions`, lowercased, their words separated by one space: words, " ... ", words ("on ... wrote").
    private func replyAttributions(_ node: Node) -> [String] {
        list(node, path: "lexicon.reply_attributions", problem: "an attribution is words, '...' and words") { text in
            let parts = text.lowercased().components(separatedBy: "...")
            let sides = parts.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            guard sides.count == 2, sides.allSatisfy({ $0.contains(where: \.isLetter) }) else { return nil }
            return sides[0] + " ... " + sides[1]
        }
    }

    /// `agent_labels` or `subject_labels`, lowercased: each a line's label as written before the colon.
    private func lineLabels(_ node: Node, path: String) -> [String] {
        list(node, path: path, problem: "a label is written without its colon") { text in
            let label = text.lowercased().trimmingCharacters(in: .whitespaces)
            return label.isEmpty || label.contains(":") ? nil : label
        }
    }

    /// `name_labels`, `name_fields`, `name_header_labels` or `security_answer_labels` (at `path`), lowercased, their words separated by one space, each of ASCII
    /// characters with a letter (the redactor compares them with the bytes typed before a name, "my name is", "name:",
    /// and with a field's name read as words, "caller name").
    private func nameLabels(_ node: Node, path: String, kind: String) -> [String] {
        list(node, path: path, problem: "\(kind) is ASCII text with a letter") { text in
            let label = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return label.allSatisfy(\.isASCII) && label.contains(where: \.isLetter) ? label : nil
        }
    }

    /// `redaction`: a mapping from a key of `RedactionWords.keys` to its list, lowercased, each entry ASCII with a
    /// letter or digit (`other_script_greetings`: letters of any alphabet): one word, or for `RedactionWords.phraseKeys`
    /// words separated by one space (the scanners compare them with the bytes typed).
    private func redactionWords(_ node: Node) -> RedactionWords? {
        guard let map = mapping(node, path: "lexicon.redaction", allowed: RedactionWords.keys) else { return nil }
        var lists: [String: [String]] = [:]
        for (key, value) in map {
            let phrases = RedactionWords.phraseKeys.contains(key)
            // `phone_letter_labels` are single letters ("M:", "O:"): a longer entry would never be read.
            let letters = key == "phone_letter_labels"
            // `other_script_greetings` are Cyrillic or Greek words ("добрый день"), compared as text.
            let anyScript = key == "other_script_greetings"
            let problem = letters ? "each entry is one ASCII letter"
                : anyScript ? "each entry is words of letters"
                : phrases ? "each entry is ASCII words with a letter or digit" : "each entry is one ASCII word with a letter or digit"
            lists[key] = list(value, path: "lexicon.redaction." + key, problem: problem) { text in
                let words = text.lowercased().split(whereSeparator: \.isWhitespace)
                guard words.count == 1 || phrases && !words.isEmpty,
                      anyScript ? text.allSatisfy({ $0.isLetter || $0.isWhitespace }) : text.allSatisfy(\.isASCII),
                      text.contains(where: { $0.isLetter || $0.isNumber }), !letters || text.count == 1 && text.first!.isLetter
                else { return nil }
                return words.joined(separator: " ")
            }
        }
        return RedactionWords(lists: lists)
    }

    /// `self_introductions`, lowercased, their words separated by one space: ASCII words with a letter and `...` at
    /// the start or the end, where the name stands ("this is ...", "... here").
    private func selfIntroductions(_ node: Node) -> [String] {
        list(node, path: "lexicon.self_introductions", problem: "an introduction is ASCII words with '...' at its start or end") { text in
            let phrase = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let words = phrase.hasPrefix("...") ? phrase.dropFirst(3) : phrase.hasSuffix("...") ? phrase.dropLast(3) : nil
            guard let words, phrase.allSatisfy(\.isASCII), words.contains(where: \.isLetter), !words.contains(".") else { return nil }
            return phrase
        }
    }

    /// The word-list file `node` names, relative to this file (`dictionary`, `given_names`), opened unread; nil, with
    /// an error, when it cannot be read. A list of words written in place (as `kb import` copies `given_names`) is one too.
    private func wordList(_ node: Node, path: String) -> WordList? {
        if node.sequence != nil { return WordList(text: singleWords(node, path: path).joined(separator: "\n")) }
        guard let name = string(node, path: path) else { return nil }
        let file = name.hasPrefix("/") ? name : (self.file as NSString).deletingLastPathComponent + "/" + name
        do {
            return try WordList(contentsOf: file)
        } catch {
            self.error("cannot read the word list '\(name)' (at \(path))", at: node)
            return nil
        }
    }

    /// `name_titles`, lowercased: each one word of letters, written without its dot (`mr`, not `mr.`, which would
    /// never match: a title is compared with the word before its dot).
    private func nameTitles(_ node: Node) -> [String] {
        list(node, path: "lexicon.name_titles", problem: "a title is one word of letters, without its dot") { text in
            let word = text.lowercased()
            return !word.isEmpty && word.allSatisfy(\.isLetter) ? word : nil
        }
    }

    /// A list of words, lowercased, each one word as a question writes it ("ssn", "client's", "e-mail").
    private func singleWords(_ node: Node, path: String) -> [String] {
        list(node, path: path, problem: "each entry is one word without spaces") { text in
            let word = text.lowercased()
            return word.isEmpty || word.contains(where: \.isWhitespace) ? nil : word
        }
    }

    /// `acknowledgements`, `exit_words`, `other_topic_replies`, `sign_offs` or `reply_separators`, lowercased, each with at least one letter or digit (they are compared with a
    /// whole line by their words).
    private func wholeLines(_ node: Node, path: String, kind: String) -> [String] {
        list(node, path: path, problem: "\(kind) needs a letter or digit") { text in
            let line = text.lowercased().trimmingCharacters(in: .whitespaces)
            return line.contains(where: { $0.isLetter || $0.isNumber }) ? line : nil
        }
    }

    /// A list of words (`pointing_words`, `choice_fillers`), lowercased, each one word of letters and digits only,
    /// because they are compared with a line's runs of letters and digits ("it's" is "it" and "s").
    private func plainWords(_ node: Node, path: String, kind: String) -> [String] {
        list(node, path: path, problem: "\(kind) is one word of letters and digits") { text in
            let word = text.lowercased().trimmingCharacters(in: .whitespaces)
            return !word.isEmpty && word.allSatisfy({ $0.isLetter || $0.isNumber }) ? word : nil
        }
    }

    /// `none_replies` or `list_only_none_replies`, lowercased, their words separated by one space, each with at least
    /// one letter or digit (a reply is compared as a whole line, without case or its end punctuation).
    private func noneReplies(_ node: Node, path: String) -> [String] {
        list(node, path: path, problem: "a none reply needs a letter or digit") { text in
            let reply = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return reply.contains(where: { $0.isLetter || $0.isNumber }) ? reply : nil
        }
    }

    /// `abbreviations`, lowercased, each without its final dot (`e.g.` and `e.g` are the same).
    private func abbreviations(_ node: Node) -> Set<String> {
        Set(list(node, path: "lexicon.abbreviations", problem: "an abbreviation is one word that begins with a letter") { text in
            let word = text.hasSuffix(".") ? String(text.lowercased().dropLast()) : text.lowercased()
            guard let first = word.first, first.isLetter, !word.contains(where: \.isWhitespace) else { return nil }
            return word
        })
    }
}
