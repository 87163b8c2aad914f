import XCTest
@testable import HelpdeskCore

final class WordTableTests: XCTestCase {
    /// Every word is found with its value, words not given are not, whatever their length (small and heap strings).
    func testLooksUpAsADictionaryDoes() {
        var random = SplitMix(seed: 11)
        var dictionary: [String: Int] = [:]
        for _ in 0..<3_000 {
            let length = Int(random.next() % 24) + 1
            let word = String((0..<length).map { _ in Character(UnicodeScalar(UInt8(97 + random.next() % 26))) })
            dictionary[word] = Int(random.next() % 1_000)
        }
        let table = WordTable(dictionary.map { ($0.key, $0.value) }, capacity: dictionary.count)
        XCTAssertEqual(table.count, dictionary.count)
        for (word, value) in dictionary { XCTAssertEqual(table[word], value, word) }
        for word in ["", "zzzzzzzzzzzzzzzzzzzzzzzzzz", "é", "a b", "résumé"] { XCTAssertEqual(table[word], dictionary[word]) }
    }

    /// A word given twice keeps its last value; a table built without a capacity grows as it is filled.
    func testLastValueWinsAndTheTableGrows() {
        let pairs = (0..<100).map { ("word\($0 % 40)", $0) }
        let table = WordTable(pairs)
        XCTAssertEqual(table.count, 40)
        XCTAssertEqual(table["word0"], 80)
        XCTAssertEqual(table["word39"], 79)
        XCTAssertNil(table["word40"])
        XCTAssertEqual(Array(table.pairs.map(\.0).prefix(2)), ["word0", "word1"])
    }

    func testEmptyTableFindsNothing() {
        let table = WordTable<String>([])
        XCTAssertNil(table["reset"])
        XCTAssertEqual(table.count, 0)
    }
}
