import XCTest
@testable import HelpdeskCore

final class UnansweredReportTests: XCTestCase {
    private func record(_ question: String, _ status: BatchRecord.Status, guess: String = "g") -> BatchRecord {
        BatchRecord(line: 1, question: question, status: status, entry: nil, title: nil, confidence: 0.1,
                    candidates: [.init(entry: guess, title: "G", confidence: 0.1)], answer: "")
    }

    func testGroupsByNormalizedTextMostFrequentFirst() {
        var report = UnansweredReport()
        report.add(record("banana bread?", .fallback))
        report.add(record("which form", .clarify, guess: "forms"))
        report.add(record("Which  form ", .clarify, guess: "forms"))
        report.add(record("how do I reset", .answered))
        report.add(BatchRecord(line: 2, error: .nulByte))
        report.add(record("which form?", .clarify, guess: "forms"))
        report.add(record("Banana bread", .fallback))
        // A line that only acknowledges is no question for the KB (status fallback, kind acknowledgement).
        report.add(BatchRecord(acknowledgement: "ok", line: 9, answer: "OK. Ask a question whenever you're ready."))
        let text = String(decoding: report.csv(), as: UTF8.self)
        XCTAssertEqual(text, "count,question,status,best_guess\n3,which form,clarify,forms\n2,banana bread?,fallback,g\n")
    }

    /// The best guess is the best-ranked help topic: small talk among the candidates is skipped, and with nothing else
    /// scoring above zero the guess is empty ("recipe for banana bread" guessed "goodbye").
    func testTheBestGuessSkipsSmallTalk() {
        let cases: [(candidates: [(String, Double)], guess: String)] = [
            ([("goodbye", 0.09), ("mfa-recovery", 0.05), ("capabilities", 0.04)], "mfa-recovery"),
            ([("capabilities", 0.2), ("thanks", 0.1), ("greeting", 0.05)], ""),
            ([("capabilities", 0.2), ("ein", 0)], ""),
            ([("forms", 0.3), ("goodbye", 0.2)], "forms"),
            ([], ""),
        ]
        for c in cases {
            var report = UnansweredReport(chitChatIDs: ["goodbye", "capabilities", "thanks", "greeting"])
            report.add(BatchRecord(line: 1, question: "q", status: .fallback, entry: nil, title: nil, confidence: 0.1,
                                   candidates: c.candidates.map { .init(entry: $0.0, title: "T", confidence: $0.1) }, answer: ""))
            XCTAssertEqual(String(decoding: report.csv(), as: UTF8.self), "count,question,status,best_guess\n1,q,fallback,\(c.guess)\n",
                           "\(c.candidates)")
        }
    }

    /// A question a spreadsheet could run as a formula gets a `'` before it; the tool's own cells are as they were.
    func testAQuestionThatLooksLikeAFormulaIsWrittenAsText() {
        var report = UnansweredReport()
        report.add(record("=HYPERLINK(\"http://x\",\"click\")", .fallback, guess: "g"))
        report.add(record("-2+3", .clarify, guess: "forms"))
        report.add(record("@me", .fallback, guess: "g"))
        report.add(record("me = you", .fallback, guess: "g"))
        let text = String(decoding: report.csv(), as: UTF8.self)
        XCTAssertEqual(text, "count,question,status,best_guess\n1,\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",fallback,g\n"
                       + "1,'-2+3,clarify,forms\n1,'@me,fallback,g\n1,me = you,fallback,g\n")
    }
}
