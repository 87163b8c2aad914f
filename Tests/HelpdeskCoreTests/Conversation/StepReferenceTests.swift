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
        // A number longer than any step's is out of range, so the reply says there is no such step: Int.max was "the
        // last step", Int.min stopped the session, and as no step at all it showed every step.
        ("step 999999", 999_999), ("step -999999", -999_999), ("step 1000000", StepReference.outOfRange),
        ("step 9223372036854775807", StepReference.outOfRange), ("step -9223372036854775808", -StepReference.outOfRange),
        ("step 99999999999999999999", StepReference.outOfRange),
    ]

    /// The shipped lexicon's ordinal and relative step words.
    static func shipped() throws -> StepReference {
        StepReference(lexicon: try ShippedMatcher.get().knowledgeBase.lexicon)
    }

    func testReadsOneStep() throws {
        let reference = try Self.shipped()
        for (text, step) in Self.cases {
            XCTAssertEqual(reference.step(in: text), step, text)
        }
    }
}

extension StepReferenceTests {
    /// "The next step" and "the previous step" count from the step shown last; with none shown, they name no step.
    func testCountsFromTheStepShownLast() throws {
        let reference = try Self.shipped()
        let table: [(text: String, last: Int?, step: Int?)] = [
            ("next step", 2, 3), ("what's the next step?", 2, 3), ("the following step", 4, 5), ("previous step", 2, 1),
            ("previous step", 1, 1), ("next step", nil, nil), ("step 4", 2, 4), ("the last step", 2, Int.max),
            ("next steps", nil, nil), ("what comes next", 2, nil),
        ]
        for (text, last, step) in table {
            XCTAssertEqual(reference.step(in: text, after: last), step, "\(text) after \(String(describing: last))")
        }
    }
}

extension StepReferenceTests {
    /// The shipped lexicon holds the words that were Swift literals in `StepReference` before they moved to it.
    func testTheShippedWordsAreTheOnesThatWereBuiltIn() throws {
        let reference = try Self.shipped()
        XCTAssertEqual(reference.ordinals, ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                                            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2,
                                            "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10])
        XCTAssertEqual(reference.relative, ["next": 1, "following": 1, "previous": -1, "prior": -1])
        XCTAssertEqual(reference.numbers, ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                                           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12])
    }

    /// The same lines read with the shipped words, with other words, and with none (a KB whose lexicon lacks
    /// `step_number_words`, `ordinal_words` and `relative_step_words`): only "step 2" and "the last step" need no word
    /// list ("step two" needed none while `numberWords` was a Swift literal).
    func testOtherWordsReadStepsDifferently() throws {
        let shipped = try Self.shipped()
        let custom = StepReference(numbers: ["Two": 2, "drei": 3], ordinals: ["Zweite": 2], relative: ["naechste": 1, "skip": 2])
        let none = StepReference()
        let cases: [(text: String, last: Int?, shipped: Int?, custom: Int?, none: Int?)] = [
            ("the second step", nil, 2, nil, nil),
            ("what's the fourth step", nil, 4, nil, nil),
            ("der zweite Step", nil, nil, 2, nil),
            ("next step", 2, 3, nil, nil),
            ("naechste step", 2, nil, 3, nil),
            ("skip step", 2, nil, 4, nil),
            ("previous step", 1, 1, nil, nil),
            ("step 2", nil, 2, 2, 2),
            ("step two", nil, 2, 2, nil),
            ("what's step three", nil, 3, nil, nil),
            ("step drei bitte", nil, nil, 3, nil),
            ("step twelve", nil, 12, nil, nil),
            ("step thirteen", nil, nil, nil, nil),
            ("the last step", nil, Int.max, Int.max, Int.max),
            ("two step verification isn't working", nil, nil, nil, nil),
            ("drei step verification", nil, nil, nil, nil),
        ]
        for c in cases {
            XCTAssertEqual(shipped.step(in: c.text, after: c.last), c.shipped, "shipped: \(c.text)")
            XCTAssertEqual(custom.step(in: c.text, after: c.last), c.custom, "custom: \(c.text)")
            XCTAssertEqual(none.step(in: c.text, after: c.last), c.none, "none: \(c.text)")
        }
        XCTAssertEqual(StepReference(lexicon: Lexicon()), StepReference())
    }

    /// An offset that would run past the largest whole number names no step, rather than stopping the session.
    func testAnOffsetPastTheLargestNumberNamesNoStep() {
        let reference = StepReference(relative: ["next": 1, "back": -5])
        XCTAssertNil(reference.step(in: "next step", after: Int.max))
        XCTAssertEqual(reference.step(in: "back step", after: 2), 1, "never below step 1")
    }
}
