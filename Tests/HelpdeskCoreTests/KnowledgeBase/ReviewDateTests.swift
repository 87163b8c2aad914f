import XCTest
@testable import HelpdeskCore

/// `last_reviewed` dates: only real calendar days of the form YYYY-MM-DD parse; they print back the same way and
/// order by day.
final class ReviewDateTests: XCTestCase {
    func testParsing() {
        let cases: [(text: String, expected: ReviewDate?)] = [
            ("2026-03-05", ReviewDate(year: 2026, month: 3, day: 5)),
            ("2024-02-29", ReviewDate(year: 2024, month: 2, day: 29)),
            ("2000-02-29", ReviewDate(year: 2000, month: 2, day: 29)),
            ("2023-02-29", nil),
            ("1900-02-29", nil),
            ("2026-04-31", nil),
            ("2026-12-31", ReviewDate(year: 2026, month: 12, day: 31)),
            ("2026-13-01", nil),
            ("2026-00-10", nil),
            ("2026-01-00", nil),
            ("2026-1-05", nil),
            ("26-01-05", nil),
            ("2026/01/05", nil),
            ("2026-01-05-", nil),
            ("2026-01-xx", nil),
            ("", nil),
        ]
        for c in cases {
            XCTAssertEqual(ReviewDate(parsing: c.text), c.expected, c.text)
        }
    }

    func testDescriptionPadsEachPart() {
        let cases: [(date: ReviewDate, text: String)] = [
            (ReviewDate(year: 2026, month: 3, day: 5), "2026-03-05"),
            (ReviewDate(year: 999, month: 12, day: 31), "0999-12-31"),
            (ReviewDate(year: 12345, month: 1, day: 2), "12345-01-02"),
        ]
        for c in cases {
            XCTAssertEqual(c.date.description, c.text)
        }
    }

    func testDayNumberCountsFrom1970AndOrders() {
        let cases: [(date: ReviewDate, days: Int)] = [
            (ReviewDate(year: 1970, month: 1, day: 1), 0),
            (ReviewDate(year: 1969, month: 12, day: 31), -1),
            (ReviewDate(year: 2000, month: 3, day: 1), 11_017),
            (ReviewDate(year: 2024, month: 2, day: 29), 19_782),
        ]
        for c in cases {
            XCTAssertEqual(c.date.dayNumber, c.days, c.date.description)
        }
        XCTAssertLessThan(ReviewDate(year: 2025, month: 12, day: 31), ReviewDate(year: 2026, month: 1, day: 1))
        XCTAssertFalse(ReviewDate(year: 2026, month: 1, day: 1) < ReviewDate(year: 2026, month: 1, day: 1))
    }
}
