import XCTest
@testable import HelpdeskCore

/// `DataLabels.dropTrailingLabel`: which words before a piece of data go with it, by the lists a lexicon gives.
final class DataLabelsTests: XCTestCase {
    static let full = DataLabels(labels: ["ssn", "call", "me", "at"], links: ["is"], linkedLabels: ["my", "email"])
    static let linkedOnly = DataLabels(linkedLabels: ["my", "email"])
    static let withVerbs = DataLabels(labels: ["ssn", "me", "at"], verbs: ["call", "text"], links: ["is"])

    /// Labels, the text before the data, and what is left of it.
    static let cases: [(labels: DataLabels, before: String, kept: String)] = [
        (full, "forgot password. SSN ", "forgot password. "),
        (full, "new phone, call me at ", "new phone, "),
        (full, "forgot password. my email is ", "forgot password. "),
        (full, "forgot password. Email: ", "forgot password. "),
        (full, "can't open my email ", "can't open my email "),          // no link: the email is the problem
        (full, "no access to my email, email is ", "no access to my email, "),
        (full, "(my email is ", "("),                                    // "(" starts a clause too
        (full, "reset sent ( my email is ", "reset sent ( "),
        (full, "(SSN ", "("),
        (linkedOnly, "forgot password. Email: ", "forgot password. "),  // a colon links without `links`
        (linkedOnly, "forgot password. my email is ", "forgot password. my email is "),
        (DataLabels(), "forgot password. SSN ", "forgot password. SSN "),
        (full, "", ""),
        // A word that says something keeps its place, but not the colon or "=" that linked it to the data.
        (full, "code: ", "code"),
        (full, "the pin = ", "the pin"),
        // A verb labels the data only with another label between them: "should I call 866-..." asks about calling.
        (withVerbs, "new phone, call me at ", "new phone, "),
        (withVerbs, "text me ", ""),
        (withVerbs, "should I call ", "should I call "),
        (withVerbs, "call: ", ""),
    ]

    func testDropsOnlyTheWordsThatLabelTheData() {
        for c in Self.cases {
            var text = c.before
            c.labels.dropTrailingLabel(&text)
            XCTAssertEqual(text, c.kept, c.before)
        }
    }

    func testEmptyOnlyWithoutAnyList() {
        XCTAssertTrue(DataLabels().isEmpty)
        XCTAssertFalse(Self.linkedOnly.isEmpty)
        XCTAssertFalse(DataLabels(links: ["is"]).isEmpty)
    }
}
