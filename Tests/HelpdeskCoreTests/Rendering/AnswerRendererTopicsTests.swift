import XCTest
@testable import HelpdeskCore

/// `:topics` and `helpdesk topics`: ids in a column and titles beside them, or under them when the terminal is narrow.
final class AnswerRendererTopicsTests: XCTestCase {
    static let entries = [("mfa-recovery", "Can't get your MFA code (new phone, number or app)"), ("greeting", "Hello")].map {
        Entry(id: $0.0, title: $0.1, summary: "s", questions: ["q"], source: "S", lastReviewed: ReviewDate(year: 2026, month: 1, day: 2))
    }

    static let cases: [(width: Int?, expected: String)] = [
        (nil, "mfa-recovery  Can't get your MFA code (new phone, number or app)\ngreeting      Hello"),
        (80, "mfa-recovery  Can't get your MFA code (new phone, number or app)\ngreeting      Hello"),
        (50, "mfa-recovery  Can't get your MFA code (new phone,\n              number or app)\ngreeting      Hello"),
        (30, "mfa-recovery\n    Can't get your MFA code\n    (new phone, number or app)\ngreeting\n    Hello"),
    ]

    func testListsIdsAndTitlesWithinTheWidth() {
        for row in Self.cases {
            XCTAssertEqual(AnswerRenderer(width: row.width).topics(Self.entries), row.expected, "width \(String(describing: row.width))")
        }
    }
}
