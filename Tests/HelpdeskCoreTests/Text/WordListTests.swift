import XCTest
@testable import HelpdeskCore
import TestSupport

final class WordListTests: XCTestCase {
    func testContains() {
        let table: [(name: String, text: String, count: Int, present: [String], absent: [String])] = [
            ("sorted", "apple\nchance\nzebra\n", 3, ["apple", "chance", "zebra"], ["change", "", "app", "zebras"]),
            ("unsorted", "zebra\napple\nchance", 3, ["apple", "chance", "zebra"], ["change"]),
            ("comments and blank lines", "# a word list\napple\n\n# more\nzebra\n", 2, ["apple", "zebra"], ["# more", "# a word list", ""]),
            ("CRLF line ends", "apple\r\nzebra\r\n", 2, ["apple", "zebra"], ["apple\r"]),
            ("empty", "", 0, [], ["apple", ""]),
            ("non-ASCII", "café\ncafe\n", 2, ["café", "cafe"], ["cafè"]),
        ]
        for row in table {
            let list = WordList(text: row.text)
            XCTAssertEqual(list.count, row.count, row.name)
            for word in row.present { XCTAssertTrue(list.contains(word), "\(row.name): \(word)") }
            for word in row.absent { XCTAssertFalse(list.contains(word), "\(row.name): \(word.debugDescription)") }
        }
    }

    func testSortedAndUnsortedListsAgree() {
        let words = (0..<200).map { "w\(($0 * 7919) % 1000)" }
        let shuffled = WordList(text: words.joined(separator: "\n"))
        let sorted = WordList(text: words.sorted().joined(separator: "\n"))
        for probe in (0..<1000).map({ "w\($0)" }) {
            XCTAssertEqual(shuffled.contains(probe), sorted.contains(probe), probe)
            XCTAssertEqual(sorted.contains(probe), words.contains(probe), probe)
        }
    }
}

extension WordListTests {
    func testAFileIsReadOnItsFirstLookUp() throws {
        let directory = try makeTemporaryDirectory("wordlist")
        let path = directory.appendingPathComponent("words.txt").path
        try "# words\napple\nchance\nzebra\n".write(toFile: path, atomically: true, encoding: .utf8)
        let list = try WordList(contentsOf: path)
        XCTAssertEqual(list, WordList(text: "apple\nchance\nzebra"))
        XCTAssertTrue(list.contains("chance"))
        XCTAssertFalse(list.contains("change"))
        XCTAssertEqual(list.count, 3)
        // A changed file has another digest (size and change time), without reading it.
        let before = list.digest
        try "apple\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertNotEqual(try WordList(contentsOf: path).digest, before)
        // Missing files and folders cannot be opened.
        XCTAssertThrowsError(try WordList(contentsOf: directory.appendingPathComponent("missing.txt").path))
        XCTAssertThrowsError(try WordList(contentsOf: directory.path))
    }
}

extension WordListTests {
    private func stored(_ list: WordList) -> [UInt8] {
        var writer = SnapshotWriter()
        list.write(to: &writer)
        return writer.bytes
    }

    private func reopened(_ bytes: [UInt8]) throws -> WordList {
        var reader = SnapshotReader(bytes)
        return try WordList(from: &reader)
    }

    func testSnapshotKeepsTextListsAndReopensFileLists() throws {
        let text = WordList(text: "apple\nzebra\n")
        let decoded = try reopened(stored(text))
        XCTAssertEqual(decoded, text)
        XCTAssertTrue(decoded.contains("zebra"))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("words-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "apple\nchance\n".write(toFile: path, atomically: true, encoding: .utf8)
        let file = try WordList(contentsOf: path)
        let bytes = stored(file)
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains("words-"), "a file list is stored as its path")
        let again = try reopened(bytes)
        XCTAssertEqual(again.digest, file.digest)
        XCTAssertTrue(again.contains("chance"))
        try FileManager.default.removeItem(atPath: path)
        XCTAssertThrowsError(try reopened(bytes), "a vanished file cannot be reopened")
    }
}
