import XCTest
@testable import HelpdeskCore
import TestSupport

/// A KB loaded with a cache comes back from its snapshot, equal in every part, until a file changes.
final class KnowledgeBaseSnapshotTests: XCTestCase {
    private let temporary = TemporaryPath("helpdesk-cache")
    private var cacheDirectory: String { temporary.path }

    private func snapshots() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cacheDirectory)) ?? []).filter { $0.hasPrefix("kb-") }
    }

    private func assertSame(_ a: KnowledgeBase, _ b: KnowledgeBase, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.entries, b.entries, file: file, line: line)
        XCTAssertEqual(a.outOfScope, b.outOfScope, file: file, line: line)
        XCTAssertEqual(a.lexicon, b.lexicon, file: file, line: line)
        XCTAssertEqual(a.fallback, b.fallback, file: file, line: line)
        XCTAssertEqual(a.settings, b.settings, file: file, line: line)
        XCTAssertEqual(a.origin, b.origin, file: file, line: line)
        XCTAssertEqual(a.sourceDigest, b.sourceDigest, file: file, line: line)
    }

    func testTheShippedKnowledgeBaseComesBackWhole() throws {
        let cache = ModelCache(directory: cacheDirectory)
        let (parsed, warnings) = try KnowledgeBaseLoader().load(directory: PackagePaths.shippedKnowledgeBase)
        let (first, _) = try KnowledgeBaseLoader().load(directory: PackagePaths.shippedKnowledgeBase, cache: cache)
        XCTAssertEqual(snapshots().count, 1)
        let (second, secondWarnings) = try KnowledgeBaseLoader().load(directory: PackagePaths.shippedKnowledgeBase, cache: cache)
        assertSame(parsed, first)
        assertSame(parsed, second)
        XCTAssertEqual(secondWarnings, warnings)
        XCTAssertNotNil(second.lexicon.dictionary, "the word list is opened again from its path")
        XCTAssertTrue(second.lexicon.dictionary?.contains("chance") ?? false)
        XCTAssertTrue(second.lexicon.givenNames?.contains("marcy") ?? false, "the given names are opened again from their path")
    }

    /// A cached start reads which acknowledgements the entries list from the snapshot; changing the entries forgets them.
    func testListedAcknowledgementsComeBackFromTheSnapshot() throws {
        let cache = ModelCache(directory: cacheDirectory)
        let yaml = "version: 1\nentries:\n" + entryYAML(id: "a", questions: ["\"Yes!\"", "is it done"])
        let lexicon = "version: 1\nlexicon:\n  acknowledgements: [ok, \"yes\", got it]\n"
        let folder = try TemporaryKnowledgeBase(files: ["kb.yaml": yaml, "lexicon.yaml": lexicon])
        let (parsed, _) = try KnowledgeBaseLoader().load(directory: folder.path, cache: cache)
        XCTAssertNil(parsed.listedAcknowledgements)
        var (cached, _) = try KnowledgeBaseLoader().load(directory: folder.path, cache: cache)
        XCTAssertEqual(cached.listedAcknowledgements, ["yes"])
        XCTAssertEqual(Acknowledgements.unlisted(lexiconOf: cached).phrases, ["ok", "got it"])
        XCTAssertEqual(Acknowledgements.unlisted(lexiconOf: parsed).phrases, ["ok", "got it"])
        cached.entries[0].questions = ["is it done"]
        XCTAssertNil(cached.listedAcknowledgements)
        XCTAssertEqual(Acknowledgements.unlisted(lexiconOf: cached).phrases, ["ok", "got it", "yes"])
    }

    func testAChangedFileIsParsedAgain() throws {
        let cache = ModelCache(directory: cacheDirectory)
        let yaml = "version: 1\nentries:\n" + entryYAML(id: "a", extra: "    related: [b]") + "\n" + entryYAML(id: "b", questions: ["other"])
        let folder = try TemporaryKnowledgeBase(files: ["kb.yaml": yaml])
        let (parsed, _) = try KnowledgeBaseLoader().load(directory: folder.path, cache: cache)
        let (cached, _) = try KnowledgeBaseLoader().load(directory: folder.path, cache: cache)
        assertSame(parsed, cached)
        try (yaml + "out_of_scope: [weather]\n").write(toFile: folder.path + "/kb.yaml", atomically: true, encoding: .utf8)
        let (changed, _) = try KnowledgeBaseLoader().load(directory: folder.path, cache: cache)
        XCTAssertEqual(changed.outOfScope, ["weather"])
        XCTAssertNotEqual(changed.sourceDigest, parsed.sourceDigest)
        XCTAssertEqual(snapshots().count, 2)
    }

    func testACopyElsewhereHasItsOwnSnapshot() throws {
        let cache = ModelCache(directory: cacheDirectory)
        let yaml = "version: 1\nentries:\n" + entryYAML(id: "a")
        let first = try TemporaryKnowledgeBase(files: ["kb.yaml": yaml])
        let copy = try TemporaryKnowledgeBase(files: ["kb.yaml": yaml])
        let (a, _) = try KnowledgeBaseLoader().load(directory: first.path, cache: cache)
        let (b, _) = try KnowledgeBaseLoader().load(directory: copy.path, cache: cache)
        XCTAssertEqual(snapshots().count, 2)
        XCTAssertEqual(a.sourceDigest, b.sourceDigest, "the same files train the same model")
        XCTAssertTrue(b.entries[0].location.file.hasPrefix(copy.path), b.entries[0].location.file)
        XCTAssertEqual(b.origin, copy.path)
    }

    func testAKnowledgeBaseWithErrorsIsNeverStored() throws {
        let cache = ModelCache(directory: cacheDirectory)
        let folder = try TemporaryKnowledgeBase(files: ["kb.yaml": "version: 1\nentries:\n  - id: a\n    title: T\n    colour: red\n"])
        for _ in 0..<2 {
            XCTAssertThrowsError(try KnowledgeBaseLoader().load(directory: folder.path, cache: cache))
        }
        XCTAssertTrue(snapshots().isEmpty)
    }

    func testACorruptSnapshotIsIgnored() throws {
        let cache = ModelCache(directory: cacheDirectory)
        let folder = try TemporaryKnowledgeBase(files: ["kb.yaml": "version: 1\nentries:\n" + entryYAML(id: "a")])
        let (parsed, _) = try KnowledgeBaseLoader().load(directory: folder.path, cache: cache)
        let name = try XCTUnwrap(snapshots().first)
        try "{not a snapshot".write(toFile: cacheDirectory + "/" + name, atomically: true, encoding: .utf8)
        let (again, _) = try KnowledgeBaseLoader().load(directory: folder.path, cache: cache)
        assertSame(parsed, again)
    }

    /// A snapshot of a KB that sets every field, to the field: a field left out of `SnapshotCodable` would come back
    /// with its default.
    private func everyField() -> KnowledgeBaseSnapshot {
        var entry = Entry(id: "a", title: "T", summary: "S", questions: ["q1", "q2 é"], source: "src",
                          lastReviewed: ReviewDate(year: 2026, month: 2, day: 28), location: SourceLocation(file: "f.yaml", line: 7, column: 3))
        entry.kind = .smalltalk
        entry.keywords = ["k"]
        entry.steps = ["s1", "s2"]
        entry.tips = ["t"]
        entry.contacts = [Contact(name: "N", phone: "866-255-0654", hours: "h", url: "u", when: "w"), Contact(name: "M")]
        entry.escalation = "e"
        entry.followUps = [FollowUp(questions: ["fq"], answer: "fa")]
        entry.related = ["b"]
        entry.answerThreshold = 0.25
        var lexicon = Lexicon()
        lexicon.synonyms = [["a", "b"], ["c"]]
        lexicon.spelling = ["teh": "the", "pasword": "password"]
        lexicon.stopWords = ["the", "a"]
        lexicon.protected = ["tds"]
        lexicon.dictionary = WordList(text: "apple\nzebra\n")
        lexicon.followUpPhrasings = [.steps: ["steps again"], .contacts: ["who do I call"]]
        lexicon.topicLeadIns = ["what about"]
        lexicon.topicFillers = ["thing"]
        lexicon.problemConnectors = ["and also"]
        lexicon.commaConnectors = ["also"]
        lexicon.closeCallConnectors = ["plus"]
        lexicon.abbreviations = ["e.g."]
        lexicon.listOpeners = ["second"]
        lexicon.offTopicWords = ["vpn"]
        lexicon.onTopicWords = ["irs"]
        lexicon.agentLabels = ["agent"]
        lexicon.subjectLabels = ["subject"]
        lexicon.pleasantries = ["thanks"]
        lexicon.backgroundMarkers = ["already"]
        lexicon.dataLabels = ["ssn"]
        lexicon.dataLabelVerbs = ["call"]
        lexicon.dataLinks = ["is"]
        lexicon.linkedDataLabels = ["my"]
        lexicon.notPasswordWords = ["manager"]
        lexicon.securityAnswerLabels = ["security answer"]
        lexicon.nameLabels = ["my name is"]
        lexicon.notNameWords = ["tin"]
        lexicon.nameFields = ["caller"]
        lexicon.selfIntroductions = ["this is ..."]
        lexicon.nameHeaderLabels = ["from"]
        lexicon.notNameCapitals = ["monday"]
        lexicon.givenNames = WordList(text: "marcy\n")
        lexicon.commonWordNames = ["will"]
        lexicon.possessedWords = ["account"]
        lexicon.nameTitles = ["mr"]
        lexicon.redactionWords = RedactionWords(lists: ["call_links": ["at", "on"], "call_persons": ["me"]])
        lexicon.replyHeaderLabels = ["from"]
        lexicon.additiveWords = ["also"]
        lexicon.additiveEndings = ["too"]
        lexicon.quoteIntroductions = ["wrote"]
        lexicon.subjectWords = ["another"]
        lexicon.replyAttributions = ["on ... wrote"]
        lexicon.forwardSeparators = ["forwarded message"]
        lexicon.acknowledgements = ["got it"]
        lexicon.pointingWords = ["it"]
        lexicon.noneReplies = ["no"]
        lexicon.listOnlyNoneReplies = ["none"]
        lexicon.choiceFillers = ["option"]
        lexicon.ordinalWords = ["second": 2]
        lexicon.choiceNumberWords = ["two": 2]
        lexicon.relativeStepWords = ["previous": -1]
        lexicon.stepNumberWords = ["two": 2]
        lexicon.exitWords = ["quit"]
        lexicon.otherTopicReplies = ["the other one"]
        lexicon.backgroundQuestionWords = ["do"]
        lexicon.backgroundNegations = ["never"]
        lexicon.backgroundContrasts = ["but"]
        lexicon.signOffs = ["thanks"]
        lexicon.replySeparators = ["original message"]
        lexicon.signatureWords = ["manager"]
        lexicon.spokenPunctuation = [",": ["comma"], "?": ["question mark"]]
        lexicon.notPunctuationAfter = ["the"]
        lexicon.functionWords = ["what"]
        var fallback = FallbackAnswer(title: "F", summary: "FS")
        fallback.steps = ["fs"]
        fallback.contacts = [Contact(name: "C", url: "https://www.irs.gov")]
        fallback.escalation = "fe"
        var settings = MatcherSettings()
        settings.answerThreshold = 0.55
        settings.clarifyMargin = 0.125
        settings.candidateCount = 5
        settings.alsoClose = 1
        let kb = KnowledgeBase(entries: [entry], outOfScope: ["weather"], lexicon: lexicon, fallback: fallback, settings: settings, origin: "o")
        var snapshot = KnowledgeBaseSnapshot(kb, warnings: [Diagnostic(.warning, "old", at: SourceLocation(file: "f.yaml", line: 2), entry: "a")])
        snapshot.listedAcknowledgements = ["yes", "got it"]
        return snapshot
    }

    func testEveryFieldComesBack() throws {
        let stored = everyField()
        let back = try KnowledgeBaseSnapshot(data: stored.data)
        XCTAssertEqual(back.entries, stored.entries)
        XCTAssertEqual(back.outOfScope, stored.outOfScope)
        XCTAssertEqual(back.lexicon, stored.lexicon)
        XCTAssertEqual(back.fallback, stored.fallback)
        XCTAssertEqual(back.settings, stored.settings)
        XCTAssertEqual(back.warnings, stored.warnings)
        XCTAssertEqual(back.listedAcknowledgements, stored.listedAcknowledgements)
        XCTAssertEqual(back.data, stored.data, "the same snapshot makes the same bytes")
    }

    func testACutOrLengthenedSnapshotIsRefused() throws {
        let bytes = everyField().data
        for end in 0..<bytes.count {
            XCTAssertThrowsError(try KnowledgeBaseSnapshot(data: bytes.prefix(end)), "cut at \(end)")
        }
        XCTAssertThrowsError(try KnowledgeBaseSnapshot(data: bytes + [0]))
        XCTAssertThrowsError(try KnowledgeBaseSnapshot(data: Data(repeating: 0xFF, count: 64)))
    }

    /// Matcher settings that no `matcher:` block may give are refused, as damaged bytes are: a snapshot read back
    /// with a candidate count of 2^40 had batch's CSV output build a header of that many columns.
    func testASnapshotWithSettingsOutOfRangeIsRefused() throws {
        XCTAssertNoThrow(try KnowledgeBaseSnapshot(data: everyField().data))
        let cases: [(name: String, change: (inout MatcherSettings) -> Void)] = [
            ("no candidates", { $0.candidateCount = 0 }),
            ("more candidates than are ranked", { $0.candidateCount = Ranking.depth + 1 }),
            ("2^40 candidates", { $0.candidateCount = 1 << 40 }),
            ("a negative threshold", { $0.answerThreshold = -0.5 }),
            ("a threshold above 1", { $0.answerThreshold = 1.5 }),
            ("a margin that is not a number", { $0.clarifyMargin = .nan }),
            ("an infinite also_close", { $0.alsoClose = .infinity }),
        ]
        for (name, change) in cases {
            var snapshot = everyField()
            change(&snapshot.settings)
            XCTAssertThrowsError(try KnowledgeBaseSnapshot(data: snapshot.data), name)
        }
    }

    /// Word numbers that no lexicon file may give (`NodeReader.WordNumberRule`) are refused, as damaged bytes are:
    /// an offset of 2^62 from the step shown last overflowed.
    func testASnapshotWithWordNumbersOutOfRangeIsRefused() throws {
        let cases: [(name: String, change: (inout Lexicon) -> Void)] = [
            ("an ordinal of 0", { $0.ordinalWords = ["zeroth": 0] }),
            ("a negative choice number", { $0.choiceNumberWords = ["minus": -1] }),
            ("an offset of 0", { $0.relativeStepWords = ["same": 0] }),
            ("an offset of 2^62", { $0.relativeStepWords = ["far": 1 << 62] }),
            ("a step number of 0", { $0.stepNumberWords = ["zero": 0] }),
        ]
        for (name, change) in cases {
            var snapshot = everyField()
            change(&snapshot.lexicon)
            XCTAssertThrowsError(try KnowledgeBaseSnapshot(data: snapshot.data), name)
        }
    }

    /// A tripwire: a field added to one of these types must also be stored in its snapshot (`SnapshotCodable`), and
    /// set in `everyField` above; then update the count here.
    func testEveryStoredTypeHasTheFieldsItsSnapshotKnows() {
        let snapshot = everyField()
        let cases: [(name: String, value: Any, fields: Int)] = [
            ("Entry", snapshot.entries[0], 16),
            // Contact.refusedKeys is not stored: it is empty in a knowledge base that loaded, the only kind stored.
            ("Contact", snapshot.entries[0].contacts[0], 6),
            ("FollowUp", snapshot.entries[0].followUps[0], 2),
            ("Lexicon", snapshot.lexicon, 59),
            ("FallbackAnswer", snapshot.fallback, 5),
            ("MatcherSettings", snapshot.settings, 4),
            ("Diagnostic", snapshot.warnings[0], 4),
            ("KnowledgeBaseSnapshot", snapshot, 7),
        ]
        for (name, value, fields) in cases {
            XCTAssertEqual(Mirror(reflecting: value).children.count, fields, name)
        }
    }
}

