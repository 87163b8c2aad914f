import XCTest
@testable import HelpdeskCore
import TestSupport

final class KnowledgeBaseImporterTests: XCTestCase {
    private let importer = KnowledgeBaseImporter(source: "imported from test.csv", reviewed: ReviewDate(year: 2026, month: 3, day: 4))

    private func row(_ question: String, _ entry: String?, title: String? = nil, answer: String? = nil) -> LabeledQuestion {
        LabeledQuestion(question: question, entry: entry, title: title, answer: answer, line: 0)
    }

    /// The importer's entries, off-topic examples and conflicting-row count.
    private func parts(from rows: [LabeledQuestion]) -> (entries: [Entry], outOfScope: [String], conflicting: Int) {
        let imported = importer.entries(from: rows)
        return (imported.entries, imported.outOfScope, imported.conflicting)
    }

    /// Writes the importer's YAML into a folder and loads it back.
    private func roundTrip(_ rows: [LabeledQuestion]) throws -> KnowledgeBase {
        let folder = try TemporaryKnowledgeBase(files: ["imported.yaml": try importer.yaml(from: rows)])
        do {
            return try KnowledgeBaseLoader().load(directory: folder.path).0
        } catch let error as KnowledgeBaseError {
            XCTFail(error.diagnostics.map(\.description).joined(separator: "\n"))
            throw error
        }
    }

    /// Names are redacted after the name labels of the redactor the importer is given, and kept by default.
    func testNamesAreRedactedWithTheGivenLabels() {
        let rows = [row("my name is Maria Gomez and I forgot my password", "reset"), row("MY NAME IS JOHN SMITH", nil)]
        var named = importer
        named.redactor = Redactor(publicPhoneNumbers: [], nameLabels: ["my name is"])
        let imported = named.entries(from: rows)
        XCTAssertEqual(imported.entries.map(\.questions), [["my name is [NAME] and I forgot my password"]])
        XCTAssertEqual(imported.outOfScope, ["MY NAME IS [NAME]"])
        XCTAssertEqual(importer.entries(from: rows).outOfScope, ["MY NAME IS JOHN SMITH"])
    }

    func testKebabCase() {
        let table: [(label: String, id: String)] = [
            ("card_arrival", "card-arrival"),
            ("Card Arrival", "card-arrival"),
            ("card-arrival", "card-arrival"),
            ("  --Weird__Label!! ", "weird-label"),
            ("Version 2.0", "version-2-0"),
            ("a--b", "a-b"),
            ("123", "123"),
            ("!!!", "entry"),
            ("", "entry"),
            ("CamelCase", "camelcase"),
            ("Café Wi-Fi", "cafe-wi-fi"),
            ("Ünïcödé Label", "unicode-label"),
            ("Überweisung", "uberweisung"),
            ("Ｐｒｉｎｔｅｒ", "printer"),
            ("Принтер", "entry"),
        ]
        for row in table {
            XCTAssertEqual(KnowledgeBaseImporter.kebabCase(row.label), row.id, row.label)
            XCTAssertTrue(EntryID.isValid(KnowledgeBaseImporter.kebabCase(row.label)), row.label)
        }
    }

    func testRowsBecomeEntriesInFirstSeenOrder() {
        let (entries, outOfScope, _) = parts(from: [
            row("forgot password", "reset_password"),
            row("banana bread", nil),
            row("new phone", "New Phone", title: "Codes on a new phone", answer: "Use MFA recovery."),
            row("reset my password", "reset_password"),
            row("forgot password", "reset_password"),  // repeated: kept once
            row("weather", nil),
        ])
        XCTAssertEqual(entries.map(\.id), ["reset-password", "new-phone"])
        XCTAssertEqual(entries[0].questions, ["forgot password", "reset my password"])
        XCTAssertEqual(entries[0].title, "Reset password", "title made from the label")
        XCTAssertEqual(entries[0].summary, "Reset password (imported; no answer text yet).")
        XCTAssertEqual(entries[1].title, "Codes on a new phone")
        XCTAssertEqual(entries[1].summary, "Use MFA recovery.")
        XCTAssertEqual(outOfScope, ["banana bread", "weather"])
        XCTAssertTrue(entries.allSatisfy { $0.source == "imported from test.csv" && $0.lastReviewed == ReviewDate(year: 2026, month: 3, day: 4) })
    }

    /// Questions that kb check compares as one ("Forgot password?", "forgot  password") are imported once, so the
    /// imported KB has no "given twice in this entry" warning.
    func testQuestionsThatCompareAlikeAreKeptOnce() {
        let (entries, outOfScope, _) = parts(from: [
            row("forgot password", "reset"), row("Forgot password?", "reset"), row("forgot  password", "reset"),
            row("weather", nil), row("Weather?", nil),
        ])
        XCTAssertEqual(entries.map(\.questions), [["forgot password"]])
        XCTAssertEqual(outOfScope, ["weather"])
    }

    /// A question given a second entry, or given an entry and off topic, stays where it came first.
    func testAQuestionGivenTwoEntriesStaysWithTheFirst() throws {
        let rows = [row("forgot password", "reset"), row("Forgot  password?", "mfa"), row("lost phone", "mfa"),
                    row("lost phone", nil), row("weather", nil), row("weather", "mfa"), row("weather", nil)]
        let (entries, outOfScope, conflicting) = parts(from: rows)
        XCTAssertEqual(entries.map(\.questions), [["forgot password"], ["lost phone"]])
        XCTAssertEqual(outOfScope, ["weather"])
        XCTAssertEqual(conflicting, 3)
        XCTAssertEqual(try roundTrip(rows).entries.count, 2, "the imported KB passes kb check")
        let titled = importer.entries(from: [row("forgot pw", "a"), row("forgot pw", "b", title: "Reset B", answer: "Do X."),
                                             row("reset b please", "b")]).entries
        XCTAssertEqual(titled.map(\.title), ["A", "Reset B"], "a row left out still gives its entry's title and answer")
        XCTAssertEqual(titled[1].summary, "Do X.")
    }

    /// Labels with no ASCII letter or digit stay apart: each gets `entry-` and a hash of its text.
    func testLabelsWithoutASCIILettersStayApart() {
        let entries = importer.entries(from: [row("printer jammed", "Принтер"), row("network down", "Сеть"),
                                                      row("printer offline", "Принтер"), row("what", "!!!")]).entries
        XCTAssertEqual(entries.count, 3)
        XCTAssertEqual(entries[0].questions, ["printer jammed", "printer offline"])
        XCTAssertTrue(entries.allSatisfy { $0.id.hasPrefix("entry-") }, "\(entries.map(\.id))")
        XCTAssertEqual(KnowledgeBaseImporter.entryID(forLabel: "Сеть"), entries[1].id, "eval maps the label the same way")
    }

    /// A long label makes an id of at most 60 characters: its first words, cut at a hyphen, and a digest of the whole,
    /// so long labels that start alike stay apart (a 300-character label made a 300-character id).
    func testLongLabelsMakeShortDistinctIDs() throws {
        let long = Array(repeating: "the client cannot sign in to the portal", count: 8).joined(separator: " ")
        let (a, b) = (KnowledgeBaseImporter.entryID(forLabel: long + " today"), KnowledgeBaseImporter.entryID(forLabel: long + " again"))
        for id in [a, b] {
            XCTAssertLessThanOrEqual(id.count, 60, id)
            XCTAssertTrue(id.hasPrefix("the-client-cannot-sign-in-to-the-portal-the-"), id)
            XCTAssertNotNil(id.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/), "a valid id: \(id)")
        }
        XCTAssertNotEqual(a, b)
        XCTAssertEqual(KnowledgeBaseImporter.entryID(forLabel: "Card arrival"), "card-arrival", "short labels are unchanged")
    }

    func testALaterAnswerFillsTheSummary() {
        let imported = importer.entries(from: [row("q1", "x"), row("q2", "x", answer: "The answer."), row("q3", "x", answer: "Ignored.")])
        XCTAssertEqual(imported.entries[0].summary, "The answer.")
        XCTAssertEqual(imported.ignoredDetails, 1, "the row whose answer was not kept is counted")
    }

    /// Labels that make the same id are one entry, as `eval` reads them: `Wifi` and `wifi` are not `wifi` and `wifi-2`.
    func testLabelsMakingOneIDAreOneEntry() {
        let rows = [
            row("q1", "card_arrival"), row("q2", "Card Arrival", title: "Card arrival", answer: "Wait 7 days."),
            row("q3", "card-arrival", title: "Card arrival", answer: "Wait 7 days."), row("q4", "card_arrival"),
            row("q5", "Wifi", answer: "Restart the router."), row("q6", "wifi", title: "Wi-Fi", answer: "Call IT."),
            row("q7", "WIFI", title: "Other title"), row("q5", "wifi", answer: "Call IT."),
        ]
        let imported = importer.entries(from: rows)
        XCTAssertEqual(imported.entries.map(\.id), ["card-arrival", "wifi"])
        XCTAssertEqual(imported.entries.map(\.questions), [["q1", "q2", "q3", "q4"], ["q5", "q6", "q7"]])
        XCTAssertEqual(imported.entries.map(\.title), ["Card arrival", "Wi-Fi"], "the first title given wins")
        XCTAssertEqual(imported.entries.map(\.summary), ["Wait 7 days.", "Restart the router."], "the first answer given wins")
        XCTAssertEqual(imported.ignoredDetails, 3, "q6 (answer), q7 (title) and the repeated q5 (answer); q3 repeats the same ones")
        XCTAssertEqual(imported.entriesWithIgnoredDetails, ["wifi"])
        XCTAssertEqual(imported.conflicting, 0)
        for row in rows {
            XCTAssertEqual(KnowledgeBaseImporter.entryID(forLabel: row.entry!), row.entry!.lowercased().hasPrefix("wifi") ? "wifi" : "card-arrival")
        }
        XCTAssertEqual(KnowledgeBaseImporter.entryID(forLabel: "Reset for jane@firm.com"), "reset-for-email", "redacted first")
    }

    func testRoundTripThroughTheLoader() throws {
        let rows = [
            row("forgot password", "reset_password"), row("reset my password", "reset_password"),
            row("new phone", "New Phone", title: "Codes on a new phone", answer: "Use MFA recovery."),
            row("recipe for banana bread", nil), row("card", "card_arrival"), row("card late", "Card Arrival"),
        ]
        let kb = try roundTrip(rows)
        let (entries, outOfScope, _) = parts(from: rows)
        XCTAssertEqual(kb.entries.map(\.id), entries.map(\.id))
        XCTAssertEqual(kb.entries.map(\.id), ["reset-password", "new-phone", "card-arrival"])
        XCTAssertEqual(kb.entries.map(\.title), entries.map(\.title))
        XCTAssertEqual(kb.entries.map(\.summary), entries.map(\.summary))
        XCTAssertEqual(kb.entries.map(\.questions), entries.map(\.questions))
        XCTAssertEqual(kb.entries.map(\.source), entries.map(\.source))
        XCTAssertEqual(kb.entries.map(\.lastReviewed), entries.map(\.lastReviewed))
        XCTAssertEqual(kb.outOfScope, outOfScope)
        XCTAssertEqual(kb.outOfScope, ["recipe for banana bread"])
    }

    /// `eval` on an imported KB names a label's entry as `kb import` named it, a given name in it redacted both times.
    func testEvalNamesTheEntriesImportNamedWithAGivenNameInTheLabel() throws {
        let shipped = try PackagePaths.loadShipped()
        var importer = self.importer
        importer.redactor = Redactor(knowledgeBase: shipped, vocabulary: nil)
        let rows = [row("open the portal for dana", "Dana Portal"), row("dana portal login", "Dana Portal"),
                    row("reset the printer", "Printer Reset"), row("printer needs a reset", "Printer Reset")]
        let folder = try TemporaryKnowledgeBase(files: [
            "imported.yaml": try importer.yaml(from: rows), "language.yaml": try XCTUnwrap(importer.languageYAML(from: shipped.lexicon)),
        ])
        let kb = try KnowledgeBaseLoader().load(directory: folder.path).0
        XCTAssertEqual(kb.entries.map(\.id), ["name-portal", "printer-reset"])
        let report = Evaluator(matcher: Matcher(knowledgeBase: kb, cache: nil)).evaluate(rows)
        XCTAssertEqual(report.unknownLabels, [])
        XCTAssertEqual(report.inScope, 4)
    }

    func testLanguageFileCarriesTheConversationLanguageData() throws {
        let shipped = try PackagePaths.loadShipped().lexicon
        let yaml = try XCTUnwrap(importer.languageYAML(from: shipped))
        let folder = try TemporaryKnowledgeBase(files: [
            "imported.yaml": try importer.yaml(from: [row("forgot password", "reset")]), "language.yaml": yaml,
        ])
        let lexicon = try KnowledgeBaseLoader().load(directory: folder.path).0.lexicon
        XCTAssertEqual(lexicon.followUpPhrasings, shipped.followUpPhrasings)
        XCTAssertEqual(TopicReference(lexicon: lexicon), TopicReference(lexicon: shipped))
        XCTAssertFalse(shipped.topicLeadIns.isEmpty)
        XCTAssertEqual(lexicon.problemConnectors, shipped.problemConnectors)
        XCTAssertEqual(lexicon.commaConnectors, shipped.commaConnectors)
        XCTAssertEqual(lexicon.closeCallConnectors, shipped.closeCallConnectors)
        XCTAssertEqual(lexicon.abbreviations, shipped.abbreviations)
        XCTAssertEqual(lexicon.listOpeners, shipped.listOpeners)
        XCTAssertFalse(shipped.listOpeners.isEmpty)
        XCTAssertEqual(lexicon.agentLabels, shipped.agentLabels)
        XCTAssertEqual(lexicon.subjectLabels, shipped.subjectLabels)
        XCTAssertEqual(DataLabels(lexicon: lexicon), DataLabels(lexicon: shipped))
        XCTAssertFalse(DataLabels(lexicon: shipped).isEmpty)
        XCTAssertEqual(lexicon.acknowledgements, shipped.acknowledgements)
        XCTAssertFalse(shipped.acknowledgements.isEmpty)
        XCTAssertEqual(lexicon.exitWords, shipped.exitWords)
        XCTAssertFalse(shipped.exitWords.isEmpty)
        XCTAssertEqual(lexicon.otherTopicReplies, shipped.otherTopicReplies)
        XCTAssertFalse(shipped.otherTopicReplies.isEmpty)
        XCTAssertEqual(lexicon.signOffs, shipped.signOffs)
        XCTAssertFalse(shipped.signOffs.isEmpty)
        XCTAssertEqual(lexicon.replySeparators, shipped.replySeparators)
        XCTAssertFalse(shipped.replySeparators.isEmpty)
        XCTAssertEqual(lexicon.signatureWords, shipped.signatureWords)
        XCTAssertFalse(shipped.signatureWords.isEmpty)
        XCTAssertEqual(lexicon.spokenPunctuation, shipped.spokenPunctuation)
        XCTAssertFalse(shipped.spokenPunctuation.isEmpty)
        XCTAssertEqual(lexicon.notPunctuationAfter, shipped.notPunctuationAfter)
        XCTAssertEqual(lexicon.securityAnswerLabels, shipped.securityAnswerLabels)
        XCTAssertEqual(lexicon.redactionWords, shipped.redactionWords, "the redactor's word lists travel too")
        XCTAssertFalse(shipped.redactionWords?.isEmpty ?? true)
        XCTAssertEqual(lexicon.nameTitles, shipped.nameTitles, "a greeting's title is kept in an imported KB too")
        XCTAssertFalse(shipped.nameTitles.isEmpty)
        XCTAssertEqual(lexicon.phoneNumberLabels, shipped.phoneNumberLabels)
        XCTAssertFalse(shipped.phoneNumberLabels.isEmpty)
        XCTAssertEqual(lexicon.givenNames?.words, shipped.givenNames?.words, "the given names travel, written in place")
        XCTAssertFalse(shipped.givenNames?.words.isEmpty ?? true)
        XCTAssertEqual(lexicon.commonWordNames, shipped.commonWordNames)
        XCTAssertFalse(shipped.commonWordNames.isEmpty)
        XCTAssertFalse(shipped.securityAnswerLabels.isEmpty)
        XCTAssertEqual(lexicon.functionWords, shipped.functionWords)
        XCTAssertFalse(shipped.functionWords.isEmpty)
        XCTAssertEqual(lexicon.pointingWords, shipped.pointingWords)
        XCTAssertEqual(lexicon.noneReplies, shipped.noneReplies)
        XCTAssertEqual(lexicon.listOnlyNoneReplies, shipped.listOnlyNoneReplies)
        XCTAssertEqual(lexicon.choiceFillers, shipped.choiceFillers)
        XCTAssertFalse(shipped.pointingWords.isEmpty)
        XCTAssertFalse(shipped.noneReplies.isEmpty || shipped.listOnlyNoneReplies.isEmpty || shipped.choiceFillers.isEmpty)
        XCTAssertEqual(lexicon.ordinalWords, shipped.ordinalWords)
        XCTAssertEqual(lexicon.choiceNumberWords, shipped.choiceNumberWords)
        XCTAssertEqual(lexicon.relativeStepWords, shipped.relativeStepWords)
        XCTAssertEqual(lexicon.stepNumberWords, shipped.stepNumberWords)
        XCTAssertFalse(shipped.ordinalWords.isEmpty || shipped.choiceNumberWords.isEmpty || shipped.relativeStepWords.isEmpty)
        XCTAssertFalse(shipped.stepNumberWords.isEmpty)
        XCTAssertTrue(yaml.contains("relative_step_words:\n    \"previous\": -1\n"), "numbers as numbers, in their order: \(yaml)")
        XCTAssertTrue(lexicon.synonyms.isEmpty, "the shipped KB's own synonyms are not copied")
        XCTAssertNil(try importer.languageYAML(from: Lexicon()), "nothing to copy, no file")
    }

    func testTextThatNeedsQuotingSurvives() throws {
        let awkward = [
            "yes", "no", "null", "~", "true", "off", "1.5", "0x1F", "2026-01-01", "a: b", "#x", "x #y", "- item",
            "[list]", "{map}", "*alias", "&anchor", "!tag", "%directive", "@at", "`tick", "'single'", "\"double\"",
            "back\\slash", "tab\there", "line\nbreak", "ends with colon:", "? key", "|", ">", "café – ünïcode 🙂",
        ]
        let offTopic = awkward.map { $0 + " (off topic)" }
        let rows = awkward.map { row($0, "awkward", title: "Yes: #1 - \"title\"", answer: "null") } + offTopic.map { row($0, nil) }
        let kb = try roundTrip(rows)
        XCTAssertEqual(kb.entries.count, 1)
        XCTAssertEqual(kb.entries[0].questions, awkward)
        XCTAssertEqual(kb.entries[0].title, "Yes: #1 - \"title\"")
        XCTAssertEqual(kb.entries[0].summary, "null")
        XCTAssertEqual(kb.outOfScope, offTopic)
    }

    func testPersonalDataNeverReachesTheKnowledgeBase() throws {
        let table: [(row: LabeledQuestion, question: String)] = [
            (row("my ssn is 123-45-6789 forgot pw", "reset"), "my ssn is [SSN] forgot pw"),
            (row("call me at (866) 255-0654", "reset", title: "Reset a password", answer: "Call 866-255-0654."),
             "call me at [PHONE]"),
            (row("my ssn is 234-56-7890 forgot pw", "reset"), "my ssn is [SSN] forgot pw"),  // same once redacted: kept once
            (row("DOB 01/02/1980 locked out", nil), "DOB [DOB] locked out"),
            (row("Form 8821 for 2025, code 123456", "forms"), "Form 8821 for 2025, code [CODE]"),
        ]
        let rows = table.map(\.row)
        let (entries, outOfScope, _) = parts(from: rows)
        XCTAssertEqual(entries.map(\.questions), [["my ssn is [SSN] forgot pw", "call me at [PHONE]"], ["Form 8821 for 2025, code [CODE]"]])
        XCTAssertEqual(entries[0].title, "Reset a password", "the first title given, from the second row")
        XCTAssertEqual(entries[0].summary, "Call 866-255-0654.", "an answer is the author's text: its numbers are kept")
        XCTAssertEqual(outOfScope, ["DOB [DOB] locked out"])
        let yaml = try importer.yaml(from: rows + [row("x", "Reset for jane@firm.com")])
        for secret in ["123-45-6789", "234-56-7890", "(866) 255-0654", "jane@firm.com", "01/02/1980"] {
            XCTAssertFalse(yaml.contains(secret), secret)
        }
        for row in table { XCTAssertTrue(yaml.contains(row.question), row.question) }
        XCTAssertTrue(yaml.contains("reset-for-email"), "the label becomes an id without the address")
        XCTAssertEqual(try roundTrip(rows).entries.map(\.questions), entries.map(\.questions))
    }

    func testFromCSVTextToALoadedKnowledgeBase() throws {
        let csv = "\u{FEFF}question,entry,title,answer\n"
            + "\"forgot my password, again\",reset_password,,\n"
            + "\"she said \"\"reset it\"\"\",reset_password,,\"Use the \"\"Forgot password\"\" link.\"\n"
            + "what's the weather,,,\n"
        let kb = try roundTrip(try LabeledCSV.parse(csv))
        XCTAssertEqual(kb.entries.map(\.id), ["reset-password"])
        XCTAssertEqual(kb.entries[0].questions, ["forgot my password, again", "she said \"reset it\""])
        XCTAssertEqual(kb.entries[0].summary, "Use the \"Forgot password\" link.")
        XCTAssertEqual(kb.outOfScope, ["what's the weather"])
    }
}
