import XCTest
@testable import HelpdeskCore

final class ImportClashTests: XCTestCase {
    func testNamesTheCSVLineTheLabelAndWhereTheEntryIs() {
        let cases: [(clash: ImportClash, expected: String)] = [
            (ImportClash(line: 2, label: "reset-idme-password", id: "reset-idme-password",
                         existing: SourceLocation(file: "kb/idme.yaml", line: 685, column: 5)),
             "c.csv:2: label 'reset-idme-password' is already an entry in kb (idme.yaml:685); rename the label or import into another --out"),
            (ImportClash(line: 9, label: "Greeting", id: "greeting", existing: SourceLocation(file: "/srv/kb/smalltalk.yaml", line: 8)),
             "c.csv:9: label 'Greeting' (entry id 'greeting') is already an entry in kb (smalltalk.yaml:8); rename the label or import into another --out"),
        ]
        for (clash, expected) in cases {
            XCTAssertEqual(clash.description(file: "c.csv", folder: "kb"), expected)
        }
    }
}
