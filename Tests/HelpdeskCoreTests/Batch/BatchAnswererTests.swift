import Foundation
import XCTest
@testable import HelpdeskCore

/// Batch answers each line on its own; a line that only acknowledges gets `helpdesk ask ok`'s one line, not an entry.
final class BatchAnswererTests: XCTestCase {
    private func record(_ line: String, _ answerer: BatchAnswerer) -> BatchRecord {
        answerer.record(for: BatchQuestion(line: 7, content: .success(line)))
    }

    /// Each line, and what it gets: "ack" for an acknowledgement, else the entry it answers or its status. "fair
    /// enough", "got you", "let me try" and "right" answered entries before (an ID.me upgrade, what I can help with,
    /// a locked account, getting back into IRS tools), and "ok" fell back.
    static let cases: [(line: String, expected: String)] = [
        ("ok", "ack"), ("OK!", "ack"), ("  okay  ", "ack"), ("O.K.", "ack"), ("Ｏｋ", "ack"), ("got it", "ack"),
        ("fair enough", "ack"), ("got you", "ack"), ("let me try", "ack"), ("right", "ack"), ("alright", "ack"),
        ("yes", "ack"), ("no", "ack"), ("all good", "ack"), ("roger that", "ack"),
        // More words, or small talk: matched as before.
        ("ok thanks", "thanks"), ("ok bye", "goodbye"), ("no code", "mfa-recovery"), ("lost my phone", "mfa-recovery"),
        ("ok so how do I create an id.me account", "create-idme-account"), ("recipe for banana bread", "fallback"),
    ]

    func testALineThatOnlyAcknowledgesIsNotMatched() throws {
        let answerer = BatchAnswerer(matcher: try ShippedMatcher.get())
        for c in Self.cases {
            let record = record(c.line, answerer)
            let got = record.kind == .acknowledgement ? "ack" : record.entry ?? record.status.rawValue
            XCTAssertEqual(got, c.expected, c.line)
            guard record.kind == .acknowledgement else { continue }
            XCTAssertEqual(record.status, .fallback, c.line)
            XCTAssertEqual(record.line, 7)
            XCTAssertEqual(record.question, c.line, "echoed as given")
            XCTAssertNil(record.entry)
            XCTAssertNil(record.title)
            XCTAssertEqual(record.confidence, 0)
            XCTAssertEqual(record.candidates, [])
            XCTAssertEqual(record.answer, "OK. Ask a question whenever you're ready.")
            XCTAssertNil(record.explanation, "no --explain")
        }
    }

    /// The same rule as `helpdesk ask`: a KB entry that lists the line among its questions answers it.
    func testAnEntryThatListsTheLineAnswersIt() throws {
        let shipped = try ShippedMatcher.get()
        let withYes = try ShippedMatcher.withYesIntent(shipped)
        let answerer = BatchAnswerer(matcher: withYes)
        XCTAssertEqual(record("Yes!", answerer).entry, "yes")
        XCTAssertEqual(record("ok", answerer).kind, .acknowledgement)
        // A KB without acknowledgements matches every line.
        var kb = withYes.knowledgeBase
        kb.lexicon.acknowledgements = []
        let none = BatchAnswerer(matcher: Matcher(knowledgeBase: kb, settings: shipped.settings, cache: nil))
        XCTAssertNil(record("ok", none).kind)
    }

    /// Pass-through fields stay, and `--explain` says why nothing was matched, as `:why` does.
    func testPassThroughAndExplanation() throws {
        let answerer = BatchAnswerer(matcher: try ShippedMatcher.get(), explain: true)
        let question = BatchQuestion(line: 3, content: .success("Got it!"),
                                     passThrough: [PassThroughField(name: "ssn", value: .text("123-45-6789"))])
        let record = answerer.record(for: question)
        XCTAssertEqual(record.kind, .acknowledgement)
        XCTAssertEqual(record.passThrough.map(\.text), ["[SSN]"])
        XCTAssertEqual(record.explanation, "Line:       'Got it!' only acknowledges (one of the lexicon's acknowledgements, as the whole line).\n"
                       + "            No entry was matched; no topic is in focus.")
    }

    /// A question that is one of the interactive session's commands is a bad line, as unreadable bytes are: an error
    /// record in its place, its pass-through kept, the line shown redacted and cut. Other lines that open with a colon
    /// (an emoticon, an unknown `:word`) are questions, as in the session.
    func testAnInteractiveCommandIsABadLine() throws {
        let answerer = BatchAnswerer(matcher: try ShippedMatcher.get())
        let cases: [(line: String, error: String?)] = [
            (":quit", "':quit' is an interactive command; batch answers questions only"),
            ("  :Q  ", "':Q' is an interactive command; batch answers questions only"),
            (":why", "':why' is an interactive command; batch answers questions only"),
            (":help", "':help' is an interactive command; batch answers questions only"),
            (":?", "':?' is an interactive command; batch answers questions only"),
            (":show mfa-recovery", "':show mfa-recovery' is an interactive command; batch answers questions only"),
            (":show 123-45-6789", "':show [SSN]' is an interactive command; batch answers questions only"),
            (":show " + String(repeating: "x", count: 60), "':show xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' is an interactive command; batch answers questions only"),
            (":D thanks", nil), (":( still locked out of id.me", nil), (":frobnicate", nil), ("what does :quit do", nil),
        ]
        for c in cases {
            let question = BatchQuestion(line: 4, content: .success(c.line), passThrough: [PassThroughField(name: "id", value: .text("7"))])
            let record = answerer.record(for: question)
            XCTAssertEqual(record.error, c.error, c.line)
            guard c.error != nil else { continue }
            XCTAssertEqual(record.status, .error, c.line)
            XCTAssertNil(record.question, "as for other bad lines")
            XCTAssertEqual(record.passThrough.map(\.text), ["7"])
            XCTAssertEqual(record.lineError?.isReportedOnStandardError, true)
        }
        XCTAssertFalse(LineError.invalidUTF8.isReportedOnStandardError, "bad bytes are only counted")
    }

    /// An input error keeps its record's other fields, redacted exactly as a good record's are: each by its name and
    /// the field before it.
    func testAnErrorRecordRedactsItsPassThroughFields() throws {
        let answerer = BatchAnswerer(matcher: try ShippedMatcher.get())
        let fields = [PassThroughField(name: "id", value: .text("T4")), PassThroughField(name: "ssn", value: .text("123 456 789")),
                      PassThroughField(name: "note", value: .text("call 555-201-4477")),
                      PassThroughField(name: "id_type", value: .text("SSN")), PassThroughField(name: "id_number", value: .text("123 456 789"))]
        let bad = answerer.record(for: BatchQuestion(line: 2, content: .failure(.noQuestionField), passThrough: fields))
        let good = answerer.record(for: BatchQuestion(line: 3, content: .success("lost my phone"), passThrough: fields))
        XCTAssertEqual(bad.status, .error)
        XCTAssertEqual(bad.passThrough.map(\.text), ["T4", "[SSN]", "call [PHONE]", "SSN", "[SSN]"])
        XCTAssertEqual(bad.passThrough, good.passThrough)
    }

    /// The knowledge base's own phone number is echoed, explained and matched as typed; a caller's is redacted.
    func testTheKnowledgeBasesOwnNumberIsEchoedAsTyped() throws {
        let answerer = BatchAnswerer(matcher: try ShippedMatcher.get(), explain: true)
        let asked = record("should I call (866) 255-0654?", answerer)
        XCTAssertEqual(asked.question, "should I call (866) 255-0654?")
        XCTAssertEqual(asked.entry, "e-help-desk")
        XCTAssertTrue(asked.explanation?.contains("Question:   should I call (866) 255-0654?") ?? false, asked.explanation ?? "")
        XCTAssertEqual(record("call me back at 555-201-4477 about e-services", answerer).question,
                       "call me back at [PHONE] about e-services")
    }
}
