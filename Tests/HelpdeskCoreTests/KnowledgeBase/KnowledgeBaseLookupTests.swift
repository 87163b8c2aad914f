import XCTest
@testable import HelpdeskCore

/// `:show` and `helpdesk show` take an id typed by hand, and hint at the ids like it.
final class KnowledgeBaseLookupTests: XCTestCase {
    static let cases: [(typed: String, entry: String?, like: [String])] = [
        ("mfa-recovery", "mfa-recovery", ["mfa-recovery"]),
        ("MFA-Recovery", "mfa-recovery", ["mfa-recovery"]),
        ("mfa recovery", "mfa-recovery", ["mfa-recovery"]),
        ("mfa_recovery", "mfa-recovery", ["mfa-recovery"]),
        ("  mfa   recovery ", "mfa-recovery", ["mfa-recovery"]),
        ("reset", nil, ["reset-idme-password", "reset-email-not-received"]),
        ("e help desk", "e-help-desk", ["e-help-desk"]),
        // A tab or line break (pasted) separates words as a space does, for the hint as for the entry.
        ("mfa\trecovery", "mfa-recovery", ["mfa-recovery"]),
        ("reset\tidme", nil, ["reset-idme-password"]),
        ("reset\nidme", nil, ["reset-idme-password"]),
        ("mfa", nil, ["mfa-recovery"]),
        // Words of an id, in any order, as a prefix of its words.
        ("reset password", nil, ["reset-idme-password"]),
        ("idme account", nil, ["create-idme-account", "upgrade-idme-account", "multiple-idme-accounts", "update-or-close-idme-account"]),
        // Mistyped: the ids within two edits (`show mfa-recovry` suggested nothing, `mfa-recover` the id).
        ("mfa-recovry", nil, ["mfa-recovery"]),
        ("reset-idme-pasword", nil, ["reset-idme-password"]),
        ("no-such-topic", nil, []),
        ("id", nil, []),
        ("", nil, []),
    ]

    func testFindsTheEntryMeantAndTheIdsLikeIt() throws {
        let kb = try ShippedMatcher.get().knowledgeBase
        for row in Self.cases {
            XCTAssertEqual(kb.entry(typed: row.typed)?.id, row.entry, row.typed)
            XCTAssertEqual(kb.ids(like: row.typed), row.like, row.typed)
        }
    }

    /// Words typed to `helpdesk show`: one id when together they name an entry, else each an id; or the word to name
    /// in the error.
    static let wordCases: [(words: [String], entries: [String]?, unknown: String?)] = [
        (["mfa", "recovery"], ["mfa-recovery"], nil),
        (["contact-irs", "which-irs-tools"], ["contact-irs", "which-irs-tools"], nil),
        (["Contact_IRS", "mfa-recovery", "contact-irs"], ["contact-irs", "mfa-recovery", "contact-irs"], nil),
        (["contact-irs", "nope", "mfa"], nil, "nope"),
        (["reset", "password"], nil, "reset password"),
        (["nope"], nil, "nope"),
    ]

    func testSeveralWordsAreOneIdOrSeveral() throws {
        let kb = try ShippedMatcher.get().knowledgeBase
        for row in Self.wordCases {
            XCTAssertEqual(kb.entries(typed: row.words)?.map(\.id), row.entries, "\(row.words)")
            if let unknown = row.unknown { XCTAssertEqual(kb.unknownID(typed: row.words), unknown, "\(row.words)") }
        }
    }
}
