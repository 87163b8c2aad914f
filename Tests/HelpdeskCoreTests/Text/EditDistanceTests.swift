import XCTest
@testable import HelpdeskCore

final class EditDistanceTests: XCTestCase {
    /// (a, b, limit, distance); a distance above the limit is reported as limit + 1.
    private static let cases: [(a: String, b: String, limit: Int, distance: Int)] = [
        ("", "", 2, 0),
        ("abc", "abc", 0, 0),
        ("abc", "", 5, 3),
        ("", "abcd", 2, 3),
        ("abc", "", 1, 2),
        ("kitten", "sitting", 3, 3),
        ("kitten", "sitting", 2, 3),
        ("password", "pasword", 1, 1),
        ("password", "passwordd", 1, 1),
        ("password", "passward", 1, 1),
        // Transpositions count as one edit
        ("ab", "ba", 1, 1),
        ("recieve", "receive", 2, 1),
        ("passwrod", "password", 1, 1),
        ("apssword", "password", 1, 1),
        // Optimal string alignment: no edit of a transposed pair ("ca" -> "abc" is 3, not 2)
        ("ca", "abc", 3, 3),
        // The limit
        ("abcdef", "abcxyz", 3, 3),
        ("abcdef", "abcxyz", 2, 3),
        ("abcdef", "abcxyz", 1, 2),
        ("abcdef", "uvwxyz", 0, 1),
        ("short", "a much longer word", 2, 3),  // lengths too far apart
        ("verification", "verifcaton", 2, 2),
        ("verification", "vrfcation", 2, 3),
    ]

    func testDistances() {
        for c in Self.cases {
            XCTAssertEqual(EditDistance.between(Array(c.a.utf8), Array(c.b.utf8), limit: c.limit), c.distance,
                           "\(c.a) / \(c.b) limit \(c.limit)")
            XCTAssertEqual(EditDistance.between(Array(c.b.utf8), Array(c.a.utf8), limit: c.limit), c.distance,
                           "symmetric: \(c.b) / \(c.a) limit \(c.limit)")
        }
    }

    func testWordsLongerThanTheMaximumAreNeverClose() {
        let long = Array(String(repeating: "a", count: EditDistance.maximumLength + 1).utf8)
        XCTAssertEqual(EditDistance.between(long, long, limit: 2), 3)
        let atLimit = Array(String(repeating: "a", count: EditDistance.maximumLength).utf8)
        XCTAssertEqual(EditDistance.between(atLimit, atLimit, limit: 2), 0)
    }
}
