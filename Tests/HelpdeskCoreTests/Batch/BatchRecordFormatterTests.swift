import Foundation
import XCTest
@testable import HelpdeskCore

final class BatchRecordFormatterTests: XCTestCase {
    let record = BatchRecord(
        line: 4, question: "say \"hi\", then\nleave", status: .clarify, entry: "a", title: "A, \"quoted\"", confidence: 0.5,
        candidates: [.init(entry: "a", title: "A", confidence: 0.5), .init(entry: "b", title: "B", confidence: 0.45)],
        answer: "Which one?\n  1. A", passThrough: [PassThroughField(name: "status", value: .text("open, \"new\"")),
                                                       PassThroughField(name: "n", value: .json("[1,2]"))])

    func testJSONLIsValidJSONWithPassThroughFirstAndRenamedOnClash() throws {
        let text = JSONLRecordFormatter().text(record)
        XCTAssertTrue(text.hasPrefix("{\"input_status\":\"open, \\\"new\\\"\",\"n\":[1,2],\"line\":4,"), text)
        XCTAssertTrue(text.hasSuffix("}\n"))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(object["question"] as? String, "say \"hi\", then\nleave")
        XCTAssertEqual(object["status"] as? String, "clarify")
        XCTAssertEqual((object["candidates"] as? [[String: Any]])?.count, 2)
        XCTAssertNil(object["error"])
    }

    func testReusedAnswerTextsAreTheRecordsAnswers() throws {
        // Entry answers and the fallback's fixed blocks are escaped once; the output must still be each record's answer.
        let matcher = try ShippedMatcher.get()
        let answerer = BatchAnswerer(matcher: matcher)
        let formatter = JSONLRecordFormatter(answers: answerer.answers)
        let questions = ["forgot my id.me password", "what's the weather like in Paris", "asdf qwer zxcv", "my printer is jammed"]
        var statuses: Set<String> = []
        for (i, question) in questions.enumerated() {
            let record = answerer.record(for: BatchQuestion(line: i + 1, content: .success(question)))
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(formatter.text(record).utf8)) as? [String: Any])
            XCTAssertEqual(object["answer"] as? String, record.answer, question)
            statuses.insert(record.status.rawValue)
        }
        XCTAssertEqual(statuses, ["answered", "fallback"])
    }

    /// Candidates are written from heads prepared by entry index; one whose index names another entry, or none, is
    /// still written with its own id and title.
    func testCandidatesFoundByIndexAreWrittenAsTheirOwnHeads() throws {
        let matcher = try ShippedMatcher.get()
        let answerer = BatchAnswerer(matcher: matcher)
        let prepared = JSONLRecordFormatter(answers: answerer.answers), plain = JSONLRecordFormatter()
        var record = answerer.record(for: BatchQuestion(line: 1, content: .success("forgot my id.me password")))
        XCTAssertFalse(record.candidates.isEmpty)
        XCTAssertNotNil(record.candidates.first?.entryIndex)
        XCTAssertEqual(prepared.text(record), plain.text(record))
        let entries = matcher.knowledgeBase.entries
        let first = record.candidates[0]
        let other = try XCTUnwrap(entries.indices.first { entries[$0].id != first.entry })
        record.candidates[0].entryIndex = other
        record.candidates.append(.init(entry: "not-an-entry", title: "Nowhere", confidence: 0.25, entryIndex: entries.count))
        let text = prepared.text(record)
        XCTAssertEqual(text, plain.text(record))
        XCTAssertTrue(text.contains("{\"entry\":\"\(first.entry)\""), text)
        XCTAssertTrue(text.contains("{\"entry\":\"not-an-entry\",\"title\":\"Nowhere\",\"confidence\":0.2500}"), text)
    }

    /// An answer with a close runner-up names it in the human formats, as `helpdesk ask` does; JSONL keeps to its fields.
    func testTheTopicAlsoCloseIsNamedInTextAndMarkdown() throws {
        var answered = BatchRecord(line: 2, question: "reject code", status: .answered, entry: "irs", title: "IRS", confidence: 0.9,
                                   candidates: [.init(entry: "irs", title: "IRS", confidence: 0.9),
                                                .init(entry: "idme", title: "Contacting ID.me", confidence: 0.8)], answer: "Call the IRS.")
        let line = "Not this one? Also close: Contacting ID.me (helpdesk show idme)"
        XCTAssertFalse(TextRecordFormatter().text(answered).contains("Not this one"))
        answered.alsoClose = answered.candidates[1]
        XCTAssertEqual(TextRecordFormatter().text(answered), "[line 2] reject code\nCall the IRS.\n\n" + line + "\n\n")
        XCTAssertTrue(MarkdownRecordFormatter().text(answered).contains(line))
        XCTAssertFalse(JSONLRecordFormatter().text(answered).contains("Not this one"))
    }

    func testErrorRecordsCarryTheReason() throws {
        let text = JSONLRecordFormatter().text(BatchRecord(line: 9, error: .nulByte))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(object["status"] as? String, "error")
        XCTAssertEqual(object["error"] as? String, "the line holds a NUL byte")
        XCTAssertTrue(object["question"] is NSNull)
    }

    func testPassThroughNamedLikeAnOutputFieldIsRenamed() throws {
        let cases: [(name: String, json: String, csv: String)] = [
            ("status", "input_status", "input_status"),
            ("explanation", "input_explanation", "input_explanation"),
            ("also", "input_also", "input_also"),
            ("error", "input_error", "input_error"),
            // CSV's own columns: renamed in CSV only, where they would clash.
            ("candidate_1", "candidate_1", "input_candidate_1"),
            ("candidate_3_confidence", "candidate_3_confidence", "input_candidate_3_confidence"),
            ("notes", "notes", "notes"),
            ("Explanation", "Explanation", "Explanation"),
        ]
        for (name, json, csv) in cases {
            var record = BatchRecord(line: 1, error: .nulByte)
            record.passThrough = [PassThroughField(name: name, value: .text("x"))]
            record.explanation = "why"
            let text = JSONLRecordFormatter().text(record)
            XCTAssertTrue(text.hasPrefix("{\"\(json)\":\"x\","), text)
            XCTAssertEqual(text.components(separatedBy: "\"explanation\":").count, 2, "one explanation field: \(text)")
            var formatter = CSVRecordFormatter()
            let header = formatter.start(passThroughNames: [name])
            XCTAssertTrue(header.hasPrefix(csv + ",line,"), header)
        }
    }

    func testCSVRoundTripsThroughTheReader() throws {
        var formatter = CSVRecordFormatter()
        let header = formatter.start(passThroughNames: ["status", "n"])
        let text = header + formatter.text(record) + formatter.text(BatchRecord(line: 5, error: .invalidUTF8))
        var reader = CSVRecordReader()
        let rows = try (reader.feed(Array(text.utf8)) + reader.finish()).map { try $0.fields.get() }
        XCTAssertEqual(rows.count, 3)
        XCTAssertEqual(rows[0], ["input_status", "n", "line", "question", "status", "entry", "title", "confidence",
                                 "candidate_1", "candidate_1_confidence", "candidate_2", "candidate_2_confidence",
                                 "candidate_3", "candidate_3_confidence", "last_reviewed", "answer", "also", "kind", "error"])
        XCTAssertEqual(rows[1], ["open, \"new\"", "[1,2]", "4", "say \"hi\", then\nleave", "clarify", "a", "A, \"quoted\"", "0.5000",
                                 "a", "0.5000", "b", "0.4500", "", "", "", "Which one?\n  1. A", "", "", ""])
        XCTAssertEqual(rows[2].count, rows[0].count)
        XCTAssertEqual(rows[2][4], "error")
        XCTAssertEqual(rows[2].last, "the line is not valid UTF-8")
    }

    /// From JSONL input, each record's fields go in the columns of their names, whatever their order or number: an
    /// error record keeps its id, a field no column names is left out, and a name given twice fills `id_2`.
    func testCSVPlacesPassThroughByNameForJSONLInput() throws {
        var formatter = CSVRecordFormatter()
        formatter.passThroughByName = true
        let header = formatter.start(passThroughNames: ["id", "status", "id"])
        XCTAssertTrue(header.hasPrefix("id,input_status,id_2,line,"), header)
        let rows: [(fields: [(String, String)], expected: String)] = [
            ([("id", "T-1"), ("status", "open"), ("id", "again")], "T-1,open,again,"),
            ([("status", "new"), ("id", "T-2")], "T-2,new,,"),
            ([("id", "T-3"), ("extra", "x")], "T-3,,,"),
            ([], ",,,"),
        ]
        for row in rows {
            var record = BatchRecord(line: 2, error: .noQuestionField)
            record.passThrough = row.fields.map { PassThroughField(name: $0.0, value: .text($0.1)) }
            let text = formatter.text(record)
            XCTAssertTrue(text.hasPrefix(row.expected + "2,,error,"), text)
        }
    }

    /// The question and the pass-through names and values are someone else's text: one that a spreadsheet could run as
    /// a formula gets a `'` before it. The tool's own cells (line, status, ids, numbers, titles, answers) never do.
    func testCSVCellsThatLookLikeFormulasAreWrittenAsText() throws {
        let cases: [(name: String, value: String, question: String, expected: [String])] = [
            ("client", "=1+2", "@SUM(A1)", ["'=1+2", "'@SUM(A1)"]),
            ("+cmd", "+1 555 0100", "-2+3", ["'+1 555 0100", "'-2+3"]),
            ("tab", "\tx", "\rcmd", ["'\tx", "'\rcmd"]),
            ("notes", "a = b", "lost my phone", ["a = b", "lost my phone"]),
            ("notes", "", "x-y", ["", "x-y"]),
        ]
        for c in cases {
            var formatter = CSVRecordFormatter()
            let header = formatter.start(passThroughNames: [c.name])
            let record = BatchRecord(
                line: 2, question: c.question, status: .fallback, entry: nil, title: "-title", confidence: 0.25,
                candidates: [.init(entry: "a", title: "A", confidence: 0.25)], answer: "=answer",
                passThrough: [PassThroughField(name: c.name, value: .text(c.value))])
            var reader = CSVRecordReader()
            let rows = try (reader.feed(Array((header + formatter.text(record)).utf8)) + reader.finish()).map { try $0.fields.get() }
            XCTAssertEqual(rows[0][0], c.name.hasPrefix("+") ? "'" + c.name : c.name, c.name)
            XCTAssertEqual(rows[1][0], c.expected[0], c.value.debugDescription)
            XCTAssertEqual(rows[1][2], c.expected[1], c.question.debugDescription)
            XCTAssertEqual(Array(rows[1][3...6]), ["fallback", "", "-title", "0.2500"], "the tool's own cells as they are")
            XCTAssertEqual(rows[1][rows[0].firstIndex(of: "answer")!], "=answer", "answers are the KB's, as they are")
        }
    }

    func testEveryProblemOfAPastedTextIsWrittenInEachFormat() throws {
        let matcher = try ShippedMatcher.get()
        let answerer = BatchAnswerer(matcher: matcher)
        let text = "I forgot my password. Also my phone was stolen so I cannot get the code"
        let record = answerer.record(for: BatchQuestion(line: 1, content: .success(text)))
        XCTAssertEqual(record.entry, "reset-idme-password")
        XCTAssertEqual(record.also.map(\.entry), ["mfa-recovery"])
        let kb = matcher.knowledgeBase
        let mfa = try XCTUnwrap(kb.entries.first { $0.id == "mfa-recovery" })
        var conversation = Conversation(matcher: matcher)
        let asked = AnswerRenderer().render(conversation.respond(to: text), in: kb)
        XCTAssertTrue(asked.contains("Problem 2 of 2"), asked)

        let cases: [(name: String, formatter: any BatchRecordFormatter, expected: [String])] = [
            ("text", TextRecordFormatter(), ["[line 1] " + text + "\n" + asked + "\n\n"]),
            ("markdown", MarkdownRecordFormatter(), ["· also `mfa-recovery`", "\n" + MarkdownRecordFormatter.hardBreaks(asked) + "\n"]),
        ]
        for c in cases {
            let output = c.formatter.text(record)
            for part in c.expected { XCTAssertTrue(output.contains(part), "\(c.name): \(output)") }
        }

        for formatter in [JSONLRecordFormatter(), JSONLRecordFormatter(answers: answerer.answers)] {
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(formatter.text(record).utf8)) as? [String: Any])
            XCTAssertEqual(object["answer"] as? String, record.answer, "answer stays the first problem's")
            let also = try XCTUnwrap(object["also"] as? [[String: Any]])
            XCTAssertEqual(also.count, 1)
            XCTAssertEqual(Set(also[0].keys), ["entry", "title", "confidence", "answer"])
            XCTAssertEqual(also[0]["entry"] as? String, "mfa-recovery")
            XCTAssertEqual(also[0]["title"] as? String, mfa.title)
            XCTAssertEqual(also[0]["answer"] as? String, AnswerRenderer().render(mfa))
        }

        var csv = CSVRecordFormatter(answers: answerer.answers)
        let table = csv.start(passThroughNames: []) + csv.text(record)
            + csv.text(answerer.record(for: BatchQuestion(line: 2, content: .success("forgot my id.me password"))))
        var reader = CSVRecordReader()
        let rows = try (reader.feed(Array(table.utf8)) + reader.finish()).map { try $0.fields.get() }
        let column = try XCTUnwrap(rows[0].firstIndex(of: "also"))
        XCTAssertEqual(rows.dropFirst().map { $0[column] }, ["mfa-recovery", ""])
    }

    /// The human formats show the question on one line with control characters made harmless; JSONL escapes them.
    func testTheHumanFormatsNeverWriteAControlCharacter() throws {
        let question = "forgot pw \u{1B}[2J\u{07}\r\nsecond line"
        let answered = BatchRecord(line: 3, question: question, status: .answered, entry: "a", title: "A", confidence: 0.9,
                                   candidates: [.init(entry: "a", title: "A", confidence: 0.9)], answer: "Do this.")
        let failed = BatchRecord(line: 4, question: nil, status: .error, entry: nil, title: nil, confidence: 0, candidates: [],
                                 answer: nil, error: "bad \u{1B}[31m")
        let table: [(name: String, formatter: any BatchRecordFormatter, expected: String)] = [
            ("text", TextRecordFormatter(), "[line 3] forgot pw \u{FFFD}[2J\u{FFFD} second line\n"),
            ("markdown", MarkdownRecordFormatter(), "### Line 3: forgot pw \u{FFFD}\\[2J\u{FFFD} second line\n"),
        ]
        for row in table {
            for record in [answered, failed] {
                let text = row.formatter.text(record)
                XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(row.name): \(text.debugDescription)")
            }
            XCTAssertTrue(row.formatter.text(answered).hasPrefix(row.expected), "\(row.name): \(row.formatter.text(answered))")
        }
    }

    /// `--explain` reaches every format: JSONL and CSV as a field, text and Markdown after the answer (CSV and Markdown
    /// left it out before).
    func testTheExplanationIsInEveryFormat() throws {
        let matcher = try ShippedMatcher.get()
        let answerer = BatchAnswerer(matcher: matcher, explain: true)
        let record = answerer.record(for: BatchQuestion(line: 1, content: .success("forgot my id.me password")))
        let explanation = try XCTUnwrap(record.explanation)
        XCTAssertTrue(explanation.contains("Decision:"), explanation)

        var csv = CSVRecordFormatter(explain: true)
        let table = csv.start(passThroughNames: []) + csv.text(record) + csv.text(BatchRecord(line: 2, error: .nulByte))
        var reader = CSVRecordReader()
        let rows = try (reader.feed(Array(table.utf8)) + reader.finish()).map { try $0.fields.get() }
        XCTAssertEqual(Array(rows[0].suffix(4)), ["also", "kind", "explanation", "error"])
        XCTAssertEqual(rows[1][rows[0].count - 2], explanation)
        XCTAssertEqual(rows[2].count, rows[0].count, "an error row has the explanation column too")
        var plain = CSVRecordFormatter()
        XCTAssertFalse(plain.start(passThroughNames: []).contains("explanation"), "without --explain there is no column")

        let table2: [(name: String, formatter: any BatchRecordFormatter, expected: String)] = [
            ("text", TextRecordFormatter(), "\n\n" + explanation + "\n\n"),
            ("markdown", MarkdownRecordFormatter(), "\n```text\n" + explanation + "\n```\n"),
            ("jsonl", JSONLRecordFormatter(), "\"explanation\":"),
        ]
        for row in table2 {
            XCTAssertTrue(row.formatter.text(record).contains(row.expected), "\(row.name): \(row.formatter.text(record))")
        }
        XCTAssertEqual(MarkdownRecordFormatter.fenced("a ```` b"), "`````text\na ```` b\n`````\n")
    }

    /// A rendered Markdown answer keeps its lines: each line another follows in its paragraph ends in a hard break.
    func testMarkdownAnswersKeepTheirLines() {
        let cases: [(text: String, expected: String)] = [
            ("Title\nSummary.\n\nSteps\n  1. One\n  2. Two", "Title  \nSummary.\n\nSteps  \n  1. One  \n  2. Two"),
            ("One line", "One line"),
            ("Ends\n", "Ends\n"),
            ("Already  \nbroken", "Already  \nbroken"),
            ("", ""),
        ]
        for c in cases { XCTAssertEqual(MarkdownRecordFormatter.hardBreaks(c.text), c.expected, c.text) }
    }

    /// On a terminal, text output wraps the explanation as `:why` does: each labelled line hangs under its value.
    func testTextOutputWrapsTheExplanationToItsWidth() throws {
        var record = BatchRecord(line: 1, question: "q", status: .answered, entry: "e", title: "E", confidence: 1,
                                 candidates: [], answer: "A.")
        record.explanation = "Question:   " + String(repeating: "word ", count: 30) + "end\nDecision:   answered"
        let cases: [(width: Int?, lines: [String])] = [
            (nil, [record.explanation ?? ""]),
            (60, [TextWrapper(width: 60).wrapAligned(record.explanation ?? "")]),
        ]
        for c in cases {
            let text = TextRecordFormatter(width: c.width).text(record)
            XCTAssertTrue(text.contains("\n\n" + c.lines[0] + "\n\n"), "\(String(describing: c.width)): \(text)")
            if let width = c.width {
                let explained = text.components(separatedBy: "\n\n")[1].split(separator: "\n")
                XCTAssertTrue(explained.allSatisfy { $0.count <= width }, text)
                XCTAssertTrue(explained[1].hasPrefix(String(repeating: " ", count: 12) + "word"), text)
            }
        }
    }

    /// A line that only acknowledges is written in every format as an acknowledgement; its JSONL record is
    /// `helpdesk ask --json ok`'s (`RecordRenderer.json(acknowledgement:)`) without ask's empty `also`.
    func testAnAcknowledgementInEveryFormat() throws {
        let answerer = BatchAnswerer(matcher: try ShippedMatcher.get())
        let record = answerer.record(for: BatchQuestion(line: 1, content: .success("ok")))
        let asked = RecordRenderer().json(acknowledgement: "ok", afterTopic: false, line: 1)
        XCTAssertEqual(JSONLRecordFormatter(answers: answerer.answers).text(record), asked.replacingOccurrences(of: ",\"also\":[]", with: "") + "\n")
        XCTAssertEqual(TextRecordFormatter().text(record), "[line 1] ok\nOK. Ask a question whenever you're ready.\n\n")
        XCTAssertEqual(MarkdownRecordFormatter().text(record),
                       "### Line 1: ok\n\n**fallback** · acknowledgement\n\nOK. Ask a question whenever you're ready.\n\n---\n\n")
        var csv = CSVRecordFormatter()
        let table = csv.start(passThroughNames: []) + csv.text(record)
        var reader = CSVRecordReader()
        let rows = try (reader.feed(Array(table.utf8)) + reader.finish()).map { try $0.fields.get() }
        let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        XCTAssertEqual(row["status"], "fallback")
        XCTAssertEqual(row["kind"], "acknowledgement")
        XCTAssertEqual(row["entry"], "")
        XCTAssertEqual(row["answer"], "OK. Ask a question whenever you're ready.")
        XCTAssertEqual(rows[1].count, rows[0].count)
    }
}
