import XCTest
@testable import HelpdeskCore

/// `QuoteIntroductions.introduce`: a short line ending in a colon introduces a quote only with one of the phrases.
final class QuoteIntroductionsTests: XCTestCase {
    static let phrases = QuoteIntroductions(["pasted from", "wrote", "email from"])

    static let cases: [(text: String, introduces: Bool)] = [
        ("Pasted from Bill's email:", true),
        ("Thanks!\nClient wrote:", true),
        ("EMAIL FROM BOB:", true),
        ("Error:", false),
        ("Steps I tried:", false),
        ("Client wrote", false),                                   // no colon
        ("I pasted from the email the client sent me last week:", false),  // more than eight words
        ("wrote: the code never came", false),                    // the colon does not end the line
        ("pasted:", false),                                       // half a phrase
    ]

    func testOnlyALineWithAPhraseIntroducesAQuote() {
        for (text, introduces) in Self.cases {
            XCTAssertEqual(Self.phrases.introduce(text), introduces, text)
        }
    }

    func testWithoutPhrasesNoLineDoes() {
        XCTAssertFalse(QuoteIntroductions().introduce("Pasted from Bill's email:"))
    }

    func testTheShippedLexiconNamesTheUsualIntroductions() throws {
        let lexicon = try ShippedMatcher.get().knowledgeBase.lexicon
        let shipped = QuoteIntroductions(lexicon.quoteIntroductions)
        for text in ["Pasted from Bill's email:", "From the client email:", "Forwarding this from Dana:", "Client wrote:"] {
            XCTAssertTrue(shipped.introduce(text), text)
        }
        XCTAssertFalse(shipped.introduce("Error:"))
    }
}
