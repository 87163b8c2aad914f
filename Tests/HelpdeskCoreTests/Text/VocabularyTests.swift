import XCTest
@testable import HelpdeskCore

/// `Vocabulary`'s quick test of how many letters two words' letter sets differ by agrees with counting the bits.
final class VocabularyTests: XCTestCase {
    func testHasAtMostAgreesWithTheBitCount() {
        let values: [UInt32] = [0, 1, 2, 3, 5, 0b1011, 1 << 25, 1 << 31 | 1, 0x3FF_FFFF, .max]
        for bits in values {
            for limit in 0...3 {
                XCTAssertEqual(Vocabulary.hasAtMost(limit, bitsIn: bits), bits.nonzeroBitCount <= limit, "\(bits) \(limit)")
            }
        }
    }

    /// A word one edit away is found through the letter-set test, and one with two letters outside the word's is not.
    func testClosestWithinOneEdit() {
        let vocabulary = Vocabulary(words: ["password", "passport", "reset"], protected: [])
        XCTAssertEqual(vocabulary.closest(to: Array("pasword".utf8), limit: 1), "password")
        XCTAssertEqual(vocabulary.closest(to: Array("resst".utf8), limit: 1), "reset")
        XCTAssertNil(vocabulary.closest(to: Array("pazzword".utf8), limit: 1))
    }
}
