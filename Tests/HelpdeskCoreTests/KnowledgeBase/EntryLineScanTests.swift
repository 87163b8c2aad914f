import XCTest
@testable import HelpdeskCore

final class EntryLineScanTests: XCTestCase {
    static let yaml = """
        version: 1
        entries:
          - id: thanks
            title: "You are welcome
            related:
              - goodbye

          - kind: smalltalk
            id: 'hello' # greeting
            title: Hi
          - title: no id here
        fallback:
          summary: x
        """

    func testNamesTheEntryALineIsIn() {
        let cases: [(line: Int, id: String?)] = [
            (1, nil), (2, nil), (3, "thanks"), (4, "thanks"), (6, "thanks"), (8, "hello"), (10, "hello"),
            (11, nil), (12, nil), (13, nil), (99, nil),
        ]
        for c in cases {
            XCTAssertEqual(EntryLineScan.entryID(around: c.line, in: Self.yaml), c.id, "line \(c.line)")
        }
    }

    func testEntriesAtTheLeftMargin() {
        XCTAssertEqual(EntryLineScan.entryID(around: 3, in: "entries:\n- id: a\n  title: \"x\n- id: b\n  title: y\n"), "a")
    }
}
