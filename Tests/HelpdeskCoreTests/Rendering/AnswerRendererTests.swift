import XCTest
@testable import HelpdeskCore

final class AnswerRendererTests: XCTestCase {
    private static let entry: Entry = {
        var entry = Entry(id: "mfa-recovery", title: "Can't get your MFA code", summary: "Use ID.me's MFA recovery process.",
                          questions: ["new phone no code"], source: "Test source, section 4",
                          lastReviewed: ReviewDate(year: 2026, month: 11, day: 27))
        entry.steps = ["Open the ID.me sign-in page.", "Select \"MFA recovery process\".", "Add the new MFA method."]
        entry.tips = ["Have the new phone ready."]
        entry.contacts = [
            Contact(name: "IRS e-help desk", phone: "866-255-0654", hours: "posted hours", when: "e-Services problems once signed in."),
            Contact(name: "ID.me sign-in page", url: "api.id.me/en/session/new"),
            Contact(name: "ID.me", when: "MFA recovery fails."),
        ]
        entry.escalation = "Contact ID.me's help/support."
        entry.related = ["reset-idme-password", "contact-idme"]
        return entry
    }()

    func testPlainLayout() {
        let expected = """
            Can't get your MFA code
            Use ID.me's MFA recovery process.

            Steps
              1. Open the ID.me sign-in page.
              2. Select "MFA recovery process".
              3. Add the new MFA method.

            Good to know
              - Have the new phone ready.

            Contacts
              - IRS e-help desk: 866-255-0654, hours: posted hours
                When: e-Services problems once signed in.
              - ID.me sign-in page: api.id.me/en/session/new
              - ID.me
                When: MFA recovery fails.

            If this doesn't work
              Contact ID.me's help/support.

            Related: reset-idme-password, contact-idme
            Last reviewed 2026-11-27. Source: Test source, section 4
            """
        XCTAssertEqual(AnswerRenderer().render(Self.entry), expected)
    }

    func testOptionalBlocksAreLeftOut() {
        let bare = Entry(id: "bare", title: "Bare", summary: "Only a summary.", questions: ["q"], source: "S",
                         lastReviewed: ReviewDate(year: 2026, month: 1, day: 2))
        XCTAssertEqual(AnswerRenderer().render(bare), "Bare\nOnly a summary.\n\nLast reviewed 2026-01-02. Source: S")
    }

    func testTenOrMoreStepsKeepTheirIndent() throws {
        var entry = Self.entry
        entry.steps = (1...10).map { "Step number \($0) has several words so that it wraps onto a second line." }
        let text = AnswerRenderer(width: 40).render(entry)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Number prefix, and the indent of the line after it: the text of a step lines up after its number.
        let table: [(prefix: String, indent: Int)] = [("  1. ", 5), ("  9. ", 5), ("  10. ", 6)]
        for row in table {
            let found: Int? = lines.firstIndex(where: { (line: String) -> Bool in line.hasPrefix(row.prefix) })
            let k = try XCTUnwrap(found, row.prefix)
            let next: String = lines[k + 1]
            let expectedIndent = String(repeating: " ", count: row.indent)
            XCTAssertTrue(next.hasPrefix(expectedIndent) && !next.hasPrefix(expectedIndent + " "), "\(row.prefix): '\(next)'")
        }
    }

    func testWrapsAtTheWidth() {
        var entry = Self.entry
        entry.summary = String(repeating: "The summary is long enough to wrap several times. ", count: 4)
        entry.steps = ["A step that is long enough to need wrapping at a narrow width, twice or more."]
        for width in [30, 40, 60, 100] {
            let text = AnswerRenderer(width: width).render(entry)
            for line in text.split(separator: "\n") {
                XCTAssertLessThanOrEqual(line.count, width, "width \(width): '\(line)'")
            }
            // Wrapping only moves words between lines.
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
            let unwrapped = AnswerRenderer().render(entry).split(whereSeparator: { $0 == " " || $0 == "\n" })
            XCTAssertEqual(words, unwrapped, "width \(width)")
        }
        let narrow = AnswerRenderer(width: 30).render(entry).split(separator: "\n")
        XCTAssertTrue(narrow.contains("  1. A step that is long"), "\(narrow)")
        XCTAssertTrue(narrow.contains("     enough to need wrapping"), "continuation indented under the text: \(narrow)")
        XCTAssertTrue(narrow.contains("    When: e-Services problems"), "a contact's When line: \(narrow)")
    }

    func testAWordLongerThanTheWidthStaysWhole() {
        let wrapper = TextWrapper(width: 20)
        XCTAssertEqual(wrapper.wrap("see api.id.me/en/session/new/very/long now"), "see\napi.id.me/en/session/new/very/long\nnow")
    }

    func testWrapperTable() {
        let table: [(width: Int?, text: String, prefix: String, indent: String, expected: String)] = [
            (nil, "no wrapping without a width at all", "", "", "no wrapping without a width at all"),
            (20, "one two three four five six", "", "", "one two three four\nfive six"),
            (20, "one two three four five six", "  - ", "    ", "  - one two three\n    four five six"),
            (12, "one two three", "  - ", "    ", "  - one two three"),  // too narrow for the prefix: not wrapped
            (20, "  extra   spaces  between ", "", "", "extra spaces between"),
            (20, "", "> ", "", "> "),
        ]
        for row in table {
            XCTAssertEqual(TextWrapper(width: row.width).wrap(row.text, prefix: row.prefix, indent: row.indent), row.expected, row.text)
        }
    }

    func testPlainStyleHasNoEscapeCodes() {
        let renderer = AnswerRenderer(width: 50, style: .plain)
        let outputs = [
            renderer.render(Self.entry),
            renderer.render(FallbackAnswer.builtIn, closest: [Candidate(entryIndex: 0, id: "a", title: "A", confidence: 0.3)]),
            renderer.renderClarify([Candidate(entryIndex: 0, id: "a", title: "A", confidence: 0.8)]),
        ]
        for text in outputs { XCTAssertFalse(text.contains("\u{1B}"), text) }
    }

    func testColourStyleMarksTitleAndHeadings() {
        let text = AnswerRenderer(style: TextStyle(color: true)).render(Self.entry)
        XCTAssertTrue(text.hasPrefix("\u{1B}[1;36mCan't get your MFA code\u{1B}[0m\n"), text)
        XCTAssertTrue(text.contains("\u{1B}[1mSteps\u{1B}[0m"))
        XCTAssertTrue(text.contains("\u{1B}[1mContacts\u{1B}[0m"))
        XCTAssertTrue(text.contains("\u{1B}[2mRelated: "))
    }

    /// A matched answer with a close runner-up names it last, with the command that opens it.
    func testAnAnswerNamesTheTopicAlsoClose() {
        let close = Candidate(entryIndex: 1, id: "contact-idme", title: "Contacting ID.me", confidence: 0.4)
        let kb = KnowledgeBase(entries: [Self.entry], outOfScope: [], lexicon: Lexicon())
        let plain = AnswerRenderer().render(Self.entry)
        XCTAssertEqual(AnswerRenderer().render(.entry(Self.entry), in: kb), plain)
        XCTAssertEqual(AnswerRenderer().render(.entry(Self.entry, alsoClose: close), in: kb, showCommand: ":show"),
                       plain + "\n\nNot this one? Also close: Contacting ID.me (:show contact-idme)")
    }

    func testFallbackLayout() {
        var fallback = FallbackAnswer(title: "I don't have an answer for that", summary: "That isn't covered here.")
        fallback.steps = ["Rephrase with key words."]
        fallback.contacts = [Contact(name: "IRS e-help desk", phone: "866-255-0654")]
        fallback.escalation = "Ask your IT team."
        let closest = [
            Candidate(entryIndex: 0, id: "mfa-recovery", title: "Can't get your MFA code", confidence: 0.3),
            Candidate(entryIndex: 1, id: "contact-idme", title: "Contacting ID.me", confidence: 0.2),
        ]
        let expected = """
            I don't have an answer for that
            That isn't covered here.

            What to try
              - Rephrase with key words.

            Closest topics
              - Can't get your MFA code (helpdesk show mfa-recovery)
              - Contacting ID.me (helpdesk show contact-idme)

            Contacts
              - IRS e-help desk: 866-255-0654

            Who to contact
              Ask your IT team.
            """
        XCTAssertEqual(AnswerRenderer().render(fallback, closest: closest), expected)
        XCTAssertEqual(AnswerRenderer().render(.builtIn, closest: []), "No answer found\n" + FallbackAnswer.builtIn.summary)
        // The interactive session's fallback is the same, with its own command to open a topic (it had its own copy
        // of this layout).
        let session = AnswerRenderer().fallback(fallback, closest: closest, showCommand: ":show")
        XCTAssertEqual(session, expected.replacing("(helpdesk show ", with: "(:show "))
    }

    func testClarifyLayout() {
        let options = [
            Candidate(entryIndex: 0, id: "export-csv", title: "Export as CSV", confidence: 0.8),
            Candidate(entryIndex: 1, id: "export-pdf", title: "Export as PDF", confidence: 0.79),
        ]
        XCTAssertEqual(AnswerRenderer().renderClarify(options), """
            Which of these do you mean?
              1. Export as CSV (export-csv)
              2. Export as PDF (export-pdf)
            Ask again with more detail, or open one with: helpdesk show <id>
            """)
    }

    func testRenderingAMatchResult() {
        let kb = KnowledgeBase(entries: [Self.entry], fallback: .builtIn)
        let candidate = Candidate(entryIndex: 0, id: "mfa-recovery", title: Self.entry.title, confidence: 0.9)
        func result(_ decision: Decision, confidence: Double = 0.9) -> MatchResult {
            var c = candidate
            c.confidence = confidence
            return MatchResult(question: "q", analysis: Analysis("q"), ranking: Ranking(candidates: [c]), decision: decision, settings: MatcherSettings())
        }
        let renderer = AnswerRenderer()
        XCTAssertEqual(renderer.render(result(.answer(candidate)), in: kb), renderer.render(Self.entry))
        XCTAssertEqual(renderer.render(result(.clarify([candidate])), in: kb), renderer.renderClarify([candidate]))
        XCTAssertEqual(renderer.render(result(.fallback(.empty), confidence: 0.3), in: kb), renderer.render(kb.fallback, closest: [result(.fallback(.empty), confidence: 0.3).ranking.candidates[0]]))
        XCTAssertEqual(renderer.render(result(.fallback(.empty), confidence: 0), in: kb), renderer.render(kb.fallback, closest: []),
                       "candidates with no confidence are not offered")
    }
}

extension AnswerRendererTests {
    /// Every reply fits a narrow terminal, its title too ("Can't get your MFA code (new phone, number or app)" ran
    /// past 40 columns as the answer's title and as a follow-up's heading), and wrapping only moves words.
    func testEveryReplyFitsTheWidthTitleIncluded() {
        var entry = Self.entry
        entry.title = "Can't get your MFA code (new phone, number or app) after a new phone"
        var fallback = FallbackAnswer.builtIn
        fallback.title = "I don't have an answer for that, but here is what I can help with"
        let kb = KnowledgeBase(entries: [entry], fallback: fallback)
        let replies: [(name: String, reply: Reply)] = [
            ("entry", .entry(entry)),
            ("follow-up", .followUp(entry: entry, text: "Step 2 of 3: Select \"MFA recovery process\".")),
            ("resumed follow-up", .followUp(entry: entry, text: "Step 2 of 3: Select \"MFA recovery process\".", resumed: true)),
            ("fallback", .fallback([])),
            ("problems", .problems([ProblemAnswer(excerpt: "lost my phone", entry: entry, confidence: 0.9)])),
        ]
        for width in [30, 40, 60] {
            for (name, reply) in replies {
                let text = AnswerRenderer(width: width).render(reply, in: kb, showCommand: ":show")
                for line in text.split(separator: "\n") {
                    XCTAssertLessThanOrEqual(line.count, width, "\(name), width \(width): '\(line)'")
                }
                let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
                let unwrapped = AnswerRenderer().render(reply, in: kb, showCommand: ":show").split(whereSeparator: { $0 == " " || $0 == "\n" })
                XCTAssertEqual(words, unwrapped, "\(name), width \(width)")
            }
        }
    }

    /// An answer to a question in text for a person: a topic keeps its footer, small talk ("thanks") leaves it out
    /// ("Related: goodbye" and "Source: helpdesk original content" under "You're welcome"); `render` (show, JSON,
    /// CSV) keeps it for both.
    func testSmallTalkAnswersLeaveOutTheFooter() {
        var thanks = Entry(id: "thanks", title: "You're welcome", summary: "You're welcome. Just ask.", questions: ["thanks"],
                           source: "original content", lastReviewed: ReviewDate(year: 2026, month: 11, day: 27))
        thanks.kind = .smalltalk
        thanks.related = ["goodbye"]
        let renderer = AnswerRenderer()
        let footer = "Related: goodbye\nLast reviewed 2026-11-27. Source: original content"
        let cases: [(name: String, text: String, expected: String)] = [
            // Without its title too: "You're welcome" above "You're welcome. Just ask." said it twice.
            ("small talk answered", renderer.answer(thanks), "You're welcome. Just ask."),
            ("small talk as a reply", renderer.render(Reply.entry(thanks, alsoClose: nil), in: KnowledgeBase(entries: [thanks])),
             "You're welcome. Just ask."),
            ("small talk in full", renderer.render(thanks), "You're welcome\nYou're welcome. Just ask.\n\n" + footer),
            ("a topic answered", renderer.answer(Self.entry), renderer.render(Self.entry)),
        ]
        for c in cases { XCTAssertEqual(c.text, c.expected, c.name) }
        XCTAssertTrue(renderer.answer(Self.entry).hasSuffix("Last reviewed 2026-11-27. Source: Test source, section 4"))
    }
}
