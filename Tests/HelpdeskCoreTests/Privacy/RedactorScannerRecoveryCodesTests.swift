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
        ]
        assertRedacts(cases, with: redactor)
    }

    func testWordsAfterTheLabelAreKept() {
        let kept = [
            "recovery code not working",
            "backup codes from id.me",
            "backup code IRS sent",
            "where is my recovery key",
        ]
        assertKeeps(kept, with: redactor)
    }
}
