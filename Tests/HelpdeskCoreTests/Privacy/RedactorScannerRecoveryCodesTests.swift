import XCTest
@testable import HelpdeskCore

/// Backup and recovery codes after their label are redacted, digits or not; words after the label are kept.
final class RedactorScannerRecoveryCodesTests: XCTestCase {
    private let redactor = Redactor()

    func testRecoveryCodesAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("backup code 1234-5678-9012", "backup code [CODE]"),
            ("recovery code ABCD-EFGH-IJKL", "recovery code [CODE]"),
            ("recovery key: 4F7Q 9ZKD 2MXP from the app", "recovery key: [CODE] from the app"),
            ("backup codes is ABCDEFGH", "backup codes is [CODE]"),
            ("the backup-code a1b2-c3d4 failed", "the backup-code [CODE] failed"),
            // Every code of a list, and a code followed by words.
            ("recovery codes: 1a2b3c4d 5e6f7g8h", "recovery codes: [CODE] [CODE]"),
            ("backup codes 1a2b3c4d, 5e6f7g8h and 9i0j1k2l then failed", "backup codes [CODE], [CODE] and [CODE] then failed"),
            ("recovery codes: 1a2b3c4d didnt work", "recovery codes: [CODE] didnt work"),
            ("RECOVERY CODES: ABCD1234 DIDNT WORK", "RECOVERY CODES: [CODE] DIDNT WORK"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testWordsAfterTheLabelAreKept() {
        let kept = [
            "recovery code not working",
            "backup codes from id.me",
            "backup code IRS sent",
            "where is my recovery key",
            "recovery codes: none of them work",
        ]
        assertKeeps(kept, with: redactor)
    }
}
