import XCTest
@testable import HelpdeskCore

final class ContentDigestTests: XCTestCase {
    private func digest(_ parts: [String]) -> UInt64 {
        var digest = ContentDigest()
        for part in parts { digest.add(part) }
        return digest.value
    }

    func testEqualInputGivesEqualDigestsAndAnyChangeDiffers() {
        let base = ["version: 1\nentries: []\n", "words"]
        XCTAssertEqual(digest(base), digest(base))
        let changes: [(name: String, parts: [String])] = [
            ("one byte changed", ["version: 1\nentries: []\r", "words"]),
            ("split moved", ["version: 1\nentries: []\nw", "ords"]),
            ("part added", base + [""]),
            ("parts swapped", base.reversed()),
            ("long tail byte", ["version: 1\nentries: []\n", "wordz"]),
            ("empty", []),
        ]
        var seen: Set<UInt64> = [digest(base)]
        for change in changes {
            XCTAssertTrue(seen.insert(digest(change.parts)).inserted, change.name)
        }
    }
}
