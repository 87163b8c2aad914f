import XCTest
@testable import HelpdeskCore

final class FeatureExtractorTests: XCTestCase {
    private func keys(_ terms: [String], grams: ClosedRange<Int> = 2...5) -> [UInt64] {
        var keys: [UInt64] = []
        FeatureExtractor(characterGrams: grams).keys(of: terms, into: &keys)
        return keys
    }

    /// Character n-grams of a word of `length` letters padded with a space on each side.
    private func gramCount(length: Int, grams: ClosedRange<Int>) -> Int {
        grams.reduce(0) { $0 + max(0, length + 2 - $1 + 1) }
    }

    func testKeyCounts() {
        // Per word: the word, the pair with the word before (or the start mark), its n-grams; then one end pair.
        // "reset" padded is 7 characters: 6 + 5 + 4 + 3 = 18 grams; "password" padded is 10: 9 + 8 + 7 + 6 = 30.
        let table: [(terms: [String], grams: ClosedRange<Int>, count: Int)] = [
            ([], 2...5, 0),
            (["a"], 2...5, 1 + 1 + 3 + 1),  // " a " has 2 bigrams and 1 trigram
            (["reset"], 2...5, 1 + 1 + 18 + 1),
            (["reset", "password"], 2...5, (1 + 1 + 18) + (1 + 1 + 30) + 1),
            (["reset"], 3...3, 1 + 1 + 5 + 1),
            (["ab", "ab", "ab"], 2...2, 3 * (1 + 1 + 3) + 1),
        ]
        for row in table {
            XCTAssertEqual(keys(row.terms, grams: row.grams).count, row.count, "\(row.terms) \(row.grams)")
            let grams = row.terms.reduce(0) { $0 + gramCount(length: $1.utf8.count, grams: row.grams) }
            XCTAssertEqual(row.count, grams + 2 * row.terms.count + (row.terms.isEmpty ? 0 : 1), "hand count: \(row.terms)")
        }
    }

    func testKeysAreDeterministic() {
        let terms = ["cant", "receiv", "code", "idme"]
        XCTAssertEqual(keys(terms), keys(terms))
        XCTAssertEqual(FeatureExtractor(), FeatureExtractor(characterGrams: 3...5))
        // Fixed by the hash, not by the process: a model cached by one run must match the next.
        XCTAssertEqual(keys(["a"], grams: 2...2).first, FNV.add(UInt8(ascii: "a"), to: FNV.start(1)))
    }

    func testWordsPairsAndGramsAreDistinctFeatures() {
        // "ab ab": word "ab" twice (term frequency), pairs start-ab, ab-ab and ab-end, and the grams of each "ab".
        let all = keys(["ab", "ab"], grams: 2...2)
        let word = FNV.add(UInt8(ascii: "b"), to: FNV.add(UInt8(ascii: "a"), to: FNV.start(1)))
        XCTAssertEqual(all.filter { $0 == word }.count, 2)
        XCTAssertEqual(Set(all).count, 1 + 3 + 3, "one word, three distinct pairs, three distinct bigrams (' a', 'ab', 'b ')")
        XCTAssertEqual(all.count, 2 * (1 + 1 + 3) + 1)
    }

    func testWordOrderChangesOnlyThePairs() {
        let forward = keys(["reset", "password"])
        let backward = keys(["password", "reset"])
        XCTAssertNotEqual(forward, backward)
        let shared = Set(forward).intersection(backward)
        // Words and grams are shared; of the pairs (start-x, x-y, y-end) none is.
        XCTAssertEqual(Set(forward).count - shared.count, 3)
    }

    func testFingerprintFollowsTheFeatures() {
        // Model caches are keyed on it: a change to the features must change it, and nothing else may.
        XCTAssertEqual(FeatureExtractor().fingerprint, FeatureExtractor().fingerprint)
        XCTAssertNotEqual(FeatureExtractor(characterGrams: 3...5).fingerprint, FeatureExtractor(characterGrams: 2...5).fingerprint)
        XCTAssertNotEqual(FeatureExtractor(characterGrams: 3...5).fingerprint, FeatureExtractor(characterGrams: 3...4).fingerprint)
    }

    func testEmptyTermGetsWordAndPairKeys() {
        // An empty term (e.g. the "" a synonym could leave) still has a word, a pair and the one bigram "  ".
        XCTAssertEqual(keys([""], grams: 2...5).count, 1 + 1 + 1 + 1)
    }

    /// The grams read as plainly as can be: each gram of the padded word hashed from its first byte.
    private func plainGrams(_ word: String, grams: ClosedRange<Int>) -> [UInt64] {
        let padded = [UInt8(32)] + Array(word.utf8) + [32]
        var keys: [UInt64] = []
        for start in padded.indices {
            for n in grams where start + n <= padded.count {
                keys.append(padded[start..<(start + n)].reduce(FNV.start(3)) { FNV.add($1, to: $0) })
            }
        }
        return keys
    }

    func testGramsAreEachGramOfThePaddedWord() {
        // Each term gives its word key, its pair key, then its grams in order of their start and length.
        let table: [(word: String, grams: ClosedRange<Int>)] = [
            ("", 2...5), ("a", 3...5), ("ab", 3...5), ("abc", 3...5), ("reset", 3...5), ("password", 3...5),
            ("caf\u{E9}", 3...5), ("reset", 1...1), ("reset", 2...2), ("authenticator", 4...7),
        ]
        for row in table {
            let all = keys([row.word], grams: row.grams)
            XCTAssertEqual(Array(all.dropFirst(2).dropLast()), plainGrams(row.word, grams: row.grams), "\(row.word) \(row.grams)")
        }
    }
}
