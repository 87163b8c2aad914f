import XCTest
@testable import HelpdeskCore

/// Follow-ups are read against the entry in context, and answered only from what the knowledge base says.
final class FollowUpResolverTests: XCTestCase {
    /// Context entry, line, expected kind (`authored`, `step N`, or an intent name) and a phrase the answer must contain.
    static let cases: [(entry: String, line: String, kind: String, contains: String)] = [
        ("mfa-recovery", "how long do I have to finish it?", "authored", "30 minutes"),
        ("mfa-recovery", "who do I contact if that fails?", "escalation", "contact ID.me's help/support"),
        ("mfa-recovery", "what's the number?", "contacts", "This knowledge base gives no phone number for ID.me."),
        ("mfa-recovery", "step 2 again", "step 2", "Step 2 of 5"),
        ("mfa-recovery", "what were the steps", "steps", "  5. Once your ID.me sign-in works again"),
        ("mfa-recovery", "more", "more", ""),
        ("e-help-desk", "phone number", "contacts", "IRS e-help desk: 866-255-0654"),
        ("who-to-contact", "what's the number?", "contacts", "only IRS e-help desk has a phone number in this knowledge base."),
        ("back-to-irs-tools", "what's the number?", "contacts", "Of these contacts, only IRS e-help desk has a phone number"),
        ("contact-irs", "who do I call?", "contacts", "IRS e-help desk: 866-255-0654"),
        ("idme-required", "step 1", "step 1", "This topic has no numbered steps."),
        ("mfa-recovery", "step 0", "step 0", "There is no step 0; this answer has steps 1-5."),
        ("mfa-recovery", "step -1", "step -1", "There is no step -1; this answer has steps 1-5."),
        ("idme-sign-in-page", "step 4", "step 4", "There is no step 4; this answer has steps 1-3."),
        ("what-is-idme", "what's the number?", "contacts", "names no contact of its own"),
        ("greeting", "who do I contact if that fails?", "escalation", "names no one to contact; in general"),
        ("mfa-recovery", "then what?", "next", "There is no next step: step 5 of 5 is the last one in this answer."),
        ("mfa-recovery", "and after that?", "next", "There is no next step"),
        ("idme-required", "what now?", "next", "This topic has no numbered steps, so there is no next step."),
    ]

    func testResolvesFollowUps() throws {
        let matcher = try ShippedMatcher.get()
        let resolver = FollowUpResolver(matcher: matcher)
        for (id, line, kind, contains) in Self.cases {
            let entry = try XCTUnwrap(matcher.knowledgeBase.entry(id: id))
            let match = try XCTUnwrap(resolver.resolve(line, in: [entry]), "\(id) / \(line)")
            let actual: String
            switch match.kind {
            case .authored: actual = "authored"
            case .step(let n): actual = "step \(n)"
            case .intent(let intent, _): actual = intent.rawValue
            }
            XCTAssertEqual(actual, kind, "\(id) / \(line)")
            XCTAssertTrue(contains.isEmpty || match.answer.contains(contains), "\(id) / \(line): \(match.answer)")
            XCTAssertGreaterThanOrEqual(match.score, 0.5, "\(id) / \(line)")
        }
    }

    /// "Then what?" counts on from the step shown last, as "next step" does; past the last step, both say no step follows,
    /// and "previous step" after step 1 says none comes before. A step number too long to read is no such step.
    func testWhatComesNextCountsFromTheStepShownLast() throws {
        let matcher = try ShippedMatcher.get()
        let entry = try XCTUnwrap(matcher.knowledgeBase.entry(id: "mfa-recovery"))
        let resolver = FollowUpResolver(matcher: matcher)
        let table: [(line: String, last: Int?, answer: String)] = [
            ("then what?", 2, "Step 3 of 5: "), ("and after that?", 4, "Step 5 of 5: "), ("what next?", 1, "Step 2 of 5: "),
            ("then what?", 5, "There is no next step"), ("then what?", nil, "There is no next step"),
            ("next step", 2, "Step 3 of 5: "), ("next step", 5, "There is no next step"),
            ("previous step", 3, "Step 2 of 5: "), ("previous step", 1, "There is no previous step: step 1 of 5 is the first"),
            ("step 9999999", nil, "There is no such step; this answer has steps 1-5."),
            ("step 99999999999999999999", 2, "There is no such step;"), ("step -9999999", nil, "There is no such step;"),
        ]
        for (line, last, answer) in table {
            let match = try XCTUnwrap(resolver.resolve(line, in: [entry], lastStep: last), line)
            XCTAssertTrue(match.answer.hasPrefix(answer), "\(line) after \(String(describing: last)): \(match.answer)")
        }
    }

    /// "What comes next" is read only from a line that says nothing else.
    func testALineThatNamesMoreIsNotAskingWhatComesNext() throws {
        let matcher = try ShippedMatcher.get()
        let resolver = FollowUpResolver(matcher: matcher)
        for (id, line) in [("verify-identity", "what happens after I verify my identity"), ("mfa-recovery", "after I add the new phone what do I do"),
                           ("reset-idme-password", "what do I do after I reset my password"), ("mfa-recovery", "fixed id.me, now what")] {
            let entry = try XCTUnwrap(matcher.knowledgeBase.entry(id: id))
            if case .intent(.next, _)? = resolver.resolve(line, in: [entry])?.kind { XCTFail("\(id) / \(line) read as what comes next") }
        }
    }

    /// A step number the entry does not have gets one line naming the steps it has.
    func testSaysPlainlyThatAStepDoesNotExist() {
        XCTAssertEqual(FollowUpResolver.noSuchStep(0, of: 4), "There is no step 0; this answer has steps 1-4.")
        XCTAssertEqual(FollowUpResolver.noSuchStep(3, of: 1), "There is no step 3; this answer has only step 1.")
        XCTAssertEqual(FollowUpResolver.noSuchStep(StepReference.outOfRange, of: 4), "There is no such step; this answer has steps 1-4.")
    }

    /// Every phone number in a contacts answer is one the knowledge base itself gives.
    func testContactsAnswersInventNoNumbers() throws {
        let matcher = try ShippedMatcher.get()
        let kb = matcher.knowledgeBase
        let known = Set((kb.entries.flatMap(\.contacts) + kb.fallback.contacts).compactMap(\.phone))
        let resolver = FollowUpResolver(matcher: matcher)
        for entry in kb.entries {
            let answer = resolver.contactsAnswer(entry)
            for finding in Redactor().findings(in: answer) where finding.kind == .phone {
                XCTAssertTrue(known.contains(String(answer[finding.range])), "\(entry.id): \(answer)")
            }
            if !(entry.contacts + (entry.contacts.isEmpty ? kb.fallback.contacts : [])).contains(where: { $0.phone != nil }) {
                XCTAssertTrue(answer.contains("no phone number"), "\(entry.id) must say it has no number: \(answer)")
            } else {
                XCTAssertFalse(answer.contains("no phone number"), "\(entry.id) lists a number, so never says there is none: \(answer)")
            }
        }
    }

    /// The generic intents are read in the knowledge base's phrasings: the shipped lexicon gives every intent some, a
    /// knowledge base without any gets no generic follow-ups, and one with its own gets those.
    func testIntentPhrasingsAreKnowledgeBaseData() throws {
        let matcher = try ShippedMatcher.get()
        let kb = matcher.knowledgeBase
        XCTAssertEqual(Set(kb.lexicon.followUpPhrasings.keys), Set(FollowUpIntent.allCases))
        let entry = try XCTUnwrap(kb.entry(id: "e-help-desk"))
        let none = FollowUpResolver(pipeline: matcher.pipeline, fallback: kb.fallback, phrasings: [:], functionWords: kb.lexicon.functionWords)
        XCTAssertNil(none.resolve("phone number", in: [entry]))
        let own = FollowUpResolver(pipeline: matcher.pipeline, fallback: kb.fallback, phrasings: [.contacts: ["ring them up"]],
                                   functionWords: kb.lexicon.functionWords)
        let match = try XCTUnwrap(own.resolve("can I ring them up?", in: [entry]))
        XCTAssertEqual(match.kind, .intent(.contacts, example: "ring them up"))
        XCTAssertTrue(match.answer.contains("866-255-0654"), match.answer)
        XCTAssertNil(own.resolve("phone number", in: [entry]), "only the KB's own phrasings")
    }

    func testNothingInCommonIsNoFollowUp() throws {
        let matcher = try ShippedMatcher.get()
        let entry = try XCTUnwrap(matcher.knowledgeBase.entry(id: "mfa-recovery"))
        XCTAssertNil(FollowUpResolver(matcher: matcher).resolve("", in: [entry]))
        XCTAssertNil(FollowUpResolver(matcher: matcher).resolve("anything", in: []))
        XCTAssertNil(FollowUpResolver(matcher: matcher).resolve("what's the weather like", in: [entry]), "only a question word in common")
    }
}

extension FollowUpResolverTests {
    /// The shipped lexicon's `function_words` are the words that were a Swift literal in `FollowUpResolver`.
    func testTheShippedFunctionWordsAreTheOnesThatWereBuiltIn() throws {
        XCTAssertEqual(FollowUpResolver(matcher: try ShippedMatcher.get()).functionWords, [
            "what", "how", "who", "whom", "whose", "when", "where", "why", "which", "do", "doe", "does", "did", "can",
            "could", "should", "would", "will", "shall", "may", "might", "must", "have", "has", "had", "i", "you", "we",
            "they", "he", "she", "if", "s", "there", "not", "no", "about", "in", "on", "at", "up", "out",
        ])
    }

    /// The same lines after MFA recovery, read with the shipped function words, with other ones, and with none (a KB
    /// whose lexicon lacks `function_words`): without them only a phrasing word for word is a follow-up, so a line
    /// that shares just "what" never is. The expected kind, or nil for no follow-up.
    func testOtherFunctionWordsReadFollowUpsDifferently() throws {
        let matcher = try ShippedMatcher.get()
        let kb = matcher.knowledgeBase
        let entry = try XCTUnwrap(kb.entry(id: "mfa-recovery"))
        func resolver(_ words: [String]) -> FollowUpResolver {
            FollowUpResolver(pipeline: matcher.pipeline, fallback: kb.fallback, phrasings: kb.lexicon.followUpPhrasings,
                             steps: StepReference(lexicon: kb.lexicon), functionWords: words)
        }
        let shipped = FollowUpResolver(matcher: matcher), custom = resolver(["weather"]), none = resolver([])
        let cases: [(line: String, shipped: String?, custom: String?, none: String?)] = [
            ("what's the weather like", nil, "steps", nil),
            ("what are the steps", "steps", "steps", "steps"),
            ("what's the number?", "contacts", "contacts", "contacts"),
            ("how long do I have to finish it?", "authored", "authored", "authored"),
            ("how long do I have to finish the recovery?", "authored", "authored", nil),
            ("step 2 again", "step 2", "step 2", "step 2"),
        ]
        func kind(_ resolver: FollowUpResolver, _ line: String) -> String? {
            switch resolver.resolve(line, in: [entry])?.kind {
            case nil: return nil
            case .authored?: return "authored"
            case .step(let n)?: return "step \(n)"
            case .intent(let intent, _)?: return intent.rawValue
            }
        }
        for c in cases {
            XCTAssertEqual(kind(shipped, c.line), c.shipped, "shipped: \(c.line)")
            XCTAssertEqual(kind(custom, c.line), c.custom, "custom: \(c.line)")
            XCTAssertEqual(kind(none, c.line), c.none, "none: \(c.line)")
        }
    }
}
