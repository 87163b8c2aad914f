import XCTest
@testable import HelpdeskCore

/// A knowledge base's public email addresses are those its answers give; its questions give none; its matcher keeps
/// them as typed.
final class KnowledgeBasePublicEmailAddressesTests: XCTestCase {
    func testAddressesComeFromAnswers() {
        var entry = Entry(id: "desk", title: "Write to desk@example.org", summary: "Write to Support@Example.org.",
                          questions: ["is jane@example.org the desk?"])
        entry.steps = ["Copy help@example.org in."]
        entry.followUps = [FollowUp(questions: ["mail?"], answer: "Or abuse@example.org.")]
        let fallback = FallbackAnswer(title: "No answer", summary: "Try info@example.org.")
        let kb = KnowledgeBase(entries: [entry], fallback: fallback)
        XCTAssertEqual(kb.publicEmailAddresses, ["support@example.org", "help@example.org", "abuse@example.org", "info@example.org"])
        let redactor = Matcher(knowledgeBase: kb, cache: nil).redactor
        XCTAssertEqual(redactor.redact("emailed support@example.org and jane@example.org"), "emailed support@example.org and [EMAIL]")
    }
}
