import XCTest
@testable import HelpdeskCore

/// `Redactor(knowledgeBase:vocabulary:)`: the one redactor built from a knowledge base, which the matcher uses and
/// which eval, batch's CSV header and kb import are given; a plain `Redactor()` knows none of the KB's lists.
final class RedactorKnowledgeBaseTests: XCTestCase {
    /// Text, what the shipped KB's redactor makes of it, and what a plain redactor makes of it.
    static let cases: [(text: String, kb: String, plain: String)] = [
        // A given name of the lexicon's `given_names`, wherever it stands.
        ("Marcy says the code never came", "[NAME] says the code never came", "Marcy says the code never came"),
        // A word of `not_password_words` after "password" is no password.
        ("used the password generator", "used the password generator", "used the password [PASSWORD]"),
        ("SSN 123-45-6789", "SSN [SSN]", "SSN [SSN]"),
    ]

    func testTheKnowledgeBasesListsRedactWhatAPlainRedactorKeeps() throws {
        let matcher = try ShippedMatcher.get()
        let shared = Redactor(knowledgeBase: matcher.knowledgeBase, vocabulary: matcher.pipeline.vocabulary)
        for c in Self.cases {
            XCTAssertEqual(shared.redact(c.text), c.kb, c.text)
            XCTAssertEqual(matcher.redactor.redact(c.text), c.kb, "the matcher's is the same: \(c.text)")
            XCTAssertEqual(Redactor().redact(c.text), c.plain, c.text)
        }
    }

    /// Without a vocabulary (kb import has no matcher), the KB's lists still redact.
    func testWithoutAVocabularyTheListsStillRedact() throws {
        let kb = try ShippedMatcher.get().knowledgeBase
        XCTAssertEqual(Redactor(knowledgeBase: kb, vocabulary: nil).redact("Marcy says the code never came"),
                       "[NAME] says the code never came")
    }
}
