import XCTest
@testable import HelpdeskCore

/// The filter of label endings never turns away a label's own ending; a label's `:` is no part of it.
final class LabelEndingsTests: XCTestCase {
    func testEveryLabelsEndingIsKept() {
        let labels = ["my name is", "name:", "caller", "client name", "x"].map { Array($0.utf8) }
        let endings = LabelEndings(labels)
        let table: [(previous: Character, last: Character)] = [("i", "s"), ("m", "e"), ("e", "r"), ("q", "x"), (" ", "x")]
        for row in table {
            XCTAssertTrue(endings.mayEnd(row.previous.asciiValue!, row.last.asciiValue!), "\(row.previous)\(row.last)")
        }
    }

    /// The labels listed for an ending are those that end so (a label of one byte ends so after any byte), in order.
    func testTheLabelsOfAnEnding() {
        let labels = ["my name is", "name:", "caller", "client name", "x", "this"].map { Array($0.utf8) }
        let endings = LabelEndings(labels)
        let table: [(previous: Character, last: Character, labels: [Int])] = [
            ("i", "s", [0, 5]), ("m", "e", [1, 3]), ("e", "r", [2]), ("q", "x", [4]), ("a", "x", [4]),
        ]
        for row in table {
            let listed = endings.labels(endingIn: row.previous.asciiValue!, row.last.asciiValue!)
            XCTAssertEqual(listed.filter { index in
                let words = labels[index].last == UInt8(ascii: ":") ? labels[index].dropLast() : labels[index][...]
                return words.last == row.last.asciiValue! && (words.count < 2 || words[words.endIndex - 2] == row.previous.asciiValue!)
            }, row.labels, "\(row.previous)\(row.last)")
            XCTAssertEqual(listed, listed.sorted())
        }
        XCTAssertEqual(LabelEndings([]).labels(endingIn: UInt8(ascii: "i"), UInt8(ascii: "s")), [])
    }

    func testNoLabelsKeepNoEnding() {
        let endings = LabelEndings([])
        XCTAssertFalse(endings.mayEnd(UInt8(ascii: "h"), UInt8(ascii: "e")))
        XCTAssertFalse(endings.mayEnd(0, UInt8(ascii: "e")))
    }

    func testMostOtherEndingsAreTurnedAway() {
        let endings = LabelEndings(["my name is", "caller"].map { Array($0.utf8) })
        let others = ["he", "as", "to", "ou", "nd", "ng", "ly", "ow"].map { Array($0.utf8) }
        XCTAssertLessThan(others.filter { endings.mayEnd($0[0], $0[1]) }.count, others.count / 2)
    }
}
