import XCTest
@testable import HelpdeskCore

final class HistorySettingTests: XCTestCase {
    func testReadsTheValuesThatTurnHistoryOffInAnyCase() {
        let cases: [(String?, HistorySetting)] = [
            (nil, .keep), ("", .keep), ("  ", .keep),
            ("off", .off), ("OFF", .off), ("Off", .off), ("0", .off), ("false", .off), ("FALSE", .off), ("no", .off),
            (" off ", .off),
            ("none", .notUnderstood("none")), ("/tmp/hist.txt", .notUnderstood("/tmp/hist.txt")), ("on", .notUnderstood("on")),
        ]
        for (value, expected) in cases {
            XCTAssertEqual(HistorySetting(value), expected, "\(value ?? "nil")")
        }
    }

    func testWarnsOnlyAboutAValueNotUnderstoodAndSaysWhereHistoryIsKept() {
        XCTAssertNil(HistorySetting("off").warning(keptIn: nil))
        XCTAssertNil(HistorySetting(nil).warning(keptIn: "/home/a/.local/state/helpdesk/history"))
        XCTAssertEqual(HistorySetting("none").warning(keptIn: "/h/history"),
                       "HELPDESK_HISTORY='none' is not understood (off, 0, false or no keep no history file); "
                       + "history IS being kept in /h/history")
        XCTAssertEqual(HistorySetting("x").warning(keptIn: nil)?.hasSuffix("no history file can be kept here anyway"), true)
    }
}
