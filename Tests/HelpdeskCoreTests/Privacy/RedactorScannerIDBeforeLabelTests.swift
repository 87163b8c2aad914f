import XCTest
@testable import HelpdeskCore

/// User names and recovery codes said before their label and a link are redacted, as after it; words a sentence
/// says there are kept.
final class RedactorScannerIDBeforeLabelTests: XCTestCase {
    private let redactor = Redactor()

    func testValuesBeforeTheirLabelAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("jdoe42 is my username", "[USERNAME] is my username"),
            ("jane.doe was her user name", "[USERNAME] was her user name"),
            ("jdoe is my username", "[USERNAME] is my username"),
            ("Hi, jdoe is my login", "Hi, [USERNAME] is my login"),
            ("jdoe42 is my idme username", "[USERNAME] is my idme username"),
            ("j_doe is the user id", "[USERNAME] is the user id"),
            ("1a2b3c4d is my recovery code", "[CODE] is my recovery code"),
            ("ABCD-EFGH-IJKL is the backup code", "[CODE] is the backup code"),
            ("'4F7Q-9ZKD' was her recovery key", "'[CODE]' was her recovery key"),
            ("ABCD EFGH IJKL is my recovery code", "[CODE] is my recovery code"),
            ("she read 4F7Q 9ZKD 2MXP as the backup code", "she read [CODE] as the backup code"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testUserNamesOfLettersAfterAClauseOpenerAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("client said jdoe is her ID.me username", "client said [USERNAME] is her ID.me username"),
            ("i think jdoe is my username", "i think [USERNAME] is my username"),
            ("she says janedoe was her login", "she says [USERNAME] was her login"),
            ("locked out and jdoe is my username", "locked out and [USERNAME] is my username"),
            ("she told me jdoe is her username", "she told me [USERNAME] is her username"),
            ("he told us jsmith was his login", "he told us [USERNAME] was his login"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testWordsAfterAClauseOpenerAreKept() {
        let kept = [
            "she said this is her username",
            "i think that is my username",
            "and what is my username",
            "she told me this is her username",
            "told me what is my username",
            "i think email is my username",
            "said the issue is my username",
        ]
        assertKeeps(kept, with: redactor)
    }

    func testWordsBeforeTheLabelAreKept() {
        let kept = [
            "what is my username",
            "this is my login",
            "Here is my username",
            "email is my username",
            "the issue is my username",
            "login.gov is the login",
            "id.me is my username",
            "where is my recovery code",
            "settings is the recovery code",
            "MFA is my backup code",
            "jdoe42 my username",
            "[DOB] is my username",
            "[LICENSE] is her login",
            "I tried the code is my recovery code",
        ]
        assertKeeps(kept, with: redactor)
    }
}
