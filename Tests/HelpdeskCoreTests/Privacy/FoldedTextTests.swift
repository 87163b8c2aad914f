import Foundation
import XCTest
@testable import HelpdeskCore

/// `FoldedText` reads as ASCII exactly the characters the matcher's normalizer reads as one ASCII character.
final class FoldedTextTests: XCTestCase {
    /// The generated table is what Foundation's NFKC and `Normalizer.plainForm(of:)` say today; when it is not,
    /// the failure message holds the table to paste into `FoldedText+Table.swift`.
    func testTableIsTheNormalizersMapping() {
        var runs: [(first: UInt32, last: UInt32, ascii: UInt8)] = []
        for value in UInt32(0x80)...0x10FFFF {
            // Unassigned and private-use scalars have no compatibility form; skipping them saves most of the time.
            guard let scalar = Unicode.Scalar(value),
                  ![.unassigned, .privateUse].contains(scalar.properties.generalCategory) else { continue }
            let form = Normalizer.plainForm(of: value) ?? String(scalar).precomposedStringWithCompatibilityMapping
            guard form.utf8.count == 1, let ascii = form.utf8.first, ascii < 0x80 else { continue }
            if let last = runs.last, last.last + 1 == value, UInt32(last.ascii) + (value - last.first) == UInt32(ascii) {
                runs[runs.count - 1].last = value
            } else {
                runs.append((value, value, ascii))
            }
        }
        let matches = runs.count == FoldedText.table.count
            && zip(runs, FoldedText.table).allSatisfy { $0.first == $1.first && $0.last == $1.last && $0.ascii == $1.ascii }
        guard !matches else { return }
        func hex(_ value: UInt32) -> String { "0x" + String(value, radix: 16, uppercase: true) }
        let literal = runs.map { "(\(hex($0.first)), \(hex($0.last)), \($0.ascii))," }.joined(separator: " ")
        XCTFail("FoldedText.table is out of date; expected:\n\(literal)")
    }

    func testFoldsEachFormToItsASCII() {
        let cases: [(input: String, expected: String?)] = [
            ("plain ASCII 123-45-6789", nil),
            ("Café ✓ 全角スペース", nil),
            ("１２３－４５－６７８９", "123-45-6789"),
            ("¹²³-⁴⁵-⁶⁷⁸⁹", "123-45-6789"),
            ("₁₂₃-₄₅-₆₇₈₉", "123-45-6789"),
            ("①②③-④⑤-⑥⑦⑧⑨", "123-45-6789"),
            ("123﹣45﹣6789", "123-45-6789"),
            ("123\u{2011}45\u{2212}6789\u{00A0}x\u{3000}y\u{2009}z", "123-45-6789 x y z"),
            ("\u{1D7CF}\u{1D7EE} ℙ０", "12 P0"),
            ("o\u{2019}brien ＠ mail", "o'brien @ mail"),
            ("Café １", "Café 1"),
            // Invisible characters the matcher ignores are left out, so the number inside reads whole.
            ("123\u{00AD}-45-67\u{200D}89", "123-45-6789"),
            ("123\u{200B}45\u{2060}6789\u{FEFF}", "123456789"),
            ("jane\u{FE0E}@firm.com", "jane@firm.com"),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(FoldedText.folding(input), expected, input)
        }
    }

    func testOriginsPointAtTheCharactersAsTyped() {
        let text = "é¹２"
        let folded = Array(text.utf8).withUnsafeBufferPointer { FoldedText($0) }
        XCTAssertEqual(folded?.bytes, Array("é12".utf8))
        XCTAssertEqual(folded?.origins, [0, 1, 2, 4, 7])
    }
}
