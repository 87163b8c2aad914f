import XCTest
@testable import HelpdeskCore

/// The message a reply quotes is found after its opening line, or as its `>` lines, without one level of `>`.
final class ReplyTrimmerQuotedMessageTests: XCTestCase {
    static let trimmer = ReplyTrimmer(subjectLabels: ["subject"], replySeparators: ["original message"],
                                      replyHeaderLabels: ["from", "sent", "to", "subject"],
                                      replyAttributions: ["on ... wrote"], forwardSeparators: ["forwarded message"])

    static let cases: [(input: String, quoted: String?, reason: String)] = [
        ("see below\n-----Original Message-----\nFrom: Jane\nSent: Mon\nSubject: locked\n\nmy account is locked",
         "From: Jane\nSent: Mon\nSubject: locked\n\nmy account is locked", "after a separator, its header kept"),
        ("see below\n\nFrom: Jane\nSent: Mon\nTo: Bob\n\nnew phone, no code", "From: Jane\nSent: Mon\nTo: Bob\n\nnew phone, no code",
         "a header block after the writer's text"),
        ("please advise\nOn Tue, Mar 4, 2025 Jane wrote:\n> new phone\n> >older quote", "new phone\n>older quote",
         "an attribution, one level of > taken off"),
        ("fyi\n> locked out\nthanks", "locked out", "the > lines alone"),
        ("From: Jane\nSent: Mon\nTo: Bob\n\nlocked out", nil, "a header at the top heads the message itself"),
        ("fyi\n---------- Forwarded message ---------\nFrom: Jane\nSent: Mon\nTo: Bob\n\nlocked out", nil,
         "a forwarded message is the writer's own text"),
        ("forgot my password", nil, "one line"),
        ("see below\n-----Original Message-----\n\n", nil, "nothing quoted with a letter"),
    ]

    func testTheQuotedMessage() {
        for (input, quoted, reason) in Self.cases {
            XCTAssertEqual(Self.trimmer.quotedMessage(in: input), quoted, reason)
        }
    }
}
