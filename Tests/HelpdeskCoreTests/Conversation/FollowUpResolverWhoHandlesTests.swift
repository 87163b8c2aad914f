import XCTest
@testable import HelpdeskCore

/// Whose matter a topic is, asked about someone by name ("can the IRS help?"): the topic's contacts say whether that
/// one is among them, before the escalation. About contacting ID.me, "can the IRS reset it for me?" got only the
/// escalation, "...are not ID.me's to answer: contact the IRS", which read as "yes, call the IRS".
final class FollowUpResolverWhoHandlesTests: XCTestCase {
    /// Topic, line, the answer's first line, and a phrase the answer must hold after it.
    static let cases: [(entry: String, line: String, lead: String, contains: String)] = [
        ("contact-idme", "can the IRS reset it for me?", "This topic's contacts (IRS is not one of them):",
         "When: Sign-in trouble (forgotten password, MFA"),
        ("contact-idme", "should I call the irs instead", "This topic's contacts (IRS is not one of them):",
         "When: Sign-in trouble (forgotten password, MFA"),
        ("mfa-recovery", "can the IRS help?", "This topic's contacts (IRS is not one of them):",
         "MFA is an ID.me matter; the IRS doesn't handle it."),
        ("mfa-recovery", "does ID.me handle this?", "ID.me is one of this topic's contacts:", "When: MFA recovery fails."),
        ("contact-irs", "should I call the irs instead", "IRS is one of this topic's contacts:", "When: Transcripts, refund status"),
        // "IRS e-help desk" is another contact than "IRS": the line names only the IRS.
        ("e-help-desk", "can the irs help", "This topic's contacts (IRS is not one of them):", "IRS e-help desk: 866-255-0654"),
        // A topic with no contacts of its own: its escalation, which says who handles what.
        ("what-is-idme", "can the irs help",
         "Questions about your own ID.me account go to ID.me's help/support. Questions about a tax account go to the IRS.", "go to the IRS"),
    ]

    func testNamesWhetherTheOneAskedAboutIsAContact() throws {
        let matcher = try ShippedMatcher.get()
        let resolver = FollowUpResolver(matcher: matcher)
        for c in Self.cases {
            let entry = try XCTUnwrap(matcher.knowledgeBase.entry(id: c.entry))
            let match = try XCTUnwrap(resolver.resolve(c.line, in: [entry]), "\(c.entry) / \(c.line)")
            guard case .intent(.whoHandles, _) = match.kind else { return XCTFail("\(c.entry) / \(c.line): \(match.kind)") }
            XCTAssertEqual(match.answer.split(separator: "\n").first.map(String.init), c.lead, "\(c.entry) / \(c.line)")
            XCTAssertTrue(match.answer.contains(c.contains), "\(c.entry) / \(c.line): \(match.answer)")
            if let escalation = entry.escalation { XCTAssertTrue(match.answer.hasSuffix(escalation), "\(c.entry) / \(c.line)") }
        }
    }

    /// The contacts a line names, the longest name winning over one it holds ("IRS e-help desk" over "IRS").
    func testNamedParties() throws {
        let resolver = FollowUpResolver(matcher: try ShippedMatcher.get())
        let table: [(line: String, named: [String])] = [
            ("can the IRS help", ["IRS"]), ("does id.me handle this", ["ID.me"]), ("can the irs e-help desk help", ["IRS e-help desk"]),
            ("who handles this", []),
        ]
        for (line, named) in table {
            let terms = Set(resolver.pipeline.analyze(line).terms)
            XCTAssertEqual(resolver.namedParties(in: terms).map(\.name), named, line)
        }
    }

    /// With no parties (a resolver built without a knowledge base's contacts), the escalation alone, as before.
    func testWithoutPartiesTheEscalation() throws {
        let matcher = try ShippedMatcher.get()
        let kb = matcher.knowledgeBase
        let resolver = FollowUpResolver(pipeline: matcher.pipeline, fallback: kb.fallback, phrasings: kb.lexicon.followUpPhrasings,
                                        functionWords: kb.lexicon.functionWords)
        let entry = try XCTUnwrap(kb.entry(id: "contact-idme"))
        XCTAssertEqual(resolver.resolve("can the IRS help?", in: [entry])?.answer, entry.escalation)
    }
}
