import XCTest
@testable import HelpdeskCore

final class StepReferenceTests: XCTestCase {
    static let cases: [(text: String, step: Int?)] = [
        ("step 2 again", 2), ("Step 2", 2), ("what was step #3?", 3), ("step two", 2), ("the second step", 2),
        ("3rd step please", 3), ("the last step", Int.max), ("repeat step 10", 10),
        ("steps again", nil), ("2-step verification", nil), ("two step verification isn't working", nil),
        ("step 0", nil), ("what are the steps", nil), ("I did 2 steps", nil),
    ]

    func testReadsOneStep() {
        for (text, step) in Self.cases {
            XCTAssertEqual(StepReference().step(in: text), step, text)
        }
    }
}
