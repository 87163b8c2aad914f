import XCTest
@testable import HelpdeskCore

/// User names of letters alone after a username or login label and a link are redacted; words a sentence says there
/// are kept.
final class RedactorScannerPlainUserNamesTests: XCTestCase {
    private let redactor = Redactor()

    func testPlainUserNamesAfterTheirLabelAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("username: jdoe", "username: [USERNAME]"),
            ("my username is janedoe", "my username is [USERNAME]"),
            ("user name: smithcpa", "user name: [USERNAME]"),
            ("login: jdoe", "login: [USERNAME]"),
            ("her login is jdoe", "her login is [USERNAME]"),
            ("user ID: JDOE", "user ID: [USERNAME]"),
            ("username jdoe42", "username [USERNAME]"),
            ("username: jdoe and password: x", "username: [USERNAME] and password: [PASSWORD]"),
            // A bare `user` before `:` or `=`.
            ("user: jsmith", "user: [USERNAME]"),
            ("user: jsmith pass: abc123", "user: [USERNAME] pass: [PASSWORD]"),
            ("User=jsmith42", "User=[USERNAME]"),
            ("her login is jdoe. it says locked", "her login is [USERNAME]. it says locked"),
            ("login: jdoe42", "login: [USERNAME]"),
            ("userid = smithcpa", "userid = [USERNAME]"),
            // A login before a word that joins another clause.
            ("login is jdoe but it fails", "login is [USERNAME] but it fails"),
            ("login is jdoe42 and the code never comes", "login is [USERNAME] and the code never comes"),
            ("my login is jdoe42", "my login is [USERNAME]"),
            ("user name jane.doe", "user name [USERNAME]"),
            // A bare `user` right before a word that reads as an id.
            ("User bob.k at Kline CPA is locked out", "User [USERNAME] at Kline CPA is locked out"),
            ("user jsmith42 forgot the password", "user [USERNAME] forgot the password"),
            // The label written with a dash.
            ("user-name: jdoe", "user-name: [USERNAME]"),
            ("Username - JDoe42", "Username - [USERNAME]"),
            ("User-ID = jdoe42", "User-ID = [USERNAME]"),
            ("uname: jdoe", "uname: [USERNAME]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testSentenceWordsAfterTheLabelAreKept() {
        let kept = [
            "my username is wrong",
            "my username is correct",
            "my username is not working",
            "my username is my email",
            "my username is the same as my email",
            "login: failed",
            "login is broken",
            "the user is jsmith",
            "user jsmith is locked out",
            "user: admin",
            "USERNAME: UNKNOWN",
            "username is case sensitive?",
            "what is my username",
            "login is broken but it works on chrome",
            "login is taking forever",
            "my login is fine but the code fails",
            "my login is working but the code is not",
            "login is locked so I called",
            "login jdoe",
            "username jdoe",
            "login.gov username",
            "my login is locked",
            "login - jdoe",
            "username -jdoe",
            "uname -a shows linux",
            // How a user name is, or where it is, is no user name (the lexicon's common_words).
            "the standalone e-services username is dead?",
            "my username is banned",
            "username: TBD",
            "username: see ticket",
            "my login is via Google",
        ]
        assertKeeps(kept, with: redactor)
    }

    /// Right after its label without a link, a word of letters is a user name only when the knowledge base knows it
    /// neither as its own word nor as an English word; without them, it is kept.
    func testAUserNameRightAfterItsLabelNeedsTheKnowledgeBasesWords() {
        let knowing = Redactor().finding(namesIn: NameContexts(introductions: [], signOffs: [], headerLabels: [],
                                                               knownWords: ["recovery"],
                                                               dictionary: WordList(text: "box\nfield\n")))
        let cases: [(input: String, expected: String)] = [
            ("username jdoe", "username [USERNAME]"),
            ("my username jdoe is not working", "my username [USERNAME] is not working"),
            ("user name jdoe", "user name [USERNAME]"),
            ("userid JDoe", "userid [USERNAME]"),
            ("login name jdoe", "login name [USERNAME]"),
            // A bare `user` right before such a word ("user jsmith can't reset" was written as typed).
            ("user jdoe can't reset", "user [USERNAME] can't reset"),
            // After `login:`, such a word need not stand alone.
            ("Login: jdoe forgot the password", "Login: [USERNAME] forgot the password"),
            // A dash alone for the link, which may as well break the sentence.
            ("username - jdoe", "username - [USERNAME]"),
            ("user id - jdoe cannot log in", "user id - [USERNAME] cannot log in"),
        ]
        assertRedacts(cases, with: knowing)
        assertKeeps(["the username field is empty", "username recovery", "username box", "username reset", "login jdoe",
                     "user box", "user recovery", "the user is locked out", "user  :", "username jdoe@",
                     "login: box is empty", "login is recovery mode", "my old irs username - box is full"], with: knowing)
        assertKeeps(["username jdoe"], with: Redactor())
    }

    /// With the shipped knowledge base's words, a dash alone links a user name but not an English word after it.
    func testTheShippedMatcherReadsADashLink() throws {
        let redactor = try ShippedMatcher.get().redactor
        XCTAssertEqual(redactor.redact("username - jdoe"), "username - [USERNAME]")
        let kept = "is my old username - deadline for the reset - still valid?"
        XCTAssertEqual(redactor.redact(kept), kept)
    }

    /// A product the knowledge base names, and a verb after it, after `User:` is no user name ("User: ProConnect says
    /// locked" was "[USERNAME]").
    func testAProductSayingSomethingIsNoUserName() throws {
        let redactor = try ShippedMatcher.get().redactor
        assertKeeps(["User: ProConnect says locked"], with: redactor)
        assertRedacts([("user: jdoe", "user: [USERNAME]"), ("User: Jdoe says locked", "User: [USERNAME] says locked")], with: redactor)
    }
}
