import XCTest
@testable import HelpdeskCore

/// The phrases listed for a first byte are all those that start with it, longest first.
final class SecurityAnswerLabelsTests: XCTestCase {
    func testThePhrasesOfAFirstByte() {
        let labels = SecurityAnswerLabels(["security answer", "Maiden Name", "security question answer", "2fa answer", "mother's maiden name", "é answer"])
        let table: [(first: Character, phrases: [String])] = [
            ("s", ["security question answer", "security answer"]), ("m", ["mother's maiden name", "maiden name"]),
            ("2", ["2fa answer"]), ("a", []), ("z", []),
        ]
        for row in table {
            let first = row.first.asciiValue!
            let listed = labels.phrases(startingWith: first).map { labels.phrases[$0] }.filter { $0[0] == first }
            XCTAssertEqual(listed.map { String(decoding: $0, as: UTF8.self) }, row.phrases, "\(row.first)")
        }
        XCTAssertEqual(labels.phrases(startingWith: 0xC3).map { labels.phrases[$0] }.filter { $0[0] == 0xC3 }.count, 1)
        XCTAssertEqual(SecurityAnswerLabels().phrases(startingWith: UInt8(ascii: "s")), [])
    }
}
