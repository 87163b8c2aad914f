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

    /// The filter and the lists are one: a pair may end a label exactly when some label is listed for it; a label of
    /// one byte is listed after every byte.
    func testMayEndIsWhetherSomeLabelIsListed() {
        for labels in [["my name is", "name:", "caller"], ["my name is", "x", ":"], [], [":"]] {
            let endings = LabelEndings(labels.map { Array($0.utf8) })
            for previous in UInt8(0)...UInt8(127) {
                for last in [UInt8(ascii: "s"), UInt8(ascii: "e"), UInt8(ascii: "x"), UInt8(ascii: "r"), UInt8(ascii: "q")] {
                    let listed = endings.labels(endingIn: previous, last)
                    XCTAssertEqual(endings.mayEnd(previous, last), !listed.isEmpty, "\(labels) \(previous) \(last)")
                    if labels.contains("x") { XCTAssertTrue(listed.contains(1), "\(previous) \(last)") }
                }
            }
        }
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
