import XCTest
@testable import HelpdeskCore

/// What the matcher sees of a text: its personal data, and placeholders from earlier redactions, become spaces.
final class RedactorMatchingTests: XCTestCase {
    static let cases: [(input: String, expected: String)] = [
        ("forgot my password", "forgot my password"),
        ("SSN 123-45-6789 forgot password", "SSN   forgot password"),
        ("mail jane@example.com please", "mail   please"),
        ("from history: SSN [SSN] and [PHONE]", "from history: SSN   and  "),
        ("step 2 takes 30 minutes", "step 2 takes 30 minutes"),
    ]

    func testRemovesPersonalDataAndPlaceholders() {
        for (input, expected) in Self.cases {
            XCTAssertEqual(Redactor().removingPersonalData(from: input), expected, input)
        }
    }
}
