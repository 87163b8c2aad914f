import XCTest
@testable import HelpdeskCore
import TestSupport

/// The lexicon's conversation keys (`follow_up_phrasings`, `topic_lead_ins`, `topic_fillers`, `problem_connectors`,
/// `comma_connectors`, `abbreviations`, `acknowledgements`, `pointing_words`, `none_replies`, `list_only_none_replies`,
/// `choice_fillers`...): read, normalised, merged across files, and every problem reported at its file, line and column.
final class NodeReaderLexiconTests: XCTestCase {
    private static let entries = "version: 1\nentries:\n" + entryYAML(id: "a")

    /// The lines under `lexicon:` (line 3 on), the message the problem must give, and its line and column.
    private let cases: [(name: String, lexicon: String, message: String, line: Int, column: Int)] = [
        ("unknown lexicon key", "  connectors: [plus]", "unknown key 'connectors' (at lexicon)", 3, 3),
        ("phrase in two synonym groups", "  synonyms:\n    - [plea, please help]\n    - [ask, please help]",
         "'please help' is already in the group 'plea' (lexicon.synonyms[0]); a word or phrase belongs to one group (at lexicon.synonyms[1])", 5, 7),
        ("group repeated", "  synonyms:\n    - [plea, please help, pls help, plz help]\n    - [ask, query]\n    - [PLEA, please  help, pls help, plz help]",
         "'PLEA', 'please  help', 'pls help' and 1 more are already in the group 'plea' (lexicon.synonyms[0]); a word or phrase belongs to one group (at lexicon.synonyms[2])", 6, 7),
        ("misspelling also a stop word", "  stop_words: [pls]\n  spelling:\n    pls: please",
         "the misspelling 'pls' is also a stop word in this file (at lexicon.spelling)", 5, 5),
        ("misspelling also a synonym", "  synonyms: [[login, loign]]\n  spelling:\n    loign: login",
         "the misspelling 'loign' is also a synonym in this file (at lexicon.spelling)", 5, 5),
        ("misspelling also protected", "  protected: [tds]\n  spelling:\n    tds: tax",
         "the misspelling 'tds' is also a protected term in this file (at lexicon.spelling)", 5, 5),
        ("phrasings not a map", "  follow_up_phrasings: [more, tell me more]",
         "expected a mapping of intent: list of phrasings (at lexicon.follow_up_phrasings)", 3, 24),
        ("unknown intent", "  follow_up_phrasings:\n    steps: [what now]\n    phone: [who do I call]",
         "unknown follow-up intent 'phone' (at lexicon.follow_up_phrasings); the intents are 'steps', 'contacts', 'escalation', 'who_handles', 'more', 'next'", 5, 5),
        ("phrasings not a list", "  follow_up_phrasings:\n    more: tell me more",
         "expected a list (at lexicon.follow_up_phrasings.more), found 'tell me more'", 4, 11),
        ("empty phrasing", "  follow_up_phrasings:\n    more:\n      - tell me more\n      - \"\"",
         "expected text (at lexicon.follow_up_phrasings.more[1]), found an empty value", 6, 9),
        ("lead-in word not a letter at its ends", "  topic_lead_ins: [what about?]",
         "a lead-in's words must begin and end with a letter, found 'what about?' (at lexicon.topic_lead_ins[0])", 3, 20),
        ("filler not a list", "  topic_fillers: thing", "expected a list (at lexicon.topic_fillers), found 'thing'", 3, 18),
        ("connectors not a list", "  problem_connectors: plus", "expected a list (at lexicon.problem_connectors), found 'plus'", 3, 23),
        ("connector a map", "  problem_connectors:\n    - plus\n    - {and: also}",
         "expected text (at lexicon.problem_connectors[1]), found a mapping", 5, 7),
        ("connector word not a letter at its ends", "  problem_connectors:\n    - plus\n    - 3rd thing",
         "a connector's words must begin and end with a letter, found '3rd thing' (at lexicon.problem_connectors[1])", 5, 7),
        ("comma connector with a comma", "  comma_connectors: [\"and,\"]",
         "a connector's words must begin and end with a letter, found 'and,' (at lexicon.comma_connectors[0])", 3, 22),
        ("comma connectors a map", "  comma_connectors: {and: also}", "expected a list (at lexicon.comma_connectors), found a mapping", 3, 21),
        ("off-topic words not a list", "  off_topic_words: quickbooks", "expected a list (at lexicon.off_topic_words), found 'quickbooks'", 3, 20),
        ("agent labels not a list", "  agent_labels: agent", "expected a list (at lexicon.agent_labels), found 'agent'", 3, 17),
        ("agent label with its colon", "  agent_labels:\n    - rep\n    - \"agent:\"",
         "a label is written without its colon, found 'agent:' (at lexicon.agent_labels[1])", 5, 7),
        ("subject label with its colon", "  subject_labels: [\"re:\"]",
         "a label is written without its colon, found 're:' (at lexicon.subject_labels[0])", 3, 20),
        ("agent label blank", "  agent_labels: [\" \"]", "expected text (at lexicon.agent_labels[0]), found an empty value", 3, 18),
        ("pleasantries not a list", "  pleasantries: hello", "expected a list (at lexicon.pleasantries), found 'hello'", 3, 17),
        ("background markers a map", "  background_markers: {already: yes}",
         "expected a list (at lexicon.background_markers), found a mapping", 3, 23),
        ("pleasantry blank", "  pleasantries: [hello, \"\"]", "expected text (at lexicon.pleasantries[1]), found an empty value", 3, 25),
        ("on-topic word a map", "  on_topic_words:\n    - irs\n    - {id: me}",
         "expected text (at lexicon.on_topic_words[1]), found a mapping", 5, 7),
        ("data label of two words", "  data_labels: [ssn, call me]",
         "each entry is one word without spaces, found 'call me' (at lexicon.data_labels[1])", 3, 22),
        ("data links not a list", "  data_links: is", "expected a list (at lexicon.data_links), found 'is'", 3, 15),
        ("linked data label a map", "  linked_data_labels:\n    - my\n    - {e: mail}",
         "expected text (at lexicon.linked_data_labels[1]), found a mapping", 5, 7),
        ("name label without a letter", "  name_labels: [my name is, \":\"]",
         "a name label is ASCII text with a letter, found ':' (at lexicon.name_labels[1])", 3, 29),
        ("name field without a letter", "  name_fields: [caller, \"_\"]",
         "a name field is ASCII text with a letter, found '_' (at lexicon.name_fields[1])", 3, 25),
        ("not-name word of two words", "  not_name_words: [tin, two words]",
         "each entry is one word without spaces, found 'two words' (at lexicon.not_name_words[1])", 3, 25),
        ("introduction without a place for the name", "  self_introductions: [this is ..., it is]",
         "an introduction is ASCII words with '...' at its start or end, found 'it is' (at lexicon.self_introductions[1])", 3, 37),
        ("header label not ASCII", "  name_header_labels: [from, \"reçu par\"]",
         "a name header label is ASCII text with a letter, found 'reçu par' (at lexicon.name_header_labels[1])", 3, 30),
        ("given names file missing", "  given_names: missing-names.txt",
         "cannot read the word list 'missing-names.txt' (at lexicon.given_names)", 3, 16),
        ("common word name of two words", "  common_word_names: [will, two words]",
         "each entry is one word without spaces, found 'two words' (at lexicon.common_word_names[1])", 3, 29),
        // A title with its dot would never match: the redactor compares the word before the dot.
        ("name title with its dot", "  name_titles: [mr, \"mr.\"]",
         "a title is one word of letters, without its dot, found 'mr.' (at lexicon.name_titles[1])", 3, 21),
        ("quote introduction with its colon", "  quote_introductions: [wrote, \"pasted from:\"]",
         "a quote introduction's words must begin and end with a letter, found 'pasted from:' (at lexicon.quote_introductions[1])", 3, 32),
        ("security answer label not ASCII", "  security_answer_labels: [security answer, \"réponse\"]",
         "a security answer label is ASCII text with a letter, found 'réponse' (at lexicon.security_answer_labels[1])", 3, 45),
        ("name label not ASCII", "  name_labels: [\"nom é\"]",
         "a name label is ASCII text with a letter, found 'nom é' (at lexicon.name_labels[0])", 3, 17),
        ("abbreviation of two words", "  abbreviations:\n    - e. g.",
         "an abbreviation is one word that begins with a letter, found 'e. g.' (at lexicon.abbreviations[0])", 4, 7),
        ("abbreviation a dot", "  abbreviations: [\".\"]",
         "an abbreviation is one word that begins with a letter, found '.' (at lexicon.abbreviations[0])", 3, 19),
        ("abbreviations text", "  abbreviations: e.g.", "expected a list (at lexicon.abbreviations), found 'e.g.'", 3, 18),
        ("acknowledgements text", "  acknowledgements: ok", "expected a list (at lexicon.acknowledgements), found 'ok'", 3, 21),
        ("acknowledgement without a word", "  acknowledgements: [ok, \"?!\"]",
         "an acknowledgement needs a letter or digit, found '?!' (at lexicon.acknowledgements[1])", 3, 26),
        ("function words text", "  function_words: what", "expected a list (at lexicon.function_words), found 'what'", 3, 19),
        ("function word with an apostrophe", "  function_words: [what, \"what's\"]",
         "a function word is one word of letters and digits, found 'what's' (at lexicon.function_words[1])", 3, 26),
        ("exit words text", "  exit_words: quit", "expected a list (at lexicon.exit_words), found 'quit'", 3, 15),
        ("exit word without a word", "  exit_words: [quit, \"!\"]",
         "an exit word needs a letter or digit, found '!' (at lexicon.exit_words[1])", 3, 22),
        ("other-topic replies text", "  other_topic_replies: the other one",
         "expected a list (at lexicon.other_topic_replies), found 'the other one'", 3, 24),
        ("background question word of two words", "  background_question_words: [do, how come]",
         "a background question word is one word of letters and digits, found 'how come' (at lexicon.background_question_words[1])", 3, 35),
        ("sign-off without a word", "  sign_offs: [thanks, \"--\"]",
         "a sign-off needs a letter or digit, found '--' (at lexicon.sign_offs[1])", 3, 23),
        ("spoken punctuation as a list", "  spoken_punctuation: [comma]",
         "expected a mapping of punctuation mark: list of phrases (at lexicon.spoken_punctuation)", 3, 23),
        ("spoken punctuation of an unknown mark", "  spoken_punctuation: {\"-\": [dash]}",
         "unknown punctuation mark '-' (at lexicon.spoken_punctuation); the marks are '!', ',', '.', ':', ';', '?'", 3, 24),
        ("not-punctuation word of two words", "  not_punctuation_after: [a, waiting period]",
         "each entry is one word without spaces, found 'waiting period' (at lexicon.not_punctuation_after[1])", 3, 30),
        ("signature word of two words", "  signature_words: [manager, tax preparer]",
         "a signature word is one word of letters and digits, found 'tax preparer' (at lexicon.signature_words[1])", 3, 30),
        ("other-topic reply without a word", "  other_topic_replies: [other, \"?\"]",
         "an other-topic reply needs a letter or digit, found '?' (at lexicon.other_topic_replies[1])", 3, 32),
        ("pointing words text", "  pointing_words: it", "expected a list (at lexicon.pointing_words), found 'it'", 3, 19),
        ("pointing word with an apostrophe", "  pointing_words:\n    - it\n    - it's",
         "a pointing word is one word of letters and digits, found 'it's' (at lexicon.pointing_words[1])", 5, 7),
        ("pointing word of two words", "  pointing_words: [that one]",
         "a pointing word is one word of letters and digits, found 'that one' (at lexicon.pointing_words[0])", 3, 20),
        ("none replies a map", "  none_replies: {no: way}", "expected a list (at lexicon.none_replies), found a mapping", 3, 17),
        ("none reply without a word", "  none_replies: [nope, \"?!\"]",
         "a none reply needs a letter or digit, found '?!' (at lexicon.none_replies[1])", 3, 24),
        ("list-only none replies text", "  list_only_none_replies: none",
         "expected a list (at lexicon.list_only_none_replies), found 'none'", 3, 27),
        ("list-only none reply a map", "  list_only_none_replies:\n    - none\n    - {none: of these}",
         "expected text (at lexicon.list_only_none_replies[1]), found a mapping", 5, 7),
        ("choice filler with a hyphen", "  choice_fillers: [the, no-one]",
         "a choice filler is one word of letters and digits, found 'no-one' (at lexicon.choice_fillers[1])", 3, 25),
        ("choice fillers text", "  choice_fillers: the", "expected a list (at lexicon.choice_fillers), found 'the'", 3, 19),
    ]

    func testEachProblemNamesFileLineColumnAndMessage() throws {
        try LexiconErrorCase.assertEachNamesFileLineColumnAndMessage(cases.map(LexiconErrorCase.init), entries: Self.entries)
    }

    func testReadsNormalisesAndMergesAcrossFiles() throws {
        let first = """
            version: 1
            lexicon:
              follow_up_phrasings:
                steps:
                  - what now
                  - steps please
                contacts:
                  - who do I ring
              topic_lead_ins: [What About, and   the]
              topic_fillers: [thing]
              problem_connectors:
                - And Also
                - on   top of that
                - plus
              comma_connectors:
                - and
              close_call_connectors: [And, plus]
              abbreviations:
                - e.g.
                - Mr
                - "no."
              off_topic_words: [QuickBooks]
              on_topic_words: [IRS]
              agent_labels: [Agent, rep]
              subject_labels: [Subject, re]
              pleasantries: [Hello, thanks]
              background_markers: [Already]
              data_labels: [SSN, call]
              data_links: [is]
              linked_data_labels: [my, Email]
              not_password_words: [Manager, field]
              security_answer_labels: [Security  Answer, "mother's maiden name"]
              name_labels: [My  Name is, "name:"]
              not_name_words: [TIN, mismatch]
              name_fields: [Caller, customer  name]
              self_introductions: [This  is ..., "... Here"]
              name_header_labels: [From, Reported  By]
              not_name_capitals: [Monday]
              common_word_names: [Will, may]
              acknowledgements: [OK, got  it, "no"]
              pointing_words: [It, that]
              none_replies: ["No", Something   Else]
              list_only_none_replies: [None]
              choice_fillers: [The, option]
              exit_words: [Quit]
              other_topic_replies: [The Other One]
              background_question_words: [Do]
              sign_offs: [Thanks, Sent from my iPhone]
              reply_separators: [Original Message]
              signature_words: [Manager]
              spoken_punctuation: {",": [Comma], ".": [period]}
              not_punctuation_after: [The]
              function_words: [What, how]
            """
        let second = """
            version: 1
            lexicon:
              follow_up_phrasings:
                steps: [what now, the steps]
                more: [tell me more]
              topic_lead_ins: [what about, how about]
              topic_fillers: [stuff]
              problem_connectors: [plus, besides]
              abbreviations: [etc.]
              off_topic_words: [drake, quickbooks]
              on_topic_words: [id.me]
              agent_labels: [rep, help desk]
              subject_labels: [fwd, RE]
              pleasantries: [thanks, bye]
              background_markers: [already, works fine]
              data_labels: [ssn, ein]
              data_label_verbs: [Call, reach]
              data_links: [was]
              linked_data_labels: [email]
              name_labels: [my name is, client name]
              not_name_words: [tin, efin]
              name_fields: [caller]
              self_introductions: [it's ...]
              name_header_labels: [to]
              not_name_capitals: [google]
              common_word_names: [mark]
              acknowledgements: [ok, Cool]
              pointing_words: [that, again]
              none_replies: [nah]
              list_only_none_replies: [none, neither of them]
              choice_fillers: [the, pls]
              exit_words: [quit, exit]
              other_topic_replies: [the other one, not this one]
              background_question_words: [do, how]
              background_negations: [never, Not]
              background_contrasts: [But, however]
              sign_offs: [thanks, regards]
              reply_separators: [original message, forwarded message]
              list_openers: [Second, lastly]
              signature_words: [manager, preparer]
              spoken_punctuation: {".": [full stop, period], "?": [question mark]}
              not_punctuation_after: [waiting]
              function_words: [how, doe]
            """
        let folder = try TemporaryKnowledgeBase(files: ["a.yaml": first, "b.yaml": second, "kb.yaml": Self.entries])
        let (kb, warnings) = try KnowledgeBaseLoader().load(directory: folder.path)
        XCTAssertEqual(warnings, [])
        let lexicon = kb.lexicon
        XCTAssertEqual(lexicon.followUpPhrasings, [
            .steps: ["what now", "steps please", "the steps"], .contacts: ["who do I ring"], .more: ["tell me more"],
        ])
        XCTAssertEqual(lexicon.topicLeadIns, ["what about", "and the", "how about"])
        XCTAssertEqual(lexicon.topicFillers, ["thing", "stuff"])
        XCTAssertEqual(lexicon.problemConnectors, ["and also", "on top of that", "plus", "besides"])
        XCTAssertEqual(lexicon.commaConnectors, ["and"])
        XCTAssertEqual(lexicon.closeCallConnectors, ["and", "plus"])
        XCTAssertEqual(lexicon.abbreviations, ["e.g", "mr", "no", "etc"])
        XCTAssertEqual(lexicon.offTopicWords, ["quickbooks", "drake"])
        XCTAssertEqual(lexicon.onTopicWords, ["irs", "id.me"])
        XCTAssertEqual(lexicon.agentLabels, ["agent", "rep", "help desk"])
        XCTAssertEqual(lexicon.subjectLabels, ["subject", "re", "fwd"])
        XCTAssertEqual(lexicon.pleasantries, ["hello", "thanks", "bye"])
        XCTAssertEqual(lexicon.backgroundMarkers, ["already", "works fine"])
        XCTAssertEqual(lexicon.acknowledgements, ["ok", "got  it", "no", "cool"])
        XCTAssertEqual(lexicon.pointingWords, ["it", "that", "again"])
        XCTAssertEqual(lexicon.noneReplies, ["no", "something else", "nah"])
        XCTAssertEqual(lexicon.listOnlyNoneReplies, ["none", "neither of them"])
        XCTAssertEqual(lexicon.choiceFillers, ["the", "option", "pls"])
        XCTAssertEqual(lexicon.exitWords, ["quit", "exit"])
        XCTAssertEqual(lexicon.otherTopicReplies, ["the other one", "not this one"])
        XCTAssertEqual(lexicon.backgroundQuestionWords, ["do", "how"])
        XCTAssertEqual(lexicon.backgroundNegations, ["never", "not"])
        XCTAssertEqual(lexicon.backgroundContrasts, ["but", "however"])
        XCTAssertEqual(lexicon.signOffs, ["thanks", "sent from my iphone", "regards"])
        XCTAssertEqual(lexicon.replySeparators, ["original message", "forwarded message"])
        XCTAssertEqual(lexicon.listOpeners, ["second", "lastly"])
        XCTAssertEqual(lexicon.signatureWords, ["manager", "preparer"])
        XCTAssertEqual(lexicon.spokenPunctuation, [",": ["comma"], ".": ["period", "full stop"], "?": ["question mark"]])
        XCTAssertEqual(lexicon.notPunctuationAfter, ["the", "waiting"])
        XCTAssertEqual(lexicon.functionWords, ["what", "how", "doe"])
        XCTAssertEqual(lexicon.dataLabels, ["ssn", "call", "ein"])
        XCTAssertEqual(lexicon.dataLabelVerbs, ["call", "reach"])
        XCTAssertEqual(lexicon.dataLinks, ["is", "was"])
        XCTAssertEqual(lexicon.linkedDataLabels, ["my", "email"])
        XCTAssertEqual(lexicon.notPasswordWords, ["manager", "field"])
        XCTAssertEqual(lexicon.securityAnswerLabels, ["security answer", "mother's maiden name"])
        XCTAssertEqual(lexicon.nameLabels, ["my name is", "name:", "client name"])
        XCTAssertEqual(lexicon.notNameWords, ["tin", "mismatch", "efin"])
        XCTAssertEqual(lexicon.nameFields, ["caller", "customer name"])
        XCTAssertEqual(lexicon.selfIntroductions, ["this is ...", "... here", "it's ..."])
        XCTAssertEqual(lexicon.nameHeaderLabels, ["from", "reported by", "to"])
        XCTAssertEqual(lexicon.notNameCapitals, ["monday", "google"])
        XCTAssertEqual(lexicon.commonWordNames, ["will", "may", "mark"])
        let splitter = ProblemSplitter(lexicon: lexicon)
        XCTAssertEqual(splitter.split("forgot my password besides my phone is new"), ["forgot my password", "my phone is new"])
        XCTAssertEqual(splitter.split("see Mr. Smith about it"), ["see Mr. Smith about it"])
    }

    /// Omitted keys mean none: no generic follow-ups, and pasted text cut only at line breaks and sentence ends.
    func testOmittedKeysMeanNone() throws {
        let folder = try TemporaryKnowledgeBase(files: ["kb.yaml": Self.entries + "\nlexicon:\n  stop_words: [the]\n"])
        let lexicon = try KnowledgeBaseLoader().load(directory: folder.path).0.lexicon
        XCTAssertEqual(lexicon.followUpPhrasings, [:])
        XCTAssertEqual(TopicReference(lexicon: lexicon), TopicReference())
        XCTAssertEqual(lexicon.problemConnectors, [])
        XCTAssertEqual(lexicon.commaConnectors, [])
        XCTAssertEqual(lexicon.abbreviations, [])
        XCTAssertEqual(DataLabels(lexicon: lexicon), DataLabels())
        XCTAssertEqual(lexicon.acknowledgements, [])
        XCTAssertEqual(lexicon.exitWords, [])
        XCTAssertEqual(lexicon.otherTopicReplies, [])
        XCTAssertEqual(lexicon.functionWords, [])
        XCTAssertEqual(ContextPolicy(lexicon: lexicon).pointingWords, [])
        XCTAssertEqual(ChoiceWords(lexicon: lexicon), ChoiceWords())
        XCTAssertEqual(ProblemSplitter(lexicon: lexicon).split("forgot my password and also my phone is new. Thanks"),
                       ["forgot my password and also my phone is new.", "Thanks"])
    }

    /// `given_names` names a word-list file beside the lexicon's file, opened unread and read on its first look-up.
    func testGivenNamesAreReadFromTheirFile() throws {
        let folder = try TemporaryKnowledgeBase(files: [
            "kb.yaml": Self.entries + "\nlexicon:\n  given_names: names.txt\n", "names.txt": "# given names\nmarcy\nbob\n",
        ])
        let names = try XCTUnwrap(try KnowledgeBaseLoader().load(directory: folder.path).0.lexicon.givenNames)
        XCTAssertEqual(names.count, 2)
        XCTAssertTrue(names.contains("marcy"))
        XCTAssertFalse(names.contains("mark"))
    }

    /// Every key the loader accepts under `lexicon:` has a row in the format documentation's Lexicon table.
    func testEveryLexiconKeyIsDocumented() throws {
        let readme = try String(contentsOf: PackagePaths.root.appendingPathComponent("KnowledgeBase/README.md"), encoding: .utf8)
        let lexicon = try XCTUnwrap(readme.components(separatedBy: "### Lexicon").last?.components(separatedBy: "\n### ").first)
        for key in NodeReader.lexiconKeys {
            XCTAssertTrue(lexicon.contains("| `\(key)` |"), "KnowledgeBase/README.md documents lexicon key '\(key)'")
        }
    }
}
