import XCTest
@testable import HelpdeskCore

final class StepReferenceTests: XCTestCase {
    static let cases: [(text: String, step: Int?)] = [
        ("step 2 again", 2), ("Step 2", 2), ("what was step #3?", 3), ("step two", 2), ("the second step", 2),
        ("3rd step please", 3), ("the last step", Int.max), ("repeat step 10", 10),
        ("steps again", nil), ("2-step verification", nil), ("two step verification isn't working", nil),
        ("what are the steps", nil), ("I did 2 steps", nil),
        // Numbers no entry has are read as written, so the reply can say there is no such step.
        ("step 0", 0), ("step -1", -1), ("step 99", 99), ("step-1", 1), ("2-step", nil), ("steps 1-3", 1),
        // A number longer than any step's is none: Int.max was "the last step", Int.min stopped the session.
        ("step 999999", 999_999), ("step -999999", -999_999), ("step 1000000", nil), ("step 9223372036854775807", nil),
        ("step -9223372036854775808", nil), ("step 99999999999999999999", nil),
    ]

    func testReadsOneStep() {
        for (text, step) in Self.cases {
            XCTAssertEqual(StepReference().step(in: text), step, text)
        }
    }
}

extension StepReferenceTests {
    /// "The next step" and "the previous step" count from the step shown last; with none shown, they name no step.
    func testCountsFromTheStepShownLast() {
        let table: [(text: String, last: Int?, step: Int?)] = [
            ("next step", 2, 3), ("what's the next step?", 2, 3), ("the following step", 4, 5), ("previous step", 2, 1),
            ("previous step", 1, 1), ("next step", nil, nil), ("step 4", 2, 4), ("the last step", 2, Int.max),
            ("next steps", nil, nil), ("what comes next", 2, nil),
        ]
        for (text, last, step) in table {
            XCTAssertEqual(StepReference().step(in: text, after: last), step, "\(text) after \(String(describing: last))")
        }
    }
}
