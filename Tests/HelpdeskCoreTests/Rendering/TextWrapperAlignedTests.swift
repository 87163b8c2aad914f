import XCTest
@testable import HelpdeskCore

/// `:why` on a narrow terminal: each long line is cut at spaces and hangs at its value column; short lines stay as
/// they are, spacing included.
final class TextWrapperAlignedTests: XCTestCase {
    static let cases: [(width: Int?, text: String, expected: String)] = [
        (nil, "Question:   a question far longer than any terminal would be", "Question:   a question far longer than any terminal would be"),
        (40, "Terms:      phone new", "Terms:      phone new"),
        (30, "Question:   lost my phone and cannot get the code", "Question:   lost my phone and\n            cannot get the\n            code"),
        (30, "    1. 0.998  mfa-recovery  matched: code, phone", "    1. 0.998  mfa-recovery\n              matched: code,\n              phone"),
        (40, "  Thresholds: answer at 0.600 or more; clarify when", "  Thresholds: answer at 0.600 or more;\n              clarify when"),
        (30, "On its own the line would have been so", "On its own the line would have\nbeen so"),
        // A label of two words hangs under its value too (it went on at the margin).
        (30, "Matched on: Caller name is [NAME], she has two accounts",
         "Matched on: Caller name is\n            [NAME], she has\n            two accounts"),
        // A value column past half the width: the line hangs at its own indent.
        (20, "Opened:     averyveryverylongid, by id", "Opened:\naveryveryverylongid,\nby id"),
        (30, "Decision:   answered: mfa-recovery scored 0.998", "Decision:   answered:\n            mfa-recovery\n            scored 0.998"),
        (30, "Question:   first line\nsecond line of a pasted question, long", "Question:   first line\nsecond line of a pasted\nquestion, long"),
        (30, "", ""),
        // A line indented past half the width is cut from the margin (a pasted line's 50 spaces stopped the session).
        (40, "Question:   lost my phone\n" + String(repeating: " ", count: 50) + "and cannot get the code now",
         "Question:   lost my phone\nand cannot get the code now"),
        (20, String(repeating: " ", count: 12) + "password) and more words", "password) and more\nwords"),
        (20, String(repeating: " ", count: 12) + "short", String(repeating: " ", count: 12) + "short"),
        (0, "Question:   a question", "Question:   a question"), (-3, "Question:   a question", "Question:   a question"),
    ]

    func testWrapsEachLineAtItsValueColumn() {
        for row in Self.cases {
            XCTAssertEqual(TextWrapper(width: row.width).wrapAligned(row.text), row.expected, row.text)
        }
    }

    /// The shipped explanation of a follow-up fits 40 columns but for words longer than the room left.
    func testEveryLineFitsUnlessOneWordIsTooLong() {
        let text = """
            Follow-up:  answered in the context of mfa-recovery (Can't get your MFA code (new phone, number or app))
            Matched:    a reference to step 4
              Thresholds: answer at 0.600 or more; clarify when the top two both reach it and are within 0.050
            """
        for line in TextWrapper(width: 40).wrapAligned(text).split(separator: "\n") {
            XCTAssertLessThanOrEqual(line.count, 40, String(line))
        }
    }
}
