import XCTest
@testable import HelpdeskCore

/// A reply whose own lines ask nothing is answered from the message it quotes; one that asks or says something of its
/// own keeps its answer.
final class MatcherQuotedMessageTests: XCTestCase {
    static let outlook = "\n\n-----Original Message-----\nFrom: Jane Client\nSent: Monday, March 3, 2025 9:14 AM\nTo: Bob\n"
        + "Subject: RE: login\n\nBob, my ID.me account says it is locked after too many tries. What do I do?\n"

    static let cases: [(text: String, primary: String?, quotedRead: Bool, reason: String)] = [
        ("Hi team, please see below and advise." + outlook, "locked-account", true, "the writer asks nothing"),
        ("Please see below.\n\nOn Tue, Mar 4, 2025 at 10:00 AM Jane wrote:\n> I got a new phone and ID.me keeps asking for a code I cannot get.",
         "mfa-recovery", true, "a Gmail attribution and > lines"),
        ("I forgot my ID.me password." + outlook, "reset-idme-password", false, "the writer's own problem comes first"),
        ("Thanks, all working now!" + outlook, "thanks", false, "small talk of the writer's own"),
        // A line of the writer's own that introduces the quote makes the quote the question, whatever small talk
        // is around it (the thanks here was the client's, pasted after the quote).
        ("Pasted from Bill's email:\n> Hi, I got a new Samsung over the weekend.\n> ID.me keeps asking for the code from my old phone.\nThanks, Bill",
         "mfa-recovery", true, "a line that introduces the quote"),
        ("Thanks, all working now!\n> my idme code never came", "thanks", false, "no line introduces the quote"),
        // A line ending in a colon introduces the quote only with a phrase of the lexicon's `quote_introductions`.
        ("Thanks, all working now!\nError:\n> my idme code never came", "thanks", false, "'Error:' introduces no quote"),
        ("Thanks, all working now!\nSteps I tried:\n> my idme code never came", "thanks", false, "nor 'Steps I tried:'"),
        ("Thanks!\nClient wrote:\n> my idme code never came", "mfa-recovery", true, "'wrote' introduces the quote"),
        ("see below\n\n-----Original Message-----\nmy QuickBooks password does not work", nil, false, "a quoted off-topic message"),
    ]

    func testTheQuotedMessageIsReadWhenTheWriterAsksNothing() throws {
        let matcher = try ShippedMatcher.get()
        for (text, primary, quotedRead, reason) in Self.cases {
            let found = matcher.matchProblems(text)
            XCTAssertEqual(found.primary.chosen?.id, primary, reason)
            XCTAssertEqual(found.leftOut.quotedMessageRead, quotedRead, reason)
            XCTAssertFalse(found.primary.question.contains("Jane Client") && found.primary.question.contains("@"), reason)
        }
    }
}
