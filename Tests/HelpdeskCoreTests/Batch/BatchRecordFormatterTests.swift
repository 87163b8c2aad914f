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

    func testErrorRecordsCarryTheReason() throws {
        let text = JSONLRecordFormatter().text(BatchRecord(line: 9, error: .nulByte))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(object["status"] as? String, "error")
        XCTAssertEqual(object["error"] as? String, "the line holds a NUL byte")
        XCTAssertTrue(object["question"] is NSNull)
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
                                 "candidate_3", "candidate_3_confidence", "last_reviewed", "answer", "error"])
        XCTAssertEqual(rows[1], ["open, \"new\"", "[1,2]", "4", "say \"hi\", then\nleave", "clarify", "a", "A, \"quoted\"", "0.5000",
                                 "a", "0.5000", "b", "0.4500", "", "", "", "Which one?\n  1. A", ""])
        XCTAssertEqual(rows[2].count, rows[0].count)
        XCTAssertEqual(rows[2][4], "error")
        XCTAssertEqual(rows[2].last, "the line is not valid UTF-8")
    }
}
