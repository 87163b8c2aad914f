import Foundation
import XCTest
import TestSupport

/// `helpdesk ask` shares the conversation logic: `--context ID` follow-ups, several problems, redaction.
final class AskContextTests: CLITestCase {
    /// Context, question, and a phrase the text answer must contain.
    static let cases: [(context: String, question: String, contains: String)] = [
        ("mfa-recovery", "how long do I have to finish it?", "30 minutes"),
        ("mfa-recovery", "who do I contact if that fails?", "contact ID.me's help/support"),
        ("mfa-recovery", "what's the number?", "no phone number for ID.me"),
        ("mfa-recovery", "step 2 again", "Step 2 of 5"),
        ("mfa-recovery", "step 0", "There is no step 0; this answer has steps 1-5."),
        ("mfa-recovery", "and after that?", "There is no next step: step 5 of 5 is the last one in this answer."),
        ("reset-idme-password", "what about the code problem?", "Can't get your MFA code"),
        ("mfa-recovery", "how do I create an id.me account", "Creating an ID.me account for IRS tools"),
        ("e-help-desk", "what are the hours?", "posted hours"),
    ]

    /// One question has no session to reply in: a clarify list names `helpdesk show <id>`, not "type a number"
    /// (a following `helpdesk ask 2` has nothing to pick from). `--margin 1` makes any close pair a clarify.
    func testAClarifyListOpensItsChoicesWithShow() throws {
        let run = try run(["ask", "--threshold", "0.01", "--margin", "1", "reset my password"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("Which of these do you mean?\n  1. "), run.stdout)
        XCTAssertTrue(run.stdout.hasSuffix("Ask again with more detail, or open one with: helpdesk show <id>\n"), run.stdout)
        XCTAssertFalse(run.stdout.contains("Type a number"), run.stdout)
    }

    func testContextAnswersFollowUps() throws {
        for (context, question, contains) in Self.cases {
            let run = try run(["ask", "--context", context, question])
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertTrue(run.stdout.contains(contains), "\(context) / \(question): \(run.stdout)")
        }
    }

    /// The first JSON record `arguments` print, from a run that exits 0.
    private func firstRecord(_ arguments: [String], line: UInt = #line) throws -> [String: Any] {
        let run = try run(arguments)
        XCTAssertEqual(run.status, 0, run.stderr, line: line)
        return try XCTUnwrap(try jsonLines(run.stdout).first, line: line)
    }

    func testContextJSONIsAFollowUpRecord() throws {
        let record = try firstRecord(["ask", "--json", "--context", "mfa-recovery", "how long do I have to finish it?"])
        XCTAssertEqual(record["status"] as? String, "follow_up")
        XCTAssertEqual(record["entry"] as? String, "mfa-recovery")
        XCTAssertTrue((record["answer"] as? String)?.contains("30 minutes") ?? false)
        XCTAssertEqual((record["also"] as? [Any])?.count, 0)
    }

    /// The README's list of JSON statuses names the one a follow-up gets, which it left out.
    func testTheReadmeListsTheFollowUpStatus() throws {
        let run = try run(["ask", "--json", "--context", "reset-idme-password", "step 2"])
        let status = try XCTUnwrap(try jsonLines(run.stdout).first?["status"] as? String)
        XCTAssertEqual(status, "follow_up")
        let readme = try String(contentsOf: PackagePaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        let list = try XCTUnwrap(readme.components(separatedBy: "`status` (").dropFirst().first?.prefix { $0 != ")" })
        XCTAssertTrue(list.contains("`\(status)`"), String(list))
    }

    /// A follow-up's status and kind are documented where --json is: `ask --help` said the record was batch's, whose
    /// help lists neither `follow_up` nor `step`.
    func testTheHelpListsAFollowUpsStatusAndKinds() throws {
        let cases: [(context: String, question: String, kind: String)] = [
            ("mfa-recovery", "how long do I have to finish it?", "follow_up"),
            ("mfa-recovery", "step 2 again", "step"),
            ("mfa-recovery", "what's the number?", "contacts"),
            ("mfa-recovery", "more", "more"),
        ]
        let askHelp = try run(["ask", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let batchHelp = try run(["batch", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(batchHelp.contains("status (answered, clarify, fallback or error; helpdesk ask --json --context also gives follow_up)"),
                      batchHelp)
        for c in cases {
            let record = try firstRecord(["ask", "--json", "--context", c.context, c.question])
            XCTAssertEqual(record["status"] as? String, "follow_up", c.question)
            XCTAssertEqual(record["kind"] as? String, c.kind, c.question)
        }
        XCTAssertTrue(askHelp.contains("status follow_up, no candidates, and kind naming what was answered: step, follow_up "
            + "(one the topic lists), steps, contacts, escalation, who_handles, more or next"), askHelp)
    }

    /// The JSON record `arguments` print for a line that answers no entry: status `fallback`, entry null, `kind`.
    private func fallbackRecord(_ arguments: [String], kind: String, line: UInt = #line) throws -> [String: Any] {
        let record = try firstRecord(arguments, line: line)
        XCTAssertEqual(record["status"] as? String, "fallback", line: line)
        XCTAssertTrue(record["entry"] is NSNull, line: line)
        XCTAssertEqual(record["kind"] as? String, kind, line: line)
        return record
    }

    /// With no topic, a bare follow-up answers no entry; JSON says it fell back and what was asked for.
    func testABareFollowUpWithoutContextAsksForAQuestion() throws {
        let text = try run(["ask", "more"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertEqual(text.stdout, "More about what? Ask a question first.\n")
        let record = try fallbackRecord(["ask", "--json", "what's the number?"], kind: "contacts")
        XCTAssertTrue((record["answer"] as? String)?.contains("866-255-0654") ?? false, "the general contacts follow")
    }

    /// "none" with no list of choices: one line, and in JSON a fallback record of kind `pick` with no entry.
    func testNoneWithNoListHasNothingToPick() throws {
        let text = try run(["ask", "none"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertEqual(text.stdout, "Nothing to pick from right now.\n")
        let record = try fallbackRecord(["ask", "--json", "none"], kind: "pick")
        XCTAssertEqual(record["answer"] as? String, "Nothing to pick from right now.")
    }

    /// `helpdesk ask ok` is one question with no conversation: it gets one line that asks for a question, not the
    /// fallback with its contacts; after `--context ID` it is an acknowledgement of that topic. JSON: a fallback record
    /// of kind `acknowledgement`, with no entry. "no code" is a question as before.
    func testABareAcknowledgementGetsOneLine() throws {
        let cases: [(arguments: [String], output: String)] = [
            (["ask", "ok"], "OK. Ask a question whenever you're ready.\n"),
            (["ask", "Got it!"], "OK. Ask a question whenever you're ready.\n"),
            (["ask", "--context", "mfa-recovery", "ok"], "OK. If anything else comes up, just ask.\n"),
            (["ask", "--context", "mfa-recovery", "no"], "OK. If anything else comes up, just ask.\n"),
        ]
        for c in cases {
            let run = try run(c.arguments)
            XCTAssertEqual(run.status, 0, "\(c.arguments): \(run.stderr)")
            XCTAssertEqual(run.stdout, c.output, "\(c.arguments)")
        }
        let record = try fallbackRecord(["ask", "--json", "--explain", "ok"], kind: "acknowledgement")
        XCTAssertEqual(record["answer"] as? String, "OK. Ask a question whenever you're ready.")
        XCTAssertTrue((record["explanation"] as? String)?.hasPrefix("Line:       'ok' only acknowledges") ?? false, "\(record)")
        XCTAssertTrue(try run(["ask", "no code"]).stdout.hasPrefix("Can't get your MFA code"))
    }

    /// A line that turns to a topic by name is matched on that name; the record still echoes the line as typed.
    func testATopicNamedByALineIsAnsweredAndTheLineEchoed() throws {
        let record = try firstRecord(["ask", "--json", "--context", "reset-idme-password", "what about the code problem?"])
        XCTAssertEqual(record["entry"] as? String, "mfa-recovery")
        XCTAssertEqual(record["status"] as? String, "answered")
        XCTAssertEqual(record["question"] as? String, "what about the code problem?")
    }

    func testUnknownContextIsAUsageError() throws {
        let run = try run(["ask", "--context", "no-such-entry", "what's the number?"])
        XCTAssertEqual(run.status, 64)
        XCTAssertTrue(run.stderr.contains("no entry 'no-such-entry'"), run.stderr)
    }

    func testSeveralProblemsGetAnAlsoArray() throws {
        let text = "Hi, Jane here, SSN 123-45-6789. I forgot my password. Also my phone was stolen so I can't get the code."
        let json = try run(["ask", "--json", text])
        XCTAssertEqual(json.status, 0, json.stderr)
        let record = try XCTUnwrap(try jsonLines(json.stdout).first)
        XCTAssertEqual(record["entry"] as? String, "reset-idme-password")
        let also = try XCTUnwrap(record["also"] as? [[String: Any]])
        XCTAssertEqual(also.map { $0["entry"] as? String }, ["mfa-recovery"])
        XCTAssertNotNil(also.first?["title"] as? String)
        XCTAssertNotNil(also.first?["confidence"] as? Double)
        XCTAssertTrue((also.first?["answer"] as? String)?.contains("MFA") ?? false, "each further problem carries its answer")
        XCTAssertFalse(json.stdout.contains("6789"), "the question is echoed redacted")
        XCTAssertTrue((record["question"] as? String)?.contains("[SSN]") ?? false)

        let one = try firstRecord(["ask", "--json", "forgot my id.me password"])
        XCTAssertEqual((one["also"] as? [Any])?.count, 0)

        let textRun = try run(["ask", text])
        XCTAssertTrue(textRun.stdout.contains("Problem 1 of 2"), textRun.stdout)
        XCTAssertTrue(textRun.stdout.contains("Problem 2 of 2"), textRun.stdout)
        XCTAssertFalse(textRun.stdout.contains("6789"))
    }
}
