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
