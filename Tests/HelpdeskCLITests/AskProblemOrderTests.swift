import Foundation
import XCTest
import TestSupport

/// The order of several problems is the one `--help` states: the text's, but of two problems told apart in a close
/// call the one the whole question is answered with comes first. `--help` said only "in text order", so
/// `contact-irs` first, with `also: [reset-idme-password]`, read as a bug.
final class AskProblemOrderTests: CLITestCase {
    /// The question, the entry answered first, the further problems (`also`) and the first problem's words.
    static let cases: [(question: String, entry: String, also: [String], first: String)] = [
        ("I forgot my password. Also my phone was stolen so I cannot get the code.", "reset-idme-password", ["mfa-recovery"],
         "I forgot my password."),
        ("I forgot my password and my client wants her refund status", "contact-irs", ["reset-idme-password"],
         "my client wants her refund status"),
    ]

    func testTheOrderHelpStates() throws {
        for c in Self.cases {
            let json = try run(["ask", "--json", c.question])
            XCTAssertEqual(json.status, 0, json.stderr)
            let record = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            XCTAssertEqual(record["entry"] as? String, c.entry, c.question)
            XCTAssertEqual((record["also"] as? [[String: Any]])?.compactMap { $0["entry"] as? String }, c.also, c.question)
            let text = try run(["ask", c.question]).stdout
            XCTAssertTrue(text.contains("Problem 1 of 2: \"\(c.first)\""), "\(c.question): \(text)")
        }
        let ask = try run(["ask", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(ask.contains("of two problems told apart in a close call, the one the whole question is answered with comes first"), ask)
        let batch = try run(["batch", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(batch.contains("a close call, whose topic the whole question is answered with comes first"), batch)
    }
}
